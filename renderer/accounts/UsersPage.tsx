import { Badge, Button, Code, Group, PasswordInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../shared/accounts/contract.ts';
import { createAccountForm } from '../../shared/accounts/forms.ts';
import { ROLES, type Role } from '../../shared/contract/method.ts';
import { formatInstant } from '../../shared/dates/calendar.ts';
import { formatFingerprint } from '../../shared/ledger/fingerprint.ts';
import { ApiCallError, call } from '../api/client.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { DataTable } from '../components/DataTable.tsx';
import { FormModal } from '../components/FormModal.tsx';
import { RowMenu } from '../components/RowMenu.tsx';
import { useLocale } from '../i18n.ts';
import { NewPasswordFields } from './NewPasswordFields.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { validateWith } from '../components/forms.ts';
import { PageHeader } from '../components/PageHeader.tsx';
import { PasswordConfirmModal } from '../components/PasswordConfirmModal.tsx';
import { useSession } from '../session/SessionContext.tsx';
import { useCan } from '../session/useCan.ts';

const STATUS_COLORS = { active: 'teal', locked: 'red', disabled: 'gray' } as const;

type Pending = { kind: 'reset' | 'disable'; account: AccountView } | null;

export function UsersPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useSession();
  const isOfficer = useCan('users.create');
  const accounts = useApiQuery('users.list', {});
  const client = useQueryClient();
  const unlock = useApiMutation('users.unlock', ['users.']);
  const [creating, setCreating] = useState(false);
  const [pending, setPending] = useState<Pending>(null);
  const [temporary, setTemporary] = useState('');
  const [temporaryError, setTemporaryError] = useState<string | null>(null);

  const refresh = () => client.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('users.') });

  const columns = useMemo(() => {
    const column = createColumnHelper<AccountView>();
    return [
      column.accessor('login', { header: t('accounts.auth.login') }),
      column.accessor('name', { header: t('accounts.users.name') }),
      column.accessor('title', { header: t('accounts.users.title2') }),
      column.accessor((row) => t(`accounts.roles.${row.role}`), { id: 'role', header: t('accounts.users.role') }),
      column.accessor((row) => t(`accounts.users.${row.status}`), {
        id: 'status',
        header: t('accounts.users.status'),
        meta: {
          text: (row) => `${t(`accounts.users.${row.status}`)} ${row.mustChangePassword ? t('accounts.users.mustChange') : ''}`,
        },
        cell: (info) => (
          <Group gap={4}>
            <Badge color={STATUS_COLORS[info.row.original.status]} variant="light">
              {t(`accounts.users.${info.row.original.status}`)}
            </Badge>
            {info.row.original.mustChangePassword ? (
              <Badge color="yellow" variant="light">
                {t('accounts.users.mustChange')}
              </Badge>
            ) : null}
          </Group>
        ),
      }),
      column.accessor('passwordChangedAt', {
        header: t('accounts.users.passwordChangedAt'),
        meta: { nowrap: true, text: (row) => formatInstant(row.passwordChangedAt, locale) },
        cell: (info) => formatInstant(info.getValue(), locale),
      }),
      column.accessor('keyId', {
        header: t('accounts.users.key'),
        enableSorting: false,
        cell: (info) => (info.getValue() ? <Code>{formatFingerprint(info.getValue() ?? '').slice(0, 19)}…</Code> : '—'),
      }),
      column.display({
        id: 'actions',
        header: t('common.actions'),
        cell: (info) => {
          const account = info.row.original;
          if (!isOfficer || account.status === 'disabled') return null;
          return (
            <RowMenu
              name={account.login}
              actions={[
                account.status === 'locked' && {
                  label: t('accounts.users.unlock'),
                  onClick: () =>
                    unlock.mutate(
                      { userId: account.id },
                      {
                        onSuccess: () =>
                          notifications.show({ color: 'teal', message: t('accounts.users.unlocked', { name: account.name }) }),
                      },
                    ),
                },
                account.id !== session.user?.id && {
                  label: t('accounts.users.reset'),
                  onClick: () => setPending({ kind: 'reset', account }),
                },
                { label: t('accounts.users.disable'), color: 'red', onClick: () => setPending({ kind: 'disable', account }) },
              ]}
            />
          );
        },
      }),
    ];
  }, [t, locale, isOfficer, session.user?.id, unlock]);

  return (
    <Stack>
      <PageHeader
        title={t('accounts.users.title')}
        description={t('accounts.users.description')}
        actions={
          isOfficer ? (
            <Button leftSection={<IconUserPlus size={18} />} onClick={() => setCreating(true)}>
              {t('accounts.users.create')}
            </Button>
          ) : null
        }
      />
      {accounts.isError ? <ErrorAlert error={accounts.error} /> : null}
      {unlock.isError ? <ErrorAlert error={unlock.error} /> : null}
      <DataTable label={t('accounts.users.title')} data={accounts.data ?? []} columns={columns} getRowId={(row) => String(row.id)} />
      {creating ? <CreateAccountModal onClose={() => setCreating(false)} /> : null}
      <PasswordConfirmModal
        opened={pending?.kind === 'reset'}
        title={t('accounts.users.resetTitle', { name: pending?.account.name ?? '' })}
        lead={t('accounts.users.resetLead')}
        label={t('accounts.users.officerPassword')}
        confirmLabel={t('accounts.users.reset')}
        passwordField="officerPassword"
        onClose={() => {
          setPending(null);
          setTemporary('');
          setTemporaryError(null);
        }}
        onConfirm={async (officerPassword) => {
          const account = pending?.account;
          if (!account) return;
          try {
            await call('users.resetPassword', { userId: account.id, temporaryPassword: temporary, officerPassword });
          } catch (error) {
            setTemporaryError(error instanceof ApiCallError ? (error.body.fields?.temporaryPassword ?? null) : null);
            throw error;
          }
          setTemporary('');
          await refresh();
          notifications.show({ color: 'teal', message: t('accounts.users.resetDone', { name: account.name }) });
        }}
      >
        <PasswordInput
          label={t('accounts.users.temporaryPassword')}
          description={`${t('accounts.users.temporaryHint')} ${t('accounts.auth.passwordRule')}`}
          value={temporary}
          error={temporaryError}
          onChange={(event) => setTemporary(event.currentTarget.value)}
          autoComplete="new-password"
        />
      </PasswordConfirmModal>
      <PasswordConfirmModal
        opened={pending?.kind === 'disable'}
        title={t('accounts.users.disableTitle', { name: pending?.account.name ?? '' })}
        lead={t('accounts.users.disableLead')}
        label={t('accounts.users.officerPassword')}
        confirmLabel={t('accounts.users.disable')}
        passwordField="officerPassword"
        color="red"
        onClose={() => setPending(null)}
        onConfirm={async (officerPassword) => {
          const account = pending?.account;
          if (!account) return;
          await call('users.disable', { userId: account.id, officerPassword });
          await refresh();
          notifications.show({ color: 'teal', message: t('accounts.users.disabledDone', { name: account.name }) });
        }}
      />
    </Stack>
  );
}

function CreateAccountModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { login: '', name: '', title: '', role: 'admin' as Role, temporaryPassword: '', confirm: '', officerPassword: '' },
    validate: validateWith(createAccountForm),
  });
  return (
    <FormModal
      title={t('accounts.users.create')}
      form={form}
      method="users.create"
      invalidates={['users.']}
      toInput={({ confirm: _confirm, ...values }) => values}
      saved={(account) => t('accounts.users.created', { name: account.name })}
      submitLabel={t('accounts.users.create')}
      onClose={onClose}
    >
      <SimpleGrid cols={2}>
        <TextInput
          label={t('accounts.auth.login')}
          withAsterisk
          autoComplete="off"
          {...form.getInputProps('login')}
          key={form.key('login')}
        />
        <Select
          label={t('accounts.users.role')}
          withAsterisk
          allowDeselect={false}
          data={ROLES.map((role) => ({ value: role, label: t(`accounts.roles.${role}`) }))}
          {...form.getInputProps('role')}
          key={form.key('role')}
        />
        <TextInput label={t('accounts.users.name')} withAsterisk {...form.getInputProps('name')} key={form.key('name')} />
        <TextInput label={t('accounts.users.title2')} withAsterisk {...form.getInputProps('title')} key={form.key('title')} />
        <NewPasswordFields
          form={form}
          field="temporaryPassword"
          withAsterisk
          label={t('accounts.users.temporaryPassword')}
          description={t('accounts.users.temporaryHint')}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('accounts.auth.passwordRule')}
      </Text>
      <PasswordInput
        label={t('accounts.users.officerPassword')}
        description={t('accounts.users.officerPasswordHint')}
        withAsterisk
        autoComplete="current-password"
        {...form.getInputProps('officerPassword')}
        key={form.key('officerPassword')}
      />
    </FormModal>
  );
}
