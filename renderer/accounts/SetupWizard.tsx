import { Alert, Button, Code, Container, Group, SimpleGrid, Stack, Stepper, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { SetupResult } from '../../shared/accounts/contract.ts';
import { SUGGESTED_OFFICER_TITLE, setupOfficerForm } from '../../shared/accounts/forms.ts';
import { clinicProfileInput, type ClinicProfileInput } from '../../shared/clinic/contract.ts';
import { formatFingerprint } from '../../shared/ledger/fingerprint.ts';
import { useApiMutation } from '../api/hooks.ts';
import { NewPasswordFields } from './NewPasswordFields.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { showServerFieldErrors, validateWith } from '../components/forms.ts';
import { useSetSession } from '../session/SessionContext.tsx';
import { ClinicProfileFields, EMPTY_CLINIC_PROFILE } from '../clinic/ClinicProfileFields.tsx';

type OfficerForm = z.input<typeof setupOfficerForm>;

/** First run: nothing else is reachable until the clinic, its officer and the keys exist. */
export function SetupWizard() {
  const { t } = useTranslation();
  const setSession = useSetSession();
  const [step, setStep] = useState(0);
  const [done, setDone] = useState<SetupResult | null>(null);
  const setup = useApiMutation('setup.run');

  const clinic = useForm<ClinicProfileInput>({
    initialValues: EMPTY_CLINIC_PROFILE,
    validate: validateWith(clinicProfileInput),
    validateInputOnBlur: true,
  });
  const officer = useForm<OfficerForm>({
    initialValues: { login: '', name: '', title: SUGGESTED_OFFICER_TITLE, password: '', confirm: '' },
    validate: validateWith(setupOfficerForm),
    validateInputOnBlur: true,
  });

  const next = () => {
    if (step === 0 && clinic.validate().hasErrors) return;
    if (step === 1 && officer.validate().hasErrors) return;
    setStep((current) => current + 1);
  };

  const finish = () => {
    const { confirm: _confirm, ...account } = officer.getValues();
    setup.mutate(
      { clinic: clinic.getValues(), officer: account },
      {
        onSuccess: (result) => setDone(result),
        onError: (error) => {
          // A field error belongs to one of the two earlier steps: go back to it.
          if (
            showServerFieldErrors(error, (errors) => {
              const clinicErrors = Object.fromEntries(
                Object.entries(errors)
                  .filter(([k]) => k.startsWith('clinic.'))
                  .map(([k, v]) => [k.slice(7), v]),
              );
              const officerErrors = Object.fromEntries(
                Object.entries(errors)
                  .filter(([k]) => k.startsWith('officer.'))
                  .map(([k, v]) => [k.slice(8), v]),
              );
              clinic.setErrors(clinicErrors);
              officer.setErrors(officerErrors);
              setStep(Object.keys(clinicErrors).length > 0 ? 0 : 1);
            })
          )
            return;
        },
      },
    );
  };

  if (done) {
    return (
      <Container size="sm" py={60}>
        <Stack gap="lg">
          <Title order={2}>{t('accounts.setup.doneTitle')}</Title>
          <Alert color="teal" icon={<IconKey size={18} />}>
            {t('accounts.setup.fingerprintHint')}
          </Alert>
          <Stack gap={4}>
            <Text fw={600}>{t('accounts.setup.installationFingerprint')}</Text>
            <Code block data-testid="installation-fingerprint">
              {formatFingerprint(done.installationKeyId)}
            </Code>
          </Stack>
          <Stack gap={4}>
            <Text fw={600}>{t('accounts.setup.officerFingerprint')}</Text>
            <Code block>{formatFingerprint(done.officerKeyId)}</Code>
          </Stack>
          <Button onClick={() => setSession(done.session)} w="fit-content">
            {t('accounts.setup.start')}
          </Button>
        </Stack>
      </Container>
    );
  }

  return (
    <Container size="md" py={40}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={2}>{t('accounts.setup.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('accounts.setup.lead')}
          </Text>
        </Stack>
        <Stepper active={step} onStepClick={(target) => target < step && setStep(target)} allowNextStepsSelect={false}>
          <Stepper.Step label={t('accounts.setup.stepClinic')}>
            <ClinicProfileFields form={clinic} />
          </Stepper.Step>
          <Stepper.Step label={t('accounts.setup.stepOfficer')}>
            <Stack>
              <Text size="sm">{t('accounts.setup.officerLead')}</Text>
              <SimpleGrid cols={3}>
                <TextInput
                  label={t('accounts.auth.login')}
                  withAsterisk
                  autoComplete="username"
                  {...officer.getInputProps('login')}
                  key={officer.key('login')}
                />
                <TextInput label={t('accounts.users.name')} withAsterisk {...officer.getInputProps('name')} key={officer.key('name')} />
                <TextInput
                  label={t('accounts.setup.officerTitle')}
                  withAsterisk
                  {...officer.getInputProps('title')}
                  key={officer.key('title')}
                />
              </SimpleGrid>
              <SimpleGrid cols={2}>
                <NewPasswordFields
                  form={officer}
                  field="password"
                  withAsterisk
                  label={t('accounts.auth.password')}
                  description={t('accounts.auth.passwordRule')}
                />
              </SimpleGrid>
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={t('accounts.setup.stepKeys')}>
            <Stack>
              <Text>{t('accounts.setup.keysLead')}</Text>
              {setup.isError ? <ErrorAlert error={setup.error} /> : null}
            </Stack>
          </Stepper.Step>
        </Stepper>
        <Group justify="space-between">
          <Button variant="default" onClick={() => setStep((current) => current - 1)} disabled={step === 0 || setup.isPending}>
            {t('common.back')}
          </Button>
          {step < 2 ? (
            <Button onClick={next}>{t('common.next')}</Button>
          ) : (
            <Button onClick={finish} loading={setup.isPending}>
              {t('accounts.setup.finish')}
            </Button>
          )}
        </Group>
      </Stack>
    </Container>
  );
}
