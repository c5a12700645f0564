import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { fileInput, type FileInput, type FileView } from '../../shared/register/contract.ts';
import { LOCATION_KINDS, MEDIA_KINDS } from '../../shared/register/files.ts';
import { describeRule } from '../../shared/periods/rule.ts';
import { useApiQuery } from '../api/hooks.ts';
import { FormModal } from '../components/FormModal.tsx';
import { DateField } from '../components/DateField.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { validateWith } from '../components/forms.ts';
import { useSession } from '../session/SessionContext.tsx';
import { useLocale } from '../i18n.ts';

export function FileModal({ file, onClose }: { file: FileView | null; onClose: () => void }) {
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
        placeholder={t('register.namePlaceholder')}
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
          data={MEDIA_KINDS.map((kind) => ({ value: kind, label: t(`register.media.${kind}`) }))}
          {...form.getInputProps('mediaKind')}
          key={form.key('mediaKind')}
        />
        <Select
          label={t('register.locationKind')}
          withAsterisk
          allowDeselect={false}
          data={LOCATION_KINDS.map((kind) => ({ value: kind, label: t(`register.locations.${kind}`) }))}
          {...form.getInputProps('locationKind')}
          key={form.key('locationKind')}
        />
        <NumberField
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
