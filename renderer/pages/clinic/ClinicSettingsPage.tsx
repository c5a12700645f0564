import { Button, Fieldset, Group, Loader, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { clinicProfileInput, type ClinicProfile, type ClinicProfileInput } from '../../../shared/api/clinic.ts';
import { formatInstant } from '../../../shared/dates/calendar.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { showServerFieldErrors, validateWith } from '../../components/forms.ts';
import { PageHeader } from '../../components/PageHeader.tsx';

const EMPTY: ClinicProfileInput = {
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

function toFormValues(profile: ClinicProfile | null): ClinicProfileInput {
  if (!profile) return EMPTY;
  const { updatedAt: _updatedAt, ...values } = profile;
  return values;
}

export function ClinicSettingsPage() {
  const { t, i18n } = useTranslation();
  const profile = useApiQuery('clinic.get', {});
  const save = useApiMutation('clinic.update', ['clinic.']);
  const form = useForm<ClinicProfileInput>({
    initialValues: EMPTY,
    validate: validateWith(clinicProfileInput),
    validateInputOnBlur: true,
  });

  useEffect(() => {
    if (profile.data !== undefined) {
      form.setInitialValues(toFormValues(profile.data));
      form.setValues(toFormValues(profile.data));
    }
    // The form is reset only when fresh data arrives, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [profile.data]);

  if (profile.isPending) return <Loader aria-label={t('common.loading')} />;
  if (profile.isError) return <ErrorAlert error={profile.error} />;

  const submit = form.onSubmit((values) => {
    save.mutate(values, {
      onSuccess: (saved) => {
        form.setInitialValues(toFormValues(saved));
        form.setValues(toFormValues(saved));
        notifications.show({ color: 'teal', message: t('common.saved') });
      },
      onError: (error) => {
        showServerFieldErrors(error, form.setErrors);
      },
    });
  });

  const field = (name: keyof ClinicProfileInput, label: string, extra: { description?: string; placeholder?: string } = {}) => (
    <TextInput label={label} withAsterisk {...extra} {...form.getInputProps(name)} key={form.key(name)} />
  );

  const locale = i18n.language === 'en' ? 'en' : 'ko';

  return (
    <form onSubmit={submit} noValidate>
      <PageHeader
        title={t('clinic.title')}
        description={t('clinic.description')}
        actions={
          <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
            {t('common.save')}
          </Button>
        }
      />
      <Stack gap="lg" maw={920}>
        {profile.data === null ? <Text c="dimmed">{t('clinic.empty')}</Text> : null}
        {save.isError ? <ErrorAlert error={save.error} /> : null}
        <Fieldset legend={t('clinic.sectionClinic')}>
          <SimpleGrid cols={2}>
            {field('name', t('clinic.name'))}
            {field('representative', t('clinic.representative'))}
            {field('businessNumber', t('clinic.businessNumber'), { placeholder: '123-45-67890', description: t('clinic.businessNumberHint') })}
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
        {profile.data ? (
          <Text size="sm" c="dimmed">
            {t('common.lastUpdated')}: {formatInstant(profile.data.updatedAt, locale)}
          </Text>
        ) : null}
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
