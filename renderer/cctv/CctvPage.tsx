import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
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
  const [, navigate] = useLocation();
  return (
    <Stack>
      <PageHeader title={t('cctv.title')} description={t('cctv.description')} />
      <Tabs value={tab} onChange={(value) => navigate(`/cctv?tab=${value ?? 'recorders'}`)} keepMounted={false}>
        <Tabs.List>
          {TABS.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`cctv.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="recorders" pt="md">
          <RecordersTab />
        </Tabs.Panel>
        <Tabs.Panel value="log" pt="md">
          <LogTab />
        </Tabs.Panel>
        <Tabs.Panel value="holds" pt="md">
          <HoldsTab />
        </Tabs.Panel>
        <Tabs.Panel value="requests" pt="md">
          <RequestsTab />
        </Tabs.Panel>
        <Tabs.Panel value="policy" pt="md">
          <PolicyTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
