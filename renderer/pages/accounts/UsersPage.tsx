import { Badge, Button, Code, Group, PasswordInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { createAccountInput, type AccountView } from '../../../shared/api/accounts.ts';
import { ROLES, type Role } from '../../../shared/api/contract.ts';
import { formatInstant } from '../../../shared/dates/calendar.ts';
import { formatFingerprint } from '../../../shared/ledger/fingerprint.ts';
import { ApiCallError, call } from '../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { RowMenu } from '../../components/RowMenu.tsx';
import { useLocale } from '../../i18n.ts';
import { NewPasswordFields } from './NewPasswordFields.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { validateWith } from '../../components/forms.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PasswordConfirmModal } from '../../components/PasswordConfirmModal.tsx';
import { useSession } from '../../session/SessionContext.tsx';

const STATUS_COLORS = { active: 'teal', locked: 'red', disabled: 'gray' } as const;

type Pending = { kind: 'reset' | 'disable'; account: AccountView } | null;

export function UsersPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useSession();
  const isOfficer = session.user?.role === 'officer';
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
      column.accessor('login', { header: t('auth.login') }),
      column.accessor('name', { header: t('users.name') }),
      column.accessor('title', { header: t('users.title2') }),
      column.accessor((row) => t(`app.roles.${row.role}`), { id: 'role', header: t('users.role') }),
      column.accessor('status', {
        header: t('users.status'),
        cell: (info) => (
          <Group gap={4}>
            <Badge color={STATUS_COLORS[info.getValue()]} variant="light">
              {t(`users.${info.getValue()}`)}
            </Badge>
            {info.row.original.mustChangePassword ? (
              <Badge color="yellow" variant="light">
                {t('users.mustChange')}
              </Badge>
            ) : null}
          </Group>
        ),
      }),
      column.accessor('passwordChangedAt', {
        header: t('users.passwordChangedAt'),
        cell: (info) => formatInstant(info.getValue(), locale),
      }),
      column.accessor('keyId', {
        header: t('users.key'),
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
                  label: t('users.unlock'),
                  onClick: () =>
                    unlock.mutate(
                      { userId: account.id },
                      { onSuccess: () => notifications.show({ color: 'teal', message: t('users.unlocked', { name: account.name }) }) },
                    ),
                },
                account.id !== session.user?.id && { label: t('users.reset'), onClick: () => setPending({ kind: 'reset', account }) },
                { label: t('users.disable'), color: 'red', onClick: () => setPending({ kind: 'disable', account }) },
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
        title={t('users.title')}
        description={t('users.description')}
        actions={
          isOfficer ? (
            <Button leftSection={<IconUserPlus size={18} />} onClick={() => setCreating(true)}>
              {t('users.create')}
            </Button>
          ) : null
        }
      />
      {accounts.isError ? <ErrorAlert error={accounts.error} /> : null}
      {unlock.isError ? <ErrorAlert error={unlock.error} /> : null}
      <DataTable label={t('users.title')} data={accounts.data ?? []} columns={columns} getRowId={(row) => String(row.id)} />
      {creating ? <CreateAccountModal onClose={() => setCreating(false)} /> : null}
      <PasswordConfirmModal
        opened={pending?.kind === 'reset'}
        title={t('users.resetTitle', { name: pending?.account.name ?? '' })}
        lead={t('users.resetLead')}
        label={t('users.officerPassword')}
        confirmLabel={t('users.reset')}
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
          notifications.show({ color: 'teal', message: t('users.resetDone', { name: account.name }) });
        }}
      >
        <PasswordInput
          label={t('users.temporaryPassword')}
          description={`${t('users.temporaryHint')} ${t('auth.passwordRule')}`}
          value={temporary}
          error={temporaryError}
          onChange={(event) => setTemporary(event.currentTarget.value)}
          autoComplete="new-password"
        />
      </PasswordConfirmModal>
      <PasswordConfirmModal
        opened={pending?.kind === 'disable'}
        title={t('users.disableTitle', { name: pending?.account.name ?? '' })}
        lead={t('users.disableLead')}
        label={t('users.officerPassword')}
        confirmLabel={t('users.disable')}
        passwordField="officerPassword"
        color="red"
        onClose={() => setPending(null)}
        onConfirm={async (officerPassword) => {
          const account = pending?.account;
          if (!account) return;
          await call('users.disable', { userId: account.id, officerPassword });
          await refresh();
          notifications.show({ color: 'teal', message: t('users.disabledDone', { name: account.name }) });
        }}
      />
    </Stack>
  );
}

const createForm = createAccountInput.extend({ confirm: z.string() }).refine((v) => v.temporaryPassword === v.confirm, {
  error: '임시 비밀번호가 서로 다릅니다.',
  path: ['confirm'],
});

function CreateAccountModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { login: '', name: '', title: '', role: 'admin' as Role, temporaryPassword: '', confirm: '', officerPassword: '' },
    validate: validateWith(createForm),
  });
  return (
    <FormModal
      title={t('users.create')}
      form={form}
      method="users.create"
      invalidates={['users.']}
      toInput={({ confirm: _confirm, ...values }) => values}
      saved={(account) => t('users.created', { name: account.name })}
      submitLabel={t('users.create')}
      onClose={onClose}
    >
      <SimpleGrid cols={2}>
        <TextInput label={t('auth.login')} withAsterisk autoComplete="off" {...form.getInputProps('login')} key={form.key('login')} />
        <Select
          label={t('users.role')}
          withAsterisk
          allowDeselect={false}
          data={ROLES.map((role) => ({ value: role, label: t(`app.roles.${role}`) }))}
          {...form.getInputProps('role')}
          key={form.key('role')}
        />
        <TextInput label={t('users.name')} withAsterisk {...form.getInputProps('name')} key={form.key('name')} />
        <TextInput label={t('users.title2')} withAsterisk {...form.getInputProps('title')} key={form.key('title')} />
        <NewPasswordFields
          form={form}
          field="temporaryPassword"
          withAsterisk
          label={t('users.temporaryPassword')}
          description={t('users.temporaryHint')}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('auth.passwordRule')}
      </Text>
      <PasswordInput
        label={t('users.officerPassword')}
        description={t('users.officerPasswordHint')}
        withAsterisk
        autoComplete="current-password"
        {...form.getInputProps('officerPassword')}
        key={form.key('officerPassword')}
      />
    </FormModal>
  );
}
