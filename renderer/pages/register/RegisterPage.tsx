import { Alert, Button, Checkbox, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconPrinter } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { fileInput, registerApi, type FileInput, type FileView } from '../../../shared/api/register.ts';
import { formatDateWithWeekday } from '../../../shared/dates/calendar.ts';
import { LOCATION_KINDS, MEDIA_KINDS } from '../../../shared/domain/destruction.ts';
import { describeRule } from '../../../shared/periods/rule.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { CsvExportButton } from '../../components/CsvExportButton.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { RowMenu } from '../../components/RowMenu.tsx';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { validateWith } from '../../components/forms.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { FileStatusBadge } from '../../components/StatusBadge.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import { useLocale } from '../../i18n.ts';

type Dialog = { kind: 'edit'; file: FileView | null } | { kind: 'event'; file: FileView } | { kind: 'hold'; file: FileView } | null;

export function RegisterPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useSession();
  const role = session.user?.role;
  const canEdit = role === 'officer' || role === 'admin';
  const [includeDestroyed, setIncludeDestroyed] = useState(false);
  const files = useApiQuery('register.list', { includeDestroyed });
  const policies = useApiQuery('policies.list', {});
  const release = useApiMutation('register.release', ['register.']);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [, navigate] = useLocation();

  const columns = useMemo(() => {
    const column = createColumnHelper<FileView>();
    return [
      column.accessor('name', {
        header: t('register.name'),
        cell: (info) => (
          <Stack gap={0}>
            <Text size="sm" fw={600}>
              {info.getValue()}
            </Text>
            <Text size="xs" c="dimmed">
              {info.row.original.items}
            </Text>
          </Stack>
        ),
      }),
      column.accessor((row) => t(`destruction.media.${row.mediaKind}`), { id: 'media', header: t('register.mediaKind') }),
      column.accessor('locationDetail', {
        header: t('register.locationKind'),
        cell: (info) => (
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t(`destruction.locations.${info.row.original.locationKind}`)}
            </Text>
            <Text size="sm">{info.getValue()}</Text>
          </Stack>
        ),
      }),
      column.accessor('recordCount', { header: t('register.recordCount'), cell: (info) => info.getValue().toLocaleString('ko-KR') }),
      column.accessor((row) => describeRule(row.policy.rule, locale), {
        id: 'policy',
        header: t('register.policy'),
        cell: (info) => (
          <Stack gap={0}>
            <Text size="sm">{info.row.original.policy.name}</Text>
            <Text size="xs" c="dimmed">
              {info.getValue()}
            </Text>
          </Stack>
        ),
      }),
      column.accessor((row) => row.due?.destroyBy ?? '9999', {
        id: 'due',
        header: t('register.due'),
        cell: (info) => {
          const due = info.row.original.due;
          if (!due)
            return (
              <Text size="xs" c="dimmed">
                {t('register.noDue', { start: info.row.original.policy.startLabel })}
              </Text>
            );
          return (
            <Stack gap={0}>
              <Text size="sm" fw={600}>
                {t('register.dueBy', { by: formatDateWithWeekday(due.destroyBy, locale) })}
              </Text>
              <Text size="xs" c="dimmed">
                {t('register.dueFrom', { from: due.destroyFrom })}
              </Text>
            </Stack>
          );
        },
      }),
      column.accessor('status', { header: t('register.status'), cell: (info) => <FileStatusBadge status={info.getValue()} /> }),
      column.display({
        id: 'actions',
        header: t('common.actions'),
        cell: (info) => {
          const file = info.row.original;
          if (!canEdit || file.status === 'destroyed') return null;
          const inProgress = file.status === 'pending';
          return (
            <RowMenu
              name={file.name}
              actions={[
                (file.status === 'due' || file.status === 'overdue') && {
                  label: t('register.requestDisposal'),
                  onClick: () => navigate(`/disposal?file=${file.id}`),
                },
                { label: t('common.edit'), disabled: inProgress, onClick: () => setDialog({ kind: 'edit', file }) },
                file.policy.ruleKind !== 'fixed' && {
                  label: t('register.recordEvent'),
                  disabled: inProgress,
                  onClick: () => setDialog({ kind: 'event', file }),
                },
                role === 'officer' &&
                  file.hold === null && {
                    label: t('register.hold'),
                    disabled: inProgress,
                    onClick: () => setDialog({ kind: 'hold', file }),
                  },
                role === 'officer' &&
                  file.hold !== null && {
                    label: t('register.release'),
                    onClick: () =>
                      release.mutate(
                        { id: file.id },
                        { onSuccess: () => notifications.show({ color: 'teal', message: t('register.released') }) },
                      ),
                  },
              ]}
            />
          );
        },
      }),
    ];
  }, [t, locale, canEdit, role, release, navigate]);

  const list = files.data ?? [];
  const noPolicies = policies.isSuccess && policies.data.length === 0;
  return (
    <Stack>
      <PageHeader
        title={t('register.title')}
        description={t('register.description')}
        actions={
          <>
            <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={() => navigate('/print/register')}>
              {t('common.print')}
            </Button>
            <CsvExportButton method="register.exportCsv" input={{ includeDestroyed }} />
            {canEdit ? (
              <Button leftSection={<IconPlus size={18} />} onClick={() => setDialog({ kind: 'edit', file: null })} disabled={noPolicies}>
                {t('register.add')}
              </Button>
            ) : null}
          </>
        }
      />
      {noPolicies && canEdit ? <Alert color="yellow">{t('register.noPolicies')}</Alert> : null}
      {files.isError ? <ErrorAlert error={files.error} /> : null}
      {release.isError ? <ErrorAlert error={release.error} /> : null}
      {files.isSuccess && list.length === 0 && !noPolicies ? <Alert color="gray">{t('register.empty')}</Alert> : null}
      <DataTable
        label={t('register.title')}
        data={list}
        columns={columns}
        initialSorting={[{ id: 'due', desc: false }]}
        getRowId={(row) => String(row.id)}
        toolbar={
          <Checkbox
            label={t('register.showDestroyed')}
            checked={includeDestroyed}
            onChange={(e) => setIncludeDestroyed(e.currentTarget.checked)}
          />
        }
      />
      {dialog?.kind === 'edit' ? <FileModal file={dialog.file} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'event' ? <EventModal file={dialog.file} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'hold' ? <HoldModal file={dialog.file} onClose={() => setDialog(null)} /> : null}
    </Stack>
  );
}

