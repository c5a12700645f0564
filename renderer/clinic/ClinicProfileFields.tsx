import { Fieldset, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ClinicProfileInput } from '../../shared/clinic/contract.ts';

export const EMPTY_CLINIC_PROFILE: ClinicProfileInput = {
  name: '',
  representative: '',
  address: '',
  businessNumber: '',
  privacyOfficerName: '',
  privacyOfficerTitle: '',
  privacyOfficerContact: '',
  cctvManagerName: '',
  cctvManagerTitle: '',
  cctvManagerContact: '',
};

/** The clinic profile's fields, shared by the setup wizard and the settings screen. */
export function ClinicProfileFields({ form, readOnly = false }: { form: UseFormReturnType<ClinicProfileInput>; readOnly?: boolean }) {
  const { t } = useTranslation();
  const field = (name: keyof ClinicProfileInput, label: string, extra: { description?: string; placeholder?: string } = {}) => (
    <TextInput label={label} withAsterisk={!readOnly} readOnly={readOnly} {...extra} {...form.getInputProps(name)} key={form.key(name)} />
  );
  return (
    <Stack gap="lg">
      <Fieldset legend={t('clinic.sectionClinic')}>
        <SimpleGrid cols={2}>
          {field('name', t('clinic.name'))}
          {field('representative', t('clinic.representative'))}
          {field('businessNumber', t('clinic.businessNumber'), {
            placeholder: t('clinic.businessNumberPlaceholder'),
            description: t('clinic.businessNumberHint'),
          })}
        </SimpleGrid>
        <Stack mt="sm">{field('address', t('clinic.address'))}</Stack>
      </Fieldset>
      <Fieldset legend={t('clinic.sectionOfficer')}>
        <SimpleGrid cols={3}>
          {field('privacyOfficerName', t('clinic.officerName'))}
          {field('privacyOfficerTitle', t('clinic.officerTitle'))}
          {field('privacyOfficerContact', t('clinic.officerContact'), { description: t('clinic.contactHint') })}
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('clinic.sectionCctv')}>
        <SimpleGrid cols={3}>
          {field('cctvManagerName', t('clinic.cctvName'))}
          {field('cctvManagerTitle', t('clinic.cctvTitle'))}
          {field('cctvManagerContact', t('clinic.cctvContact'), { description: t('clinic.contactHint') })}
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
