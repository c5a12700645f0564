import { Alert, Button, Checkbox, Chip, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport, IconPlus, IconPrinter } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { type FileView } from '../../shared/register/contract.ts';
import { FILE_STATUSES, type FileStatus } from '../../shared/register/files.ts';
import { formatDateWithWeekday } from '../../shared/dates/calendar.ts';
import { describeRule } from '../../shared/periods/rule.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { call } from '../api/client.ts';
import { ImportDialog } from '../components/import/ImportDialog.tsx';
import { REGISTER_IMPORT_FIELDS } from '../../shared/register/import.ts';
import { CsvExportButton } from '../components/CsvExportButton.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { RowMenu } from '../components/RowMenu.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { fileNameColumn, fileStatusColumn } from './columns.tsx';
import { useCan } from '../session/useCan.ts';
import { EventModal } from './EventModal.tsx';
import { FileModal } from './FileModal.tsx';
import { HoldModal } from './HoldModal.tsx';
import { useLocale } from '../i18n.ts';

type Dialog =
  | { kind: 'edit'; file: FileView | null }
  | { kind: 'event'; file: FileView }
  | { kind: 'hold'; file: FileView }
  | { kind: 'import' }
  | null;

export function RegisterPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const canEdit = useCan('register.save');
  const canHold = useCan('register.hold');
  const canRelease = useCan('register.release');
  const canImport = useCan('register.import');
  // The status filter lives in the address (/register?status=overdue), so a link from 오늘 할 일
  // lands on exactly those files and going back from a printout keeps it.
  const requested = new URLSearchParams(useSearch()).get('status');
  const status: FileStatus | null = FILE_STATUSES.find((s) => s === requested) ?? null;
  const [checkedDestroyed, setIncludeDestroyed] = useState(false);
  const includeDestroyed = checkedDestroyed || status === 'destroyed';
  const files = useApiQuery('register.list', { includeDestroyed });
  const policies = useApiQuery('policies.list', {});
  const release = useApiMutation('register.release', ['register.']);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [, navigate] = useLocation();

  const columns = useMemo(() => {
    const column = createColumnHelper<FileView>();
    return [
      fileNameColumn(column, t),
      column.accessor((row) => t(`register.media.${row.mediaKind}`), { id: 'media', header: t('register.mediaKind') }),
      column.accessor('locationDetail', {
        header: t('register.locationKind'),
        meta: { text: (row) => `${t(`register.locations.${row.locationKind}`)} ${row.locationDetail}` },
        cell: (info) => (
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t(`register.locations.${info.row.original.locationKind}`)}
            </Text>
            <Text size="sm">{info.getValue()}</Text>
          </Stack>
        ),
      }),
      column.accessor('recordCount', {
        header: t('register.recordCount'),
        meta: { nowrap: true, text: (row) => row.recordCount.toLocaleString('ko-KR') },
        cell: (info) => info.getValue().toLocaleString('ko-KR'),
      }),
      column.accessor((row) => describeRule(row.policy.rule, locale), {
        id: 'policy',
        header: t('register.policy'),
        meta: { text: (row) => `${row.policy.name} ${describeRule(row.policy.rule, locale)}` },
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
        meta: {
          text: (row) =>
            row.due
              ? `${t('register.dueBy', { by: formatDateWithWeekday(row.due.destroyBy, locale) })} ${t('register.dueFrom', { from: row.due.destroyFrom })}`
              : t('register.noDue', { start: row.policy.startLabel }),
        },
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
      fileStatusColumn(column, t),
      column.display({
        id: 'actions',
        header: t('common.actions'),
        meta: { shrink: true },
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
                canHold &&
                  file.hold === null && {
                    label: t('register.hold'),
                    disabled: inProgress,
                    onClick: () => setDialog({ kind: 'hold', file }),
                  },
                canRelease &&
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
  }, [t, locale, canEdit, canHold, canRelease, release, navigate]);

  const all = files.data ?? [];
  const list = status ? all.filter((file) => file.status === status) : all;
  const countOf = (s: FileStatus) => all.filter((file) => file.status === s).length;
  const statusFilter = (
    <Chip.Group
      value={status ?? 'all'}
      onChange={(value) => navigate(value === 'all' ? '/register?' : `/register?status=${String(value)}`)}
    >
      <Group gap={6} role="radiogroup" aria-label={t('register.filter')}>
        <Chip value="all" size="sm" variant="outline">
          {t('register.filterAll', { count: all.length.toLocaleString('ko-KR') })}
        </Chip>
        {FILE_STATUSES.filter((s) => s !== 'destroyed' || includeDestroyed).map((s) => (
          <Chip key={s} value={s} size="sm" variant="outline">
            {t('register.filterStatus', { status: t(`register.statuses.${s}`), count: countOf(s).toLocaleString('ko-KR') })}
          </Chip>
        ))}
      </Group>
    </Chip.Group>
  );
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
            {canImport ? (
              <Button
                variant="default"
                leftSection={<IconFileImport size={18} />}
                onClick={() => setDialog({ kind: 'import' })}
                disabled={noPolicies}
              >
                {t('register.import.button')}
              </Button>
            ) : null}
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
      {files.isSuccess && all.length === 0 && !noPolicies ? <Alert color="gray">{t('register.empty')}</Alert> : null}
      {statusFilter}
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
            disabled={status === 'destroyed'}
            onChange={(e) => setIncludeDestroyed(e.currentTarget.checked)}
          />
        }
      />
      {dialog?.kind === 'edit' ? <FileModal file={dialog.file} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'event' ? <EventModal file={dialog.file} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'hold' ? <HoldModal file={dialog.file} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'import' ? (
        <ImportDialog
          title={t('register.import.title')}
          lead={t('register.import.lead')}
          templateName={t('register.import.templateName')}
          templateHeaders={REGISTER_IMPORT_FIELDS.map((field) => field.label)}
          preview={(upload) => call('register.importPreview', upload)}
          commit={(upload) => call('register.import', upload)}
          invalidates={['register.']}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </Stack>
  );
}