function FileModal({ file, onClose }: { file: FileView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useSession();
  const policies = useApiQuery('policies.list', {});
  const form = useForm<FileInput>({
    initialValues: file
      ? {
          name: file.name,
          items: file.items,
          mediaKind: file.mediaKind,
          locationKind: file.locationKind,
          locationDetail: file.locationDetail,
          recordCount: file.recordCount,
          policyId: file.policy.id,
          createdOn: file.createdOn,
          startDate: file.startDate,
          eventDate: file.eventDate,
        }
      : {
          name: '',
          items: '',
          mediaKind: 'paper',
          locationKind: 'paper',
          locationDetail: '',
          recordCount: 0,
          policyId: 0,
          createdOn: session.today,
          startDate: null,
          eventDate: null,
        },
    validate: validateWith(fileInput),
  });
  const values = form.getValues();
  const policy = policies.data?.find((p) => p.id === values.policyId);

  return (
    <FormModal
      title={file ? file.name : t('register.add')}
      size="xl"
      form={form}
      method="register.save"
      invalidates={['register.']}
      toInput={(submitted) => (file ? { ...submitted, id: file.id } : submitted)}
      saved={t('register.saved')}
      onClose={onClose}
    >
      <TextInput
        label={t('register.name')}
        placeholder="예약 신청서 묶음 (2026년 1월)"
        withAsterisk
        {...form.getInputProps('name')}
        key={form.key('name')}
      />
      <TextInput
        label={t('register.items')}
        description={t('register.itemsHint')}
        withAsterisk
        {...form.getInputProps('items')}
        key={form.key('items')}
      />
      <SimpleGrid cols={3}>
        <Select
          label={t('register.mediaKind')}
          withAsterisk
          allowDeselect={false}
          data={MEDIA_KINDS.map((kind) => ({ value: kind, label: t(`destruction.media.${kind}`) }))}
          {...form.getInputProps('mediaKind')}
          key={form.key('mediaKind')}
        />
        <Select
          label={t('register.locationKind')}
          withAsterisk
          allowDeselect={false}
          data={LOCATION_KINDS.map((kind) => ({ value: kind, label: t(`destruction.locations.${kind}`) }))}
          {...form.getInputProps('locationKind')}
          key={form.key('locationKind')}
        />
        <NumberInput
          label={t('register.recordCount')}
          withAsterisk
          min={0}
          thousandSeparator=","
          {...form.getInputProps('recordCount')}
          key={form.key('recordCount')}
        />
      </SimpleGrid>
      <TextInput
        label={t('register.locationDetail')}
        description={t('register.locationDetailHint')}
        withAsterisk
        {...form.getInputProps('locationDetail')}
        key={form.key('locationDetail')}
      />
      <Select
        label={t('register.policy')}
        withAsterisk
        allowDeselect={false}
        data={(policies.data ?? []).map((p) => ({ value: String(p.id), label: `${p.name} — ${describeRule(p.rule, locale)}` }))}
        value={values.policyId ? String(values.policyId) : null}
        onChange={(value) => form.setFieldValue('policyId', Number(value))}
        error={form.errors.policyId}
        description={policy ? `${t('policies.basis')}: ${policy.basis}` : undefined}
      />
      <SimpleGrid cols={3}>
        <DateField label={t('register.createdOn')} withAsterisk {...form.getInputProps('createdOn')} key={form.key('createdOn')} />
        {policy?.rule.kind === 'fixed' ? (
          <DateField
            label={`${t('register.startDate')} (${policy.startLabel})`}
            withAsterisk
            {...form.getInputProps('startDate')}
            key={form.key('startDate')}
          />
        ) : null}
        {policy && policy.rule.kind !== 'fixed' ? (
          <DateField
            label={`${t('register.eventDate')} (${policy.startLabel})`}
            {...form.getInputProps('eventDate')}
            key={form.key('eventDate')}
          />
        ) : null}
      </SimpleGrid>
    </FormModal>
  );
}

function EventModal({ file, onClose }: { file: FileView; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const form = useForm({
    initialValues: { id: file.id, eventDate: file.eventDate ?? session.today },
    validate: validateWith(registerApi['register.recordEvent'].input),
  });
  return (
    <FormModal
      title={t('register.recordEventTitle', { name: file.name, start: file.policy.startLabel })}
      size="md"
      form={form}
      method="register.recordEvent"
      invalidates={['register.']}
      toInput={(values) => values}
      saved={t('register.eventRecorded')}
      onClose={onClose}
    >
      <DateField label={file.policy.startLabel} withAsterisk {...form.getInputProps('eventDate')} key={form.key('eventDate')} />
    </FormModal>
  );
}

function HoldModal({ file, onClose }: { file: FileView; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<{ id: number; reason: string; until: string | null }>({
    initialValues: { id: file.id, reason: '', until: null },
    validate: validateWith(registerApi['register.hold'].input),
  });
  return (
    <FormModal
      title={t('register.holdTitle', { name: file.name })}
      form={form}
      method="register.hold"
      invalidates={['register.']}
      toInput={(values) => values}
      saved={t('register.held')}
      submitLabel={t('register.hold')}
      onClose={onClose}
    >
      <Text size="sm">{t('register.holdLead')}</Text>
      <TextInput label={t('register.holdReason')} withAsterisk {...form.getInputProps('reason')} key={form.key('reason')} />
      <DateField label={t('register.holdUntil')} {...form.getInputProps('until')} key={form.key('until')} />
    </FormModal>
  );
}
