import {
  Anchor,
  Badge,
  Button,
  Divider,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCertificate, IconPlus } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import type { DisposalView } from '../../../shared/api/disposal.ts';
import { formatInstant } from '../../../shared/dates/calendar.ts';
import { call } from '../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatBytes } from '../../components/files.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PasswordConfirmModal } from '../../components/PasswordConfirmModal.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import { useQueryClient } from '@tanstack/react-query';
import { NewRequestModal } from './NewRequestModal.tsx';
import { useLocale } from '../../i18n.ts';

const STATUS_COLORS = { requested: 'orange', performed: 'blue', completed: 'teal', cancelled: 'gray' } as const;
const STATUS_KEYS = {
  requested: 'disposal.statusRequested',
  performed: 'disposal.statusPerformed',
  completed: 'disposal.statusCompleted',
  cancelled: 'disposal.statusCancelled',
} as const;

type Signing = { kind: 'perform' | 'approve' | 'cancel'; request: DisposalView } | null;

export function DisposalPage() {
  const { t } = useTranslation();
  const session = useSession();
  const role = session.user?.role;
  const search = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  // Arriving from the register's "파기 요청" opens the form for that file, once: the query is dropped.
  const [preselect] = useState(() => Number(search.get('file')) || null);
  const [creating, setCreating] = useState(preselect !== null);
  useEffect(() => {
    // wouter keeps the query in location.search; an explicit empty one clears it.
    if (preselect !== null) navigate('/disposal?', { replace: true });
  }, [preselect, navigate]);
  const [status, setStatus] = useState<'open' | 'completed' | 'cancelled'>('open');
  const requests = useApiQuery('disposal.list', { status });
  const [signing, setSigning] = useState<Signing>(null);
  const canRequest = role === 'officer' || role === 'admin';

  return (
    <Stack>
      <PageHeader
        title={t('disposal.title')}
        description={t('disposal.description')}
        actions={
          canRequest ? (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>
              {t('disposal.newRequest')}
            </Button>
          ) : null
        }
      />
      <SegmentedControl
        w="fit-content"
        value={status}
        onChange={(value) => setStatus(value as typeof status)}
        data={[
          { value: 'open', label: t('disposal.open') },
          { value: 'completed', label: t('disposal.completed') },
          { value: 'cancelled', label: t('disposal.cancelled') },
        ]}
      />
      {requests.isError ? <ErrorAlert error={requests.error} /> : null}
      {requests.isSuccess && requests.data.length === 0 ? <Text c="dimmed">{t('disposal.none')}</Text> : null}
      {status === 'open' ? (
        <Stack>
          {(requests.data ?? []).map((request) => (
            <RequestCard key={request.id} request={request} onSign={(kind) => setSigning({ kind, request })} />
          ))}
        </Stack>
      ) : (
        <ClosedRequests requests={requests.data ?? []} />
      )}
      {creating ? <NewRequestModal preselect={preselect} onClose={() => setCreating(false)} /> : null}
      <SigningDialogs signing={signing} onClose={() => setSigning(null)} />
    </Stack>
  );
}

