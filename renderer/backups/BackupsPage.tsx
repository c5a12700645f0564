import { Alert, Badge, Button, Code, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconFolder, IconKey } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { backupSettingsInput, type BackupView, type RecoverySheet } from '../../shared/backups/contract.ts';
import { formatDateWithWeekday, formatInstant } from '../../shared/dates/calendar.ts';
import { call } from '../api/client.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { DataTable } from '../components/DataTable.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { formatBytes } from '../components/files.ts';
import { showServerFieldErrors, validateWith } from '../components/forms.ts';
import { NumberField } from '../components/NumberField.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { PasswordConfirmModal } from '../components/PasswordConfirmModal.tsx';
import { TaskProgress } from '../components/TaskProgress.tsx';
import { useLocale } from '../i18n.ts';
import { useCan } from '../session/useCan.ts';
import { recoveryStore } from './recoveryStore.ts';
import { RestoreDialogs } from './RestoreDialogs.tsx';

interface SettingsForm {
  folder: string;
  maxAgeDays: number | string;
  runAt: string;
}

const stateOf = (b: BackupView) =>
  b.expiredAt
    ? b.removal === 'overwritten'
      ? 'expired'
      : b.removal === 'missing'
        ? 'missing'
        : 'pending'
    : b.recoverable
      ? 'kept'
      : 'keptNoSheet';

