import { Alert, Badge, Button, Checkbox, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestedStartLabel, type PolicyView } from '../../../shared/api/policies.ts';
import { formatDateWithWeekday } from '../../../shared/dates/calendar.ts';
import {
  PRESET_CATEGORIES,
  PRESET_CATEGORY_LABELS,
  RETENTION_EVENTS,
  RETENTION_PRESETS,
  describeRule,
  dueDates,
  findPreset,
  retentionEventLabel,
} from '../../../shared/periods/index.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { RowMenu } from '../../components/RowMenu.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import { ExpiryCalculator } from './ExpiryCalculator.tsx';
import { EMPTY_POLICY_FORM, formValuesOf, toPolicyInput, type PolicyFormValues } from './policyForm.ts';
import { useLocale } from '../../i18n.ts';

const PRESET_OPTIONS = PRESET_CATEGORIES.map((category) => ({
  group: PRESET_CATEGORY_LABELS[category],
  items: RETENTION_PRESETS.filter((preset) => preset.category === category).map((preset) => ({ value: preset.id, label: preset.label })),
}));

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
  const canEdit = session.user?.role === 'officer' || session.user?.role === 'admin';
  const policies = useApiQuery('policies.list', {});
  const archive = useApiMutation('policies.archive', ['policies.']);
  const [editing, setEditing] = useState<PolicyView | 'new' | null>(null);

  const columns = useMemo(() => {
    const column = createColumnHelper<PolicyView>();
    return [
      column.accessor('name', {
        header: t('policies.name'),
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
      column.display({
        id: 'actions',
        header: t('common.actions'),
        cell: (info) => (
          <RowMenu
            name={info.row.original.name}
            actions={[
              canEdit && { label: t('common.edit'), onClick: () => setEditing(info.row.original) },
              canEdit && {
                label: t('policies.archive'),
                color: 'red',
                onClick: () =>
                  archive.mutate(
                    { id: info.row.original.id },
                    { onSuccess: (p) => notifications.show({ color: 'teal', message: t('policies.archived', { name: p.name }) }) },
                  ),
              },
            ]}
          />
        ),
      }),
    ];
  }, [t, locale, canEdit, archive, session.today]);

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
      {archive.isError ? <ErrorAlert error={archive.error} /> : null}
      {policies.isSuccess && list.length === 0 ? <Alert color="gray">{t('policies.empty')}</Alert> : null}
      <DataTable
        label={t('policies.title')}
        data={list}
        columns={columns}
        height="calc(100vh - 520px)"
        getRowId={(row) => String(row.id)}
      />
      <ExpiryCalculator policies={list} today={session.today} />
      {editing ? <PolicyModal policy={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}

function PolicyModal({ policy, onClose }: { policy: PolicyView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const form: UseFormReturnType<PolicyFormValues> = useForm<PolicyFormValues>({
    initialValues: policy ? formValuesOf(policy) : EMPTY_POLICY_FORM,
    validate: (values) => toPolicyInput(values).errors,
  });
  const values = form.getValues();
  const preset = values.presetId ? findPreset(values.presetId) : undefined;

  const choosePreset = (id: string | null) => {
    form.setFieldValue('presetId', id);
    const chosen = id ? findPreset(id) : undefined;
    if (!chosen) return;
    if (!form.getValues().startLabel) form.setFieldValue('startLabel', suggestedStartLabel(chosen.rule, chosen.category));
    if (!form.getValues().name) form.setFieldValue('name', chosen.label);
  };

  return (
    <FormModal
      title={policy ? policy.name : t('policies.add')}
      size="xl"
      form={form}
      method="policies.save"
      invalidates={['policies.']}
      toInput={(submitted) => {
        const { input } = toPolicyInput(submitted);
        if (!input) return null;
        return policy ? { ...input, id: policy.id } : input;
      }}
      saved={t('policies.saved')}
      onClose={onClose}
    >
      <SegmentedControl
        value={values.sourceKind}
        onChange={(value) => form.setFieldValue('sourceKind', value === 'custom' ? 'custom' : 'preset')}
        data={[
          { value: 'preset', label: t('policies.sourcePreset') },
          { value: 'custom', label: t('policies.sourceCustom') },
        ]}
      />
      {values.sourceKind === 'preset' ? (
        <Stack gap={4}>
          <Select
            label={t('policies.preset')}
            withAsterisk
            searchable
            data={PRESET_OPTIONS}
            value={values.presetId}
            onChange={choosePreset}
            error={form.errors.presetId}
            maxDropdownHeight={360}
          />
          {preset ? (
            <Paper withBorder p="sm" bg="gray.0">
              <Text size="sm">
                <b>{t('policies.basis')}:</b> {preset.basis}
              </Text>
              {preset.note ? (
                <Text size="xs" c="dimmed" mt={4}>
                  {preset.note}
                </Text>
              ) : null}
            </Paper>
          ) : null}
        </Stack>
      ) : (
        <CustomRuleFields form={form} />
      )}
      <SimpleGrid cols={2}>
        <TextInput label={t('policies.name')} withAsterisk {...form.getInputProps('name')} key={form.key('name')} />
        <TextInput
          label={t('policies.startLabel')}
          description={t('policies.startLabelHint')}
          withAsterisk
          {...form.getInputProps('startLabel')}
          key={form.key('startLabel')}
        />
      </SimpleGrid>
      <TextInput label={t('policies.descriptionLabel')} {...form.getInputProps('description')} key={form.key('description')} />
    </FormModal>
  );
}

function CustomRuleFields({ form }: { form: UseFormReturnType<PolicyFormValues> }) {
  const { t } = useTranslation();
  const values = form.getValues();
  return (
    <Paper withBorder p="sm">
      <Stack gap="sm">
        <Select
          label={t('policies.ruleKind')}
          allowDeselect={false}
          data={[
            { value: 'fixed', label: t('policies.ruleFixed') },
            { value: 'event', label: t('policies.ruleEvent') },
            { value: 'purpose_achieved', label: t('policies.rulePurpose') },
          ]}
          {...form.getInputProps('ruleKind')}
          key={form.key('ruleKind')}
        />
        {values.ruleKind === 'fixed' ? (
          <Group align="flex-start" grow>
            <TextInput
              label={t('policies.period')}
              description={t('policies.periodHint')}
              withAsterisk
              {...form.getInputProps('period')}
              key={form.key('period')}
            />
            <Checkbox
              mt={34}
              label={t('policies.countFirstDay')}
              description={t('policies.countFirstDayHint')}
              {...form.getInputProps('countFirstDay', { type: 'checkbox' })}
              key={form.key('countFirstDay')}
            />
          </Group>
        ) : null}
        {values.ruleKind === 'event' ? (
          <SimpleGrid cols={2}>
            <Select
              label={t('policies.event')}
              allowDeselect={false}
              data={RETENTION_EVENTS.map((event) => ({ value: event, label: retentionEventLabel(event) }))}
              {...form.getInputProps('event')}
              key={form.key('event')}
            />
            <TextInput
              label={t('policies.grace')}
              description={t('policies.graceHint')}
              {...form.getInputProps('grace')}
              key={form.key('grace')}
            />
          </SimpleGrid>
        ) : null}
        <TextInput
          label={t('policies.customBasis')}
          description={t('policies.customBasisHint')}
          withAsterisk
          {...form.getInputProps('basis')}
          key={form.key('basis')}
        />
        <Checkbox label={t('policies.customMinimum')} {...form.getInputProps('minimum', { type: 'checkbox' })} key={form.key('minimum')} />
      </Stack>
    </Paper>
  );
}