/** Finished and cancelled requests: a list that keeps growing, so a virtualized, searchable table. */
function ClosedRequests({ requests }: { requests: readonly DisposalView[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const columns = useMemo(() => {
    const column = createColumnHelper<DisposalView>();
    return [
      column.accessor('id', { header: '#' }),
      column.accessor((row) => row.serial ?? '', { id: 'serial', header: t('ledger.serial') }),
      column.accessor((row) => row.items.map((item) => item.name).join(' / '), { id: 'files', header: t('disposal.files') }),
      column.accessor((row) => t(`destruction.methods.${row.method}`), { id: 'method', header: t('disposal.method') }),
      column.accessor((row) => t(`destruction.reasons.${row.reason}`), { id: 'reason', header: t('disposal.reason') }),
      column.accessor((row) => row.performedBy?.name ?? '', { id: 'performer', header: t('disposal.performedBy') }),
      column.accessor((row) => row.approvedBy?.name ?? row.cancelReason ?? '', { id: 'closedBy', header: t('disposal.approvedBy') }),
      column.accessor((row) => row.approvedAt ?? row.cancelledAt ?? '', {
        id: 'closedAt',
        header: t('ledger.approvedOn'),
        cell: (info) => (info.getValue() ? formatInstant(info.getValue(), locale) : ''),
      }),
      column.display({
        id: 'certificate',
        header: t('disposal.certificate'),
        cell: (info) =>
          info.row.original.serial ? (
            <Button size="compact-xs" variant="light" component={Link} href={`/print/certificate/${info.row.original.serial}`}>
              {t('disposal.certificate')}
            </Button>
          ) : null,
      }),
    ];
  }, [t, locale]);
  return (
    <DataTable
      label={t('disposal.title')}
      data={requests}
      columns={columns}
      initialSorting={[{ id: 'id', desc: true }]}
      getRowId={(row) => String(row.id)}
    />
  );
}

function RequestCard({ request, onSign }: { request: DisposalView; onSign: (kind: 'perform' | 'approve' | 'cancel') => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useSession();
  const role = session.user?.role;
  const person = (label: string, who: DisposalView['requestedBy'] | null, at: string | null) =>
    who && at ? (
      <Text size="xs" c="dimmed">
        {label}: {who.name} ({who.title}) · {formatInstant(at, locale)}
      </Text>
    ) : null;

  return (
    <Paper withBorder p="md" aria-label={`파기 요청 ${request.id}`} role="region">
      <Stack gap="xs">
        <Group justify="space-between">
          <Group gap="sm">
            <Title order={5}>#{request.id}</Title>
            <Badge color={STATUS_COLORS[request.status]} variant="light">
              {t(STATUS_KEYS[request.status])}
            </Badge>
            {request.serial ? <Badge variant="outline">{request.serial}</Badge> : null}
          </Group>
          <Group gap="xs">
            {request.status === 'requested' && (role === 'admin' || role === 'officer') ? (
              <Button size="xs" onClick={() => onSign('perform')}>
                {t('disposal.perform')}
              </Button>
            ) : null}
            {request.status === 'performed' && role === 'officer' ? (
              <Button size="xs" onClick={() => onSign('approve')}>
                {t('disposal.approve')}
              </Button>
            ) : null}
            {(request.status === 'requested' || request.status === 'performed') && (role === 'admin' || role === 'officer') ? (
              <Button size="xs" variant="subtle" color="red" onClick={() => onSign('cancel')}>
                {t('disposal.cancel')}
              </Button>
            ) : null}
            {request.serial ? (
              <Button
                size="xs"
                variant="light"
                component={Link}
                href={`/print/certificate/${request.serial}`}
                leftSection={<IconCertificate size={16} />}
              >
                {t('disposal.certificate')}
              </Button>
            ) : null}
          </Group>
        </Group>
        {request.items.map((item) => (
          <Text key={item.fileId} size="sm">
            <b>{item.name}</b> — {t(`destruction.media.${item.mediaKind}`)}, {item.countDestroyed.toLocaleString('ko-KR')} /{' '}
            {item.recordCount.toLocaleString('ko-KR')}
          </Text>
        ))}
        <SimpleGrid cols={3} spacing="xs">
          <Text size="sm">
            {t('disposal.method')}: {t(`destruction.methods.${request.method}`)}
          </Text>
          <Text size="sm">
            {t('disposal.reason')}: {t(`destruction.reasons.${request.reason}`)}
          </Text>
          <Text size="sm">
            {t('disposal.place')}: {request.place}
          </Text>
        </SimpleGrid>
        {request.attachments.length > 0 ? (
          <Group gap="xs">
            {request.attachments.map((attachment) => (
              <Anchor key={attachment.id} size="sm" onClick={() => void openAttachment(attachment.id)}>
                📎 {attachment.fileName} ({formatBytes(attachment.size)})
              </Anchor>
            ))}
          </Group>
        ) : null}
        <Divider />
        {person(t('disposal.requestedBy'), request.requestedBy, request.requestedAt)}
        {person(t('disposal.performedBy'), request.performedBy, request.performedAt)}
        {person(t('disposal.approvedBy'), request.approvedBy, request.approvedAt)}
        {request.cancelReason ? (
          <Text size="xs" c="red">
            {t('disposal.cancelReason')}: {request.cancelReason}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Opens evidence in a new view of its own bytes (no file system access from the renderer). */
async function openAttachment(id: string): Promise<void> {
  const { ref, dataBase64 } = await call('disposal.attachment', { id });
  const bytes = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: ref.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = ref.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function SigningDialogs({ signing, onClose }: { signing: Signing; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const client = useQueryClient();
  const [performedOn, setPerformedOn] = useState<string | null>(session.today);
  const [cancelReason, setCancelReason] = useState('');
  const cancel = useApiMutation('disposal.cancel', ['disposal.', 'register.']);
  const refresh = () =>
    client.invalidateQueries({ predicate: (q) => ['disposal.', 'register.', 'ledger.'].some((p) => String(q.queryKey[0]).startsWith(p)) });
  const request = signing?.request;
  const summary = request ? (
    <Paper withBorder p="xs" bg="gray.0">
      {request.items.map((item) => (
        <Text key={item.fileId} size="sm">
          {item.name}: {item.countDestroyed.toLocaleString('ko-KR')}건
        </Text>
      ))}
      <Text size="sm">
        {t(`destruction.methods.${request.method}`)} · {t(`destruction.reasons.${request.reason}`)} · {request.place}
      </Text>
    </Paper>
  ) : null;

  return (
    <>
      <PasswordConfirmModal
        opened={signing?.kind === 'perform'}
        title={t('disposal.performTitle', { id: request?.id ?? '' })}
        lead={t('disposal.performLead')}
        confirmLabel={t('disposal.perform')}
        onClose={onClose}
        onConfirm={async (password) => {
          if (!request) return;
          await call('disposal.perform', { requestId: request.id, performedOn: performedOn ?? '', password });
          await refresh();
          notifications.show({ color: 'teal', message: t('disposal.performed') });
        }}
      >
        {summary}
        <DateField label={t('disposal.performedOn')} value={performedOn} onChange={setPerformedOn} withAsterisk />
      </PasswordConfirmModal>
      <PasswordConfirmModal
        opened={signing?.kind === 'approve'}
        title={t('disposal.approveTitle', { id: request?.id ?? '' })}
        lead={t('disposal.approveLead')}
        confirmLabel={t('disposal.approve')}
        onClose={onClose}
        onConfirm={async (password) => {
          if (!request) return;
          const done = await call('disposal.approve', { requestId: request.id, password });
          await refresh();
          notifications.show({ color: 'teal', message: t('disposal.approved', { serial: done.serial ?? '' }) });
        }}
      >
        {summary}
        {request?.performedBy ? (
          <Text size="sm">
            {t('disposal.performedBy')}: {request.performedBy.name} ({request.performedBy.title}) · {request.performedOn}
          </Text>
        ) : null}
      </PasswordConfirmModal>
      <Modal opened={signing?.kind === 'cancel'} onClose={onClose} title={t('disposal.cancelTitle', { id: request?.id ?? '' })} centered>
        <Stack>
          <TextInput
            label={t('disposal.cancelReason')}
            value={cancelReason}
            onChange={(e) => setCancelReason(e.currentTarget.value)}
            error={cancel.error?.body.fields?.reason}
          />
          {cancel.isError && !cancel.error.body.fields ? <ErrorAlert error={cancel.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={cancel.isPending}
              onClick={() =>
                request &&
                cancel.mutate(
                  { requestId: request.id, reason: cancelReason },
                  {
                    onSuccess: () => {
                      notifications.show({ color: 'teal', message: t('disposal.cancelledDone') });
                      setCancelReason('');
                      onClose();
                    },
                  },
                )
              }
            >
              {t('disposal.cancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
