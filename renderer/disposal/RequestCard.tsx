import { Badge, Button, Divider, FileButton, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCertificate, IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DisposalView } from '../../shared/disposal/contract.ts';
import { formatInstant } from '../../shared/dates/calendar.ts';
import { useLocale } from '../i18n.ts';

import { useCan } from '../session/useCan.ts';
import { useApiMutation } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { EvidenceLinks } from '../components/Evidence.tsx';
import { readAsBase64 } from '../components/files.ts';

const STATUS_COLORS = { requested: 'orange', performed: 'blue', completed: 'teal', cancelled: 'gray' } as const;
const STATUS_KEYS = {
  requested: 'disposal.statusRequested',
  performed: 'disposal.statusPerformed',
  completed: 'disposal.statusCompleted',
  cancelled: 'disposal.statusCancelled',
} as const;

/** A request as staff name it: by its files (the number they see is the ledger serial, once approved). */
export function useRequestName(request: DisposalView | undefined): string {
  const { t } = useTranslation();
  const first = request?.items[0]?.name ?? '';
  const more = (request?.items.length ?? 0) - 1;
  return more > 0 ? t('disposal.requestName', { name: first, more }) : first;
}

export function RequestCard({ request, onSign }: { request: DisposalView; onSign: (kind: 'perform' | 'approve' | 'cancel') => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const canPerform = useCan('disposal.perform');
  const canApprove = useCan('disposal.approve');
  const canCancel = useCan('disposal.cancel');
  const name = useRequestName(request);
  const canAttach = useCan('disposal.attach');
  const attach = useApiMutation('disposal.attach', ['disposal.', 'processors.', 'home.']);
  // A processor's destruction waits for its 파기 확인서 (the performer cannot sign before).
  const awaiting =
    request.method === 'processor' &&
    request.status === 'requested' &&
    !request.attachments.some((a) => a.kind === 'processor_confirmation');
  const attachConfirmation = async (file: File | null) => {
    if (!file) return;
    const dataBase64 = await readAsBase64(file);
    attach.mutate(
      { requestId: request.id, attachment: { kind: 'processor_confirmation', fileName: file.name, mime: file.type, dataBase64 } },
      { onSuccess: () => notifications.show({ color: 'teal', message: t('disposal.confirmationAttached') }) },
    );
  };
  const person = (label: string, who: DisposalView['requestedBy'] | null, at: string | null) =>
    who && at ? (
      <Text size="xs" c="dimmed">
        {label}: {who.name} ({who.title}) · {formatInstant(at, locale)}
      </Text>
    ) : null;

  return (
    <Paper withBorder p="md" aria-label={t('disposal.requestRegion', { name })} role="region">
      <Stack gap="xs">
        <Group justify="space-between">
          <Group gap="sm">
            <Title order={5}>{name}</Title>
            <Text size="xs" c="dimmed">
              {t('disposal.requestedOn', { date: formatInstant(request.requestedAt, locale) })}
            </Text>
            <Badge color={STATUS_COLORS[request.status]} variant="light">
              {t(STATUS_KEYS[request.status])}
            </Badge>
            {request.serial ? <Badge variant="outline">{request.serial}</Badge> : null}
          </Group>
          <Group gap="xs">
            {awaiting && canAttach ? (
              <FileButton accept="image/jpeg,image/png,application/pdf" onChange={(file) => void attachConfirmation(file)}>
                {(props) => (
                  <Button size="xs" variant="light" leftSection={<IconPaperclip size={16} />} loading={attach.isPending} {...props}>
                    {t('disposal.attachConfirmation')}
                  </Button>
                )}
              </FileButton>
            ) : null}
            {request.status === 'requested' && canPerform ? (
              <Button size="xs" onClick={() => onSign('perform')}>
                {t('disposal.perform')}
              </Button>
            ) : null}
            {request.status === 'performed' && canApprove ? (
              <Button size="xs" onClick={() => onSign('approve')}>
                {t('disposal.approve')}
              </Button>
            ) : null}
            {(request.status === 'requested' || request.status === 'performed') && canCancel ? (
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
            <b>{item.name}</b> — {t(`register.media.${item.mediaKind}`)}, {item.countDestroyed.toLocaleString('ko-KR')} /{' '}
            {item.recordCount.toLocaleString('ko-KR')}
          </Text>
        ))}
        <SimpleGrid cols={3} spacing="xs">
          <Text size="sm">
            {t('disposal.method')}: {t(`disposal.methods.${request.method}`)}
          </Text>
          <Text size="sm">
            {t('disposal.reason')}: {t(`disposal.reasons.${request.reason}`)}
          </Text>
          <Text size="sm">
            {t('disposal.place')}: {request.place}
          </Text>
        </SimpleGrid>
        {request.processors.length > 0 ? (
          <Text size="sm">{t('disposal.processors', { names: request.processors.map((p) => p.name).join(', ') })}</Text>
        ) : null}
        {awaiting ? (
          <Text size="sm" c="orange" fw={600}>
            {t('disposal.awaitingConfirmation')}
          </Text>
        ) : null}
        {attach.isError ? <ErrorAlert error={attach.error} /> : null}
        <EvidenceLinks attachments={request.attachments} />
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
