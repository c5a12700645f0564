import { Checkbox, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { suggestedStartLabel, type PolicyView } from '../../shared/policies/contract.ts';
import {
  PRESET_CATEGORIES,
  PRESET_CATEGORY_LABELS,
  RETENTION_EVENTS,
  RETENTION_PRESETS,
  findPreset,
  retentionEventLabel,
} from '../../shared/periods/index.ts';
import { FormModal } from '../components/FormModal.tsx';
import { EMPTY_POLICY_FORM, formValuesOf, toPolicyInput, type PolicyFormValues } from './policyForm.ts';

const PRESET_OPTIONS = PRESET_CATEGORIES.map((category) => ({
  group: PRESET_CATEGORY_LABELS[category],
  items: RETENTION_PRESETS.filter((preset) => preset.category === category).map((preset) => ({ value: preset.id, label: preset.label })),
}));

export function PolicyModal({ policy, onClose }: { policy: PolicyView | null; onClose: () => void }) {
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
