import { Alert, AppShell, Group, NavLink, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Section } from '../sections.tsx';
import { setLocale } from '../i18n.ts';

export function AppLayout({ sections, demo, children }: { sections: readonly Section[]; demo: boolean; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const [location] = useLocation();
  return (
    <AppShell navbar={{ width: 240, breakpoint: 0 }} padding="xl">
      <AppShell.Navbar p="md">
        <Stack gap={2} mb="lg">
          <Title order={4}>{t('app.name')}</Title>
          <Text size="sm" c="dimmed">
            {t('app.subtitle')}
          </Text>
        </Stack>
        <nav aria-label="sections">
          {sections.map((section) => (
            <NavLink
              key={section.path}
              component={Link}
              href={section.path}
              label={t(`nav.${section.label}`)}
              leftSection={<section.icon size={18} />}
              active={location.startsWith(section.path)}
            />
          ))}
        </nav>
        <Group mt="auto" pt="md">
          <SegmentedControl
            size="xs"
            aria-label={t('app.language')}
            value={i18n.language === 'en' ? 'en' : 'ko'}
            onChange={(value) => void setLocale(value === 'en' ? 'en' : 'ko')}
            data={[
              { value: 'ko', label: '한국어' },
              { value: 'en', label: 'English' },
            ]}
          />
        </Group>
      </AppShell.Navbar>
      <AppShell.Main>
        {demo ? (
          <Alert color="yellow" variant="light" mb="md">
            {t('app.demoBanner')}
          </Alert>
        ) : null}
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
