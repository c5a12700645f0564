import { Button, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { useApiQuery } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { EvidenceViewer } from '../components/Evidence.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { useCan } from '../session/useCan.ts';
import { ClosedRequests } from './ClosedRequests.tsx';
import { RequestCard } from './RequestCard.tsx';
import { SigningDialogs, type Signing } from './SigningDialogs.tsx';
import { NewRequestModal } from './NewRequestModal.tsx';

export function DisposalPage() {
  const { t } = useTranslation();
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
  const canRequest = useCan('disposal.request');

  return (
    <EvidenceViewer>
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
    </EvidenceViewer>
  );
}
