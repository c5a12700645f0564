import { Alert, Badge, Button, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PolicyView } from '../../shared/policies/contract.ts';
import { formatDateWithWeekday } from '../../shared/dates/calendar.ts';
import { describeRule, dueDates } from '../../shared/periods/index.ts';
import { useApiQuery } from '../api/hooks.ts';
import { DataTable } from '../components/DataTable.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { useSession } from '../session/SessionContext.tsx';
import { useCan } from '../session/useCan.ts';
import { editRetireColumn } from '../components/EditRetireMenu.tsx';
import { PolicyModal } from './PolicyModal.tsx';
import { ExpiryCalculator } from './ExpiryCalculator.tsx';
import { useLocale } from '../i18n.ts';

/** "오늘 촬영일인 기록: 2026-12-24 (목)까지 보존, 2026-12-29 (화)까지 파기" — the next due date, computed. */
export function PolicyPreview({ policy, today }: { policy: PolicyView; today: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const expiry = dueDates(policy.rule, { startDate: today, eventDate: today });
  if (!expiry) return null;
  const dates = {
    today,
    start: policy.startLabel,
    ends: formatDateWithWeekday(expiry.retentionEnds, locale),
    by: formatDateWithWeekday(expiry.destroyBy, locale),
  };
  return <Text size="sm">{t(policy.rule.kind === 'fixed' ? 'policies.previewFixed' : 'policies.previewEvent', dates)}</Text>;
}

export function PoliciesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useSession();
  const canEdit = useCan('policies.save');
  const policies = useApiQuery('policies.list', {});
  const [editing, setEditing] = useState<PolicyView | 'new' | null>(null);

  const columns = useMemo(() => {
    const column = createColumnHelper<PolicyView>();
    return [
      column.accessor('name', {
        header: t('policies.name'),
        meta: { text: (row) => `${row.name} ${row.description}` },
        cell: (info) => (
          <Stack gap={0}>
            <Text fw={600} size="sm">
              {info.getValue()}
            </Text>
            {info.row.original.description ? (
              <Text size="xs" c="dimmed">
                {info.row.original.description}
              </Text>
            ) : null}
          </Stack>
        ),
      }),
      column.accessor((row) => describeRule(row.rule, locale), {
        id: 'ruleText',
        header: t('policies.rule'),
        meta: {
          text: (row) => `${describeRule(row.rule, locale)} ${row.minimum ? t('policies.kindMinimum') : t('policies.kindLimit')}`,
        },
        cell: (info) => (
          <Stack gap={2} align="flex-start">
            <Text size="sm" fw={600}>
              {info.getValue()}
            </Text>
            <Badge size="xs" variant="light" color={info.row.original.minimum ? 'blue' : 'orange'}>
              {info.row.original.minimum ? t('policies.kindMinimum') : t('policies.kindLimit')}
            </Badge>
          </Stack>
        ),
      }),
      column.accessor('startLabel', { header: t('policies.startLabel') }),
      column.accessor('basis', { header: t('policies.basis'), cell: (info) => <Text size="xs">{info.getValue()}</Text> }),
      column.display({
        id: 'preview',
        header: t('policies.preview'),
        cell: (info) => <PolicyPreview policy={info.row.original} today={session.today} />,
      }),
      editRetireColumn(column, t('common.actions'), {
        allowed: canEdit,
        onEdit: setEditing,
        retire: {
          method: 'policies.archive',
          label: t('policies.archive'),
          invalidates: ['policies.'],
          done: (name) => t('policies.archived', { name }),
        },
      }),
    ];
  }, [t, locale, canEdit, session.today]);

  const list = policies.data ?? [];
  return (
    <Stack>
      <PageHeader
        title={t('policies.title')}
        description={t('policies.description')}
        actions={
          canEdit ? (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')}>
              {t('policies.add')}
            </Button>
          ) : null
        }
      />
      {policies.isError ? <ErrorAlert error={policies.error} /> : null}
      {policies.isSuccess && list.length === 0 ? <Alert color="gray">{t('policies.empty')}</Alert> : null}
      <DataTable label={t('policies.title')} data={list} columns={columns} getRowId={(row) => String(row.id)} />
      <ExpiryCalculator policies={list} today={session.today} />
      {editing ? <PolicyModal policy={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}
