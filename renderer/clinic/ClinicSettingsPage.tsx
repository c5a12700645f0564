import { Alert, Button, Checkbox, Fieldset, Group, Loader, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clinicProfileInput, type ClinicProfile, type ClinicProfileInput } from '../../shared/clinic/contract.ts';
import { settingsApi, type Settings } from '../../shared/settings/contract.ts';
import { formatInstant } from '../../shared/dates/calendar.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { showServerFieldErrors, validateWith } from '../components/forms.ts';
import { NumberField } from '../components/NumberField.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { PasswordConfirmModal } from '../components/PasswordConfirmModal.tsx';
import { useCan } from '../session/useCan.ts';
import { ClinicProfileFields, EMPTY_CLINIC_PROFILE } from './ClinicProfileFields.tsx';
import { useLocale } from '../i18n.ts';

function toFormValues(profile: ClinicProfile | null): ClinicProfileInput {
  if (!profile) return EMPTY_CLINIC_PROFILE;
  const { updatedAt: _updatedAt, ...values } = profile;
  return values;
}

export function ClinicSettingsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const canEdit = useCan('clinic.update');
  const profile = useApiQuery('clinic.get', {});
  const save = useApiMutation('clinic.update', ['clinic.', 'session.']);
  const form = useForm<ClinicProfileInput>({
    initialValues: EMPTY_CLINIC_PROFILE,
    validate: validateWith(clinicProfileInput),
    validateInputOnBlur: true,
  });

  useEffect(() => {
    if (profile.data !== undefined) {
      form.setInitialValues(toFormValues(profile.data));
      form.setValues(toFormValues(profile.data));
    }
    // The form is reset only when fresh data arrives, not on every render.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
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

  const saveButton = canEdit ? (
    <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
      {t('common.save')}
    </Button>
  ) : null;

  return (
    <Stack gap="xl" maw={920}>
      <form onSubmit={submit} noValidate>
        <PageHeader title={t('clinic.title')} description={t('clinic.description')} actions={saveButton} />
        <Stack gap="lg">
          {!canEdit ? <Alert color="gray">{t('clinic.readOnly')}</Alert> : null}
          {profile.data === null ? <Text c="dimmed">{t('clinic.empty')}</Text> : null}
          {save.isError ? <ErrorAlert error={save.error} /> : null}
          <ClinicProfileFields form={form} readOnly={!canEdit} />
          {profile.data ? (
            <Text size="sm" c="dimmed">
              {t('common.lastUpdated')}: {formatInstant(profile.data.updatedAt, locale)}
            </Text>
          ) : null}
          {saveButton ? <Group>{saveButton}</Group> : null}
        </Stack>
      </form>
      {canEdit ? <IdleLockSetting /> : null}
    </Stack>
  );
}

function IdleLockSetting() {
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get', {});
  const save = useApiMutation('settings.update', ['settings.', 'session.', 'ledger.']);
  // Changing the two-signer rule is signed into the ledger, so those values wait here for the password.
  const [awaitingSignature, setAwaitingSignature] = useState<Settings | null>(null);
  const form = useForm<Settings>({
    initialValues: { idleLockMinutes: 10, requireDistinctSigners: true },
    validate: validateWith(settingsApi['settings.update'].input),
  });

  useEffect(() => {
    if (settings.data) {
      form.setInitialValues(settings.data);
      form.setValues(settings.data);
    }
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [settings.data]);

  const saved = () => notifications.show({ color: 'teal', message: t('common.saved') });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        if (values.requireDistinctSigners !== settings.data?.requireDistinctSigners) {
          setAwaitingSignature(values);
          return;
        }
        save.mutate(values, { onSuccess: saved, onError: (error) => showServerFieldErrors(error, form.setErrors) });
      })}
    >
      <Fieldset legend={t('settings.security')}>
        <Group align="flex-end">
          <NumberField
            label={t('settings.idleLockMinutes')}
            description={t('settings.idleLockHint')}
            min={1}
            max={60}
            w={320}
            {...form.getInputProps('idleLockMinutes')}
            key={form.key('idleLockMinutes')}
          />
          <Checkbox
            mb={8}
            label={t('settings.distinctSigners')}
            {...form.getInputProps('requireDistinctSigners', { type: 'checkbox' })}
            key={form.key('requireDistinctSigners')}
          />
          <Button type="submit" variant="light" loading={save.isPending} disabled={!form.isDirty()}>
            {t('common.save')}
          </Button>
        </Group>
        {save.isError && !awaitingSignature ? <ErrorAlert error={save.error} /> : null}
      </Fieldset>
      <PasswordConfirmModal
        opened={awaitingSignature !== null}
        title={t('settings.signersConfirmTitle')}
        lead={t(awaitingSignature?.requireDistinctSigners ? 'settings.signersConfirmOn' : 'settings.signersConfirmOff')}
        confirmLabel={t('settings.signersConfirm')}
        passwordField="officerPassword"
        color={awaitingSignature?.requireDistinctSigners ? undefined : 'orange'}
        onClose={() => setAwaitingSignature(null)}
        onConfirm={async (officerPassword) => {
          if (!awaitingSignature) return;
          await save.mutateAsync({ ...awaitingSignature, officerPassword });
          saved();
        }}
      />
    </form>
  );
}
