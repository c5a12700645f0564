import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { AddressTabs } from '../components/AddressTabs.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { HoldsTab } from './HoldsTab.tsx';
import { LogTab } from './LogTab.tsx';
import { PolicyTab } from './PolicyTab.tsx';
import { RecordersTab } from './RecordersTab.tsx';
import { RequestsTab } from './RequestsTab.tsx';

const TABS = ['recorders', 'log', 'holds', 'requests', 'policy'] as const;
type Tab = (typeof TABS)[number];

/** The CCTV section: its tab lives in the address (/cctv?tab=log), so 오늘 할 일 lands on the right one. */
export function CctvPage() {
  const { t } = useTranslation();
  const requested = new URLSearchParams(useSearch()).get('tab');
  const tab: Tab = TABS.find((x) => x === requested) ?? 'recorders';
  return (
    <Stack>
      <PageHeader title={t('cctv.title')} description={t('cctv.description')} />
      <AddressTabs
        path="/cctv"
        value={tab}
        label={(name) => t(`cctv.tabs.${name}`)}
        panels={{
          recorders: <RecordersTab />,
          log: <LogTab />,
          holds: <HoldsTab />,
          requests: <RequestsTab />,
          policy: <PolicyTab />,
        }}
      />
    </Stack>
  );
}
