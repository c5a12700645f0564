import { PasswordInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

/** A new password and its confirmation, as every form that sets a password asks for them. */
export function NewPasswordFields<Values extends { confirm: string }>({
  form,
  field,
  label,
  description,
  withAsterisk = false,
}: {
  form: UseFormReturnType<Values>;
  /** The form field that holds the new password; the confirmation is always `confirm`. */
  field: keyof Values & string;
  label: string;
  description?: string;
  /** Marked required where the surrounding form marks its other required fields. */
  withAsterisk?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordInput
        label={label}
        description={description}
        withAsterisk={withAsterisk}
        autoComplete="new-password"
        {...form.getInputProps(field)}
        key={form.key(field)}
      />
      <PasswordInput
        label={t('accounts.auth.confirmPassword')}
        withAsterisk={withAsterisk}
        autoComplete="new-password"
        {...form.getInputProps('confirm')}
        key={form.key('confirm')}
      />
    </>
  );
}
