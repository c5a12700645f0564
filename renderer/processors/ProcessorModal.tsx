import { Checkbox, Divider, Group, MultiSelect, Select, SimpleGrid, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { processorInput, type ProcessorInput, type ProcessorView } from '../../shared/processors/contract.ts';
import { CLAUSE_KEYS, TRANSFER_GROUNDS, emptyClauses } from '../../shared/processors/clauses.ts';
import { countryOptions } from '../../shared/processors/countries.ts';
import { isOverseas } from '../../shared/processors/rules.ts';
import { useApiQuery } from '../api/hooks.ts';
import { DateField } from '../components/DateField.tsx';
import { FormModal } from '../components/FormModal.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { validateWith } from '../components/forms.ts';
import { useLocale } from '../i18n.ts';
import { useSession } from '../session/SessionContext.tsx';

type Values = ProcessorInput & {
  overseas: NonNullable<ProcessorInput['overseas']>;
};

const NO_OVERSEAS: Values['overseas'] = { items: '', whenHow: '', purpose: '', retention: '', refusal: '', ground: null, groundNote: '' };

function initialValues(processor: ProcessorView | null, parentId: number | null, today: string, retention: string): Values {
  if (!processor) {
    return {
      name: '',
      businessNumber: '',
      country: 'KR',
      storageCountries: [],
      address: '',
      contactName: '',
      contactEmail: '',
      contactPhone: '',
      work: '',
      items: '',
      subjects: '',
      fileIds: [],
      policyIds: [],
      retentionText: retention,
      retentionPolicyId: null,
      contractStart: today,
      contractEnd: null,
      parentId,
      consentOn: null,
      consentHow: '',
      clauses: emptyClauses(),
      overseas: NO_OVERSEAS,
      inspectionCycleMonths: 12,
    };
  }
  return {
    name: processor.name,
    businessNumber: processor.businessNumber ?? '',
    country: processor.country,
    storageCountries: processor.storageCountries,
    address: processor.address,
    contactName: processor.contactName,
    contactEmail: processor.contactEmail,
    contactPhone: processor.contactPhone,
    work: processor.work,
    items: processor.items,
    subjects: processor.subjects,
    fileIds: processor.fileIds,
    policyIds: processor.policyIds,
    retentionText: processor.retentionText,
    retentionPolicyId: processor.retentionPolicyId,
    contractStart: processor.contractStart,
    contractEnd: processor.contractEnd,
    parentId: processor.parentId,
    consentOn: processor.consentOn,
    consentHow: processor.consentHow,
    clauses: processor.clauses,
    overseas: processor.overseas ?? NO_OVERSEAS,
    inspectionCycleMonths: processor.inspectionCycleMonths,
  };
}

function section(title: string) {
  return (
    <>
      <Divider mt="xs" />
      <Title order={5}>{title}</Title>
    </>
  );
}

/** A processor's whole record: who, what it does with which data, the contract and its clauses, re-entrustment, overseas facts. */
export function ProcessorModal({
  processor,
  parentId = null,
  onClose,
}: {
  processor: ProcessorView | null;
  parentId?: number | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useSession();
  const processors = useApiQuery('processors.list', {});
  const files = useApiQuery('register.list', { includeDestroyed: false });
  const policies = useApiQuery('policies.list', {});
  const form = useForm<Values>({
    initialValues: initialValues(processor, parentId, session.today, t('processors.fields.retentionDefault')),
    validate: validateWith(processorInput),
  });
  const values = form.getValues();
  const abroad = isOverseas(values.country, values.storageCountries ?? []);
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const parents = (processors.data ?? []).filter((p) => p.endedOn === null && p.id !== processor?.id);
  return (
    <FormModal
      title={processor ? processor.name : t(parentId === null ? 'processors.add' : 'processors.addChild')}
      size="xl"
      form={form}
      method="processors.save"
      invalidates={['processors.', 'home.']}
      toInput={(submitted) => ({
        ...submitted,
        overseas: isOverseas(submitted.country, submitted.storageCountries ?? []) ? submitted.overseas : null,
        ...(processor ? { id: processor.id } : {}),
      })}
      saved={t('processors.saved')}
      onClose={onClose}
    >
      <Title order={5}>{t('processors.sections.basic')}</Title>
      <SimpleGrid cols={2}>
        <TextInput label={t('processors.fields.name')} withAsterisk {...form.getInputProps('name')} key={form.key('name')} />
        <TextInput
          label={t('processors.fields.businessNumber')}
          description={t('processors.fields.businessNumberHint')}
          withAsterisk={values.country === 'KR'}
          {...form.getInputProps('businessNumber')}
          key={form.key('businessNumber')}
        />
        <Select
          label={t('processors.fields.country')}
          withAsterisk
          searchable
          allowDeselect={false}
          data={countries}
          {...form.getInputProps('country')}
          key={form.key('country')}
        />
        <MultiSelect
          label={t('processors.fields.storageCountries')}
          description={t('processors.fields.storageCountriesHint')}
          searchable
          data={countries}
          {...form.getInputProps('storageCountries')}
          key={form.key('storageCountries')}
        />
      </SimpleGrid>
      <TextInput label={t('processors.fields.address')} withAsterisk {...form.getInputProps('address')} key={form.key('address')} />

      {section(t('processors.sections.contact'))}
      <SimpleGrid cols={3}>
        <TextInput
          label={t('processors.fields.contactName')}
          withAsterisk
          {...form.getInputProps('contactName')}
          key={form.key('contactName')}
        />
        <TextInput label={t('processors.fields.contactEmail')} {...form.getInputProps('contactEmail')} key={form.key('contactEmail')} />
        <TextInput label={t('processors.fields.contactPhone')} {...form.getInputProps('contactPhone')} key={form.key('contactPhone')} />
      </SimpleGrid>

      {section(t('processors.sections.work'))}
      <TextInput
        label={t('processors.fields.work')}
        description={t('processors.fields.workHint')}
        withAsterisk
        {...form.getInputProps('work')}
        key={form.key('work')}
      />
      <SimpleGrid cols={2}>
        <TextInput label={t('processors.fields.items')} withAsterisk {...form.getInputProps('items')} key={form.key('items')} />
        <TextInput
          label={t('processors.fields.subjects')}
          description={t('processors.fields.subjectsHint')}
          withAsterisk
          {...form.getInputProps('subjects')}
          key={form.key('subjects')}
        />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <MultiSelect
          label={t('processors.fields.fileIds')}
          searchable
          data={(files.data ?? []).map((file) => ({ value: String(file.id), label: file.name }))}
          value={(values.fileIds ?? []).map(String)}
          onChange={(ids) => form.setFieldValue('fileIds', ids.map(Number))}
          error={form.errors.fileIds}
        />
        <MultiSelect
          label={t('processors.fields.policyIds')}
          searchable
          data={(policies.data ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
          value={(values.policyIds ?? []).map(String)}
          onChange={(ids) => form.setFieldValue('policyIds', ids.map(Number))}
          error={form.errors.policyIds}
        />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <TextInput
          label={t('processors.fields.retentionText')}
          withAsterisk
          {...form.getInputProps('retentionText')}
          key={form.key('retentionText')}
        />
        <Select
          label={t('processors.fields.retentionPolicyId')}
          clearable
          data={(policies.data ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
          value={values.retentionPolicyId ? String(values.retentionPolicyId) : null}
          onChange={(id) => form.setFieldValue('retentionPolicyId', id ? Number(id) : null)}
          error={form.errors.retentionPolicyId}
        />
      </SimpleGrid>

      {section(t('processors.sections.contract'))}
      <SimpleGrid cols={3}>
        <DateField
          label={t('processors.fields.contractStart')}
          withAsterisk
          {...form.getInputProps('contractStart')}
          key={form.key('contractStart')}
        />
        <DateField
          label={t('processors.fields.contractEnd')}
          description={t('processors.fields.contractEndHint')}
          {...form.getInputProps('contractEnd')}
          key={form.key('contractEnd')}
        />
        <NumberField
          label={t('processors.fields.cycle')}
          withAsterisk
          min={1}
          max={60}
          {...form.getInputProps('inspectionCycleMonths')}
          key={form.key('inspectionCycleMonths')}
        />
      </SimpleGrid>

      {section(t('processors.sections.clauses'))}
      {CLAUSE_KEYS.map((key) => (
        <Group key={key} gap="sm" wrap="nowrap" align="flex-start">
          <Checkbox
            mt={6}
            w={330}
            label={t(`processors.clauses.${key}`)}
            {...form.getInputProps(`clauses.${key}.present`, { type: 'checkbox' })}
            key={form.key(`clauses.${key}.present`)}
          />
          <TextInput
            size="xs"
            w={160}
            aria-label={`${t(`processors.clauses.${key}`)} ${t('processors.fields.where')}`}
            placeholder={t('processors.fields.wherePlaceholder')}
            {...form.getInputProps(`clauses.${key}.where`)}
            key={form.key(`clauses.${key}.where`)}
          />
        </Group>
      ))}

      {section(t('processors.sections.reentrust'))}
      <Select
        label={t('processors.fields.parentId')}
        clearable
        placeholder={t('processors.fields.parentNone')}
        data={parents.map((p) => ({ value: String(p.id), label: `${'— '.repeat(p.depth)}${p.name}` }))}
        value={values.parentId ? String(values.parentId) : null}
        onChange={(id) => form.setFieldValue('parentId', id ? Number(id) : null)}
        error={form.errors.parentId}
      />
      {values.parentId ? (
        <SimpleGrid cols={2}>
          <DateField
            label={t('processors.fields.consentOn')}
            withAsterisk
            {...form.getInputProps('consentOn')}
            key={form.key('consentOn')}
          />
          <TextInput
            label={t('processors.fields.consentHow')}
            placeholder={t('processors.fields.consentHowHint')}
            withAsterisk
            {...form.getInputProps('consentHow')}
            key={form.key('consentHow')}
          />
        </SimpleGrid>
      ) : null}

      {abroad ? (
        <>
          {section(t('processors.sections.overseas'))}
          <SimpleGrid cols={2}>
            <TextInput
              label={t('processors.overseasFields.items')}
              withAsterisk
              {...form.getInputProps('overseas.items')}
              key={form.key('overseas.items')}
            />
            <TextInput
              label={t('processors.overseasFields.whenHow')}
              placeholder={t('processors.overseasFields.whenHowHint')}
              withAsterisk
              {...form.getInputProps('overseas.whenHow')}
              key={form.key('overseas.whenHow')}
            />
            <TextInput
              label={t('processors.overseasFields.purpose')}
              withAsterisk
              {...form.getInputProps('overseas.purpose')}
              key={form.key('overseas.purpose')}
            />
            <TextInput
              label={t('processors.overseasFields.retention')}
              withAsterisk
              {...form.getInputProps('overseas.retention')}
              key={form.key('overseas.retention')}
            />
          </SimpleGrid>
          <Textarea
            label={t('processors.overseasFields.refusal')}
            placeholder={t('processors.overseasFields.refusalHint')}
            withAsterisk
            autosize
            minRows={2}
            {...form.getInputProps('overseas.refusal')}
            key={form.key('overseas.refusal')}
          />
          <SimpleGrid cols={2}>
            <Select
              label={t('processors.overseasFields.ground')}
              withAsterisk
              data={TRANSFER_GROUNDS.map((g) => ({ value: g, label: t(`processors.grounds.${g}`) }))}
              {...form.getInputProps('overseas.ground')}
              key={form.key('overseas.ground')}
            />
            <TextInput
              label={t('processors.overseasFields.groundNote')}
              {...form.getInputProps('overseas.groundNote')}
              key={form.key('overseas.groundNote')}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('processors.recipientContact')}: {values.name} (
            {[values.contactName, values.contactEmail, values.contactPhone].filter(Boolean).join(', ')})
          </Text>
        </>
      ) : null}
    </FormModal>
  );
}