function SettingsPanel() {
  const { t } = useTranslation();
  const canEdit = useCan('backups.saveSettings');
  const settings = useApiQuery('backups.settings', {});
  const save = useApiMutation('backups.saveSettings', ['backups.', 'daily.']);
  const [choosing, setChoosing] = useState(false);
  const form = useForm<SettingsForm>({
    initialValues: { folder: '', maxAgeDays: 5, runAt: '09:00' },
    validate: (values) =>
      validateWith(backupSettingsInput)({
        ...values,
        folder: values.folder.trim() === '' ? null : values.folder,
        maxAgeDays: Number(values.maxAgeDays),
      }),
  });
  useEffect(() => {
    if (settings.data) {
      const values = { folder: settings.data.folder ?? '', maxAgeDays: settings.data.maxAgeDays, runAt: settings.data.runAt };
      form.setInitialValues(values);
      form.setValues(values);
    }
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [settings.data]);
  const choose = async () => {
    setChoosing(true);
    try {
      const { path } = await call('backups.chooseFolder', {});
      if (path) form.setFieldValue('folder', path);
    } catch (error) {
      notifications.show({ color: 'red', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setChoosing(false);
    }
  };
  if (settings.isError) return <ErrorAlert error={settings.error} />;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('backups.title')}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          save.mutate(
            {
              folder: values.folder.trim() === '' ? null : values.folder.trim(),
              maxAgeDays: Number(values.maxAgeDays),
              runAt: values.runAt,
            },
            {
              onSuccess: () => notifications.show({ color: 'teal', message: t('backups.saved') }),
              onError: (error) => showServerFieldErrors(error, form.setErrors),
            },
          ),
        )}
      >
        <Stack gap="sm">
          <Group align="flex-end" wrap="nowrap">
            <TextInput
              label={t('backups.folder')}
              description={t('backups.folderHint')}
              style={{ flex: 1 }}
              readOnly={!canEdit}
              {...form.getInputProps('folder')}
            />
            {canEdit && settings.data?.canChooseFolder ? (
              <Button variant="default" leftSection={<IconFolder size={16} />} loading={choosing} onClick={() => void choose()}>
                {t('backups.choose')}
              </Button>
            ) : null}
          </Group>
          <Group grow align="flex-start">
            <NumberField
              label={t('backups.maxAge')}
              description={t('backups.maxAgeHint')}
              readOnly={!canEdit}
              {...form.getInputProps('maxAgeDays')}
            />
            <TextInput
              label={t('backups.runAt')}
              description={t('backups.runAtHint')}
              readOnly={!canEdit}
              {...form.getInputProps('runAt')}
            />
          </Group>
          {save.isError && !save.error.body.fields ? <ErrorAlert error={save.error} /> : null}
          {canEdit ? (
            <Group>
              <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
                {t('backups.save')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </form>
    </Paper>
  );
}

function RecoveryPanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [, navigate] = useLocation();
  const settings = useApiQuery('backups.settings', {});
  const issue = useApiMutation('backups.issueRecovery', ['backups.', 'daily.']);
  const [asking, setAsking] = useState(false);
  const [sheet, setSheet] = useState<RecoverySheet | null>(null);
  if (!useCan('backups.issueRecovery') || !settings.data) return null;
  const { recoveryId, recoveryIssuedAt } = settings.data;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('backups.recovery.title')}>
      <Stack gap="sm">
        <Title order={4}>{t('backups.recovery.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('backups.recovery.lead')}
        </Text>
        {recoveryId && recoveryIssuedAt ? (
          <Text size="sm">{t('backups.recovery.issued', { id: recoveryId, at: formatInstant(recoveryIssuedAt, locale) })}</Text>
        ) : (
          <Alert color="orange">{t('backups.recovery.none')}</Alert>
        )}
        <Group>
          <Button variant="default" leftSection={<IconKey size={16} />} onClick={() => setAsking(true)}>
            {recoveryId ? t('backups.recovery.renew') : t('backups.recovery.issue')}
          </Button>
        </Group>
      </Stack>
      <PasswordConfirmModal
        opened={asking}
        title={t('backups.recovery.issue')}
        lead={t('backups.recovery.lead')}
        label={t('backups.recovery.password')}
        confirmLabel={t('backups.recovery.issue')}
        onClose={() => setAsking(false)}
        onConfirm={async (password) => {
          const issued = await issue.mutateAsync({ password });
          recoveryStore.set(issued);
          setSheet(issued);
        }}
      />
      <Modal
        opened={sheet !== null}
        onClose={() => {
          recoveryStore.set(null);
          setSheet(null);
        }}
        title={t('backups.recovery.title')}
        centered
      >
        {sheet ? (
          <Stack>
            <Text size="sm">{t('backups.recovery.shownOnce')}</Text>
            <Text size="sm" fw={600}>
              {t('backups.recovery.code')}
            </Text>
            <Code block fz="lg" aria-label={t('backups.recovery.code')}>
              {sheet.code}
            </Code>
            <Group justify="flex-end">
              <Button onClick={() => navigate('/print/recovery-sheet')}>{t('backups.recovery.print')}</Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Paper>
  );
}

/** Where backups go and for how long, the recovery sheet, a backup now (with progress), and every backup with its state. */
export function BackupsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const canRun = useCan('backups.run');
  const canRestore = useCan('backups.restore');
  const [restoring, setRestoring] = useState<BackupView | null>(null);
  const list = useApiQuery('backups.list', {});
  const runNow = useApiMutation('backups.run', ['backups.', 'daily.']);
  const columns = useMemo(() => {
    const column = createColumnHelper<BackupView>();
    return [
      column.accessor('fileName', { header: t('backups.columns.file') }),
      column.accessor('createdAt', {
        header: t('backups.columns.createdAt'),
        cell: (info) => formatInstant(info.getValue(), locale),
        meta: { text: (row) => formatInstant(row.createdAt, locale), nowrap: true },
      }),
      column.accessor('size', { header: t('backups.columns.size'), cell: (info) => formatBytes(info.getValue()), meta: { nowrap: true } }),
      column.accessor('expiresOn', {
        header: t('backups.columns.expiresOn'),
        cell: (info) => formatDateWithWeekday(info.getValue(), locale),
        meta: { nowrap: true },
      }),
      column.accessor((row) => stateOf(row), {
        id: 'state',
        header: t('backups.columns.state'),
        cell: (info) => (
          <Badge color={info.getValue().startsWith('kept') ? 'teal' : 'gray'} variant="light">
            {t(`backups.states.${info.getValue()}`)}
          </Badge>
        ),
        meta: { text: (row) => t(`backups.states.${stateOf(row)}`) },
      }),
      ...(canRestore
        ? [
            column.display({
              id: 'actions',
              header: t('common.actions'),
              meta: { shrink: true },
              cell: (info) =>
                info.row.original.keyKept ? (
                  <Button size="xs" variant="light" color="red" onClick={() => setRestoring(info.row.original)}>
                    {t('backups.restore.button')}
                  </Button>
                ) : null,
            }),
          ]
        : []),
    ];
  }, [t, locale, canRestore]);
  const rows = list.data ?? [];
  return (
    <Stack maw={1100}>
      <PageHeader
        title={t('backups.title')}
        description={t('backups.description')}
        actions={
          canRun ? (
            <Button
              leftSection={<IconDeviceFloppy size={18} />}
              loading={runNow.isPending}
              onClick={() =>
                runNow.mutate(
                  {},
                  {
                    onSuccess: (made) => notifications.show({ color: 'teal', message: t('backups.made', { file: made.fileName }) }),
                  },
                )
              }
            >
              {t('backups.runNow')}
            </Button>
          ) : null
        }
      />
      <TaskProgress task="backup" running={runNow.isPending} />
      {runNow.isError ? <ErrorAlert error={runNow.error} /> : null}
      <SettingsPanel />
      <RecoveryPanel />
      <Title order={4}>{t('backups.list')}</Title>
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.isSuccess && rows.length === 0 ? <Alert color="gray">{t('backups.empty')}</Alert> : null}
      {rows.length > 0 ? <DataTable label={t('backups.list')} data={rows} columns={columns} getRowId={(row) => String(row.id)} /> : null}
      {restoring ? <RestoreDialogs backup={restoring} onClose={() => setRestoring(null)} /> : null}
    </Stack>
  );
}
