import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconCertificate } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ConfirmationView } from '../../shared/reservations/contract.ts';
import { useApiQuery } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useCan } from '../session/useCan.ts';
import { ConfirmationModal } from './ConfirmationModal.tsx';

/** Each reservation destruction, with every processor's copy to confirm (수탁자 확인 n/m). */
export function DisposalsPanel() {
  const { t } = useTranslation();
  const canRecord = useCan('reservations.recordConfirmation');
  const disposals = useApiQuery('reservations.disposals', {});
  const [step, setStep] = useState<{ requestId: number; processor: ConfirmationView; step: 'requested' | 'confirmed' } | null>(null);
  if (disposals.isError) return <ErrorAlert error={disposals.error} />;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('reservations.disposals.lead')}
      </Text>
      {disposals.data?.length === 0 ? <Text c="dimmed">{t('reservations.disposals.none')}</Text> : null}
      {(disposals.data ?? []).map((disposal) => {
        const label = `${disposal.serial ?? `#${disposal.requestId}`} ${t('reservations.disposals.records', { count: disposal.count })}`;
        return (
          <Paper key={disposal.requestId} withBorder p="md" component="section" aria-label={label}>
            <Stack gap="xs">
              <Group justify="space-between">
                <Group gap="xs">
                  <Text fw={700}>{disposal.serial ?? `#${disposal.requestId}`}</Text>
                  <Text>{t('reservations.disposals.records', { count: disposal.count.toLocaleString('ko-KR') })}</Text>
                  {disposal.firstDate ? (
                    <Text size="sm" c="dimmed">
                      {t('reservations.disposals.range', { from: disposal.firstDate, to: disposal.lastDate ?? '' })}
                    </Text>
                  ) : null}
                  <Badge variant="light">{t(`reservations.disposals.statuses.${disposal.status}`)}</Badge>
                  {disposal.status === 'completed' ? (
                    <Badge color={disposal.confirmed === disposal.processors ? 'teal' : 'orange'} variant="filled">
                      {t('reservations.disposals.confirmations', { done: disposal.confirmed, total: disposal.processors })}
                    </Badge>
                  ) : null}
                </Group>
                {disposal.serial && disposal.status === 'completed' ? (
                  <Anchor component={Link} href={`/print/certificate/${disposal.serial}`}>
                    <Group gap={4}>
                      <IconCertificate size={16} />
                      {t('reservations.disposals.certificate')}
                    </Group>
                  </Anchor>
                ) : null}
              </Group>
              {disposal.status !== 'completed' ? (
                <Text size="sm" c="dimmed">
                  {t('reservations.disposals.notYet')}
                </Text>
              ) : disposal.confirmations.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('reservations.disposals.noProcessors')}
                </Text>
              ) : (
                <Table aria-label={t('reservations.disposals.processor')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('reservations.disposals.processor')}</Table.Th>
                      <Table.Th>{t('reservations.disposals.requestedOn')}</Table.Th>
                      <Table.Th>{t('reservations.disposals.confirmedOn')}</Table.Th>
                      <Table.Th>{t('reservations.disposals.evidence')}</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {disposal.confirmations.map((processor) => (
                      <Table.Tr key={processor.processorId} aria-label={processor.name}>
                        <Table.Td>
                          <Text size="sm">
                            {processor.name} {processor.country ? `(${processor.country})` : ''}
                          </Text>
                          {processor.via ? (
                            <Text size="xs" c="dimmed">
                              {t('reservations.disposals.via', { name: processor.via })}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td>{processor.requestedOn ?? '—'}</Table.Td>
                        <Table.Td>{processor.confirmedOn ?? '—'}</Table.Td>
                        <Table.Td>{processor.evidence?.fileName ?? '—'}</Table.Td>
                        <Table.Td>
                          {canRecord && !processor.confirmedOn ? (
                            <Group gap="xs" wrap="nowrap">
                              {!processor.requestedOn ? (
                                <Button
                                  size="xs"
                                  variant="default"
                                  onClick={() => setStep({ requestId: disposal.requestId, processor, step: 'requested' })}
                                >
                                  {t('reservations.disposals.request')}
                                </Button>
                              ) : null}
                              <Button size="xs" onClick={() => setStep({ requestId: disposal.requestId, processor, step: 'confirmed' })}>
                                {t('reservations.disposals.confirm')}
                              </Button>
                            </Group>
                          ) : null}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Stack>
          </Paper>
        );
      })}
      {step ? <ConfirmationModal {...step} onClose={() => setStep(null)} /> : null}
    </Stack>
  );
}
