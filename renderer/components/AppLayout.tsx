import {
  Alert,
  AppShell,
  Avatar,
  Badge,
  Group,
  Menu,
  Modal,
  NavLink,
  SegmentedControl,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconChevronDown, IconKey, IconLogout } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useApiMutation } from '../api/hooks.ts';
import { setLocale, useLocale } from '../i18n.ts';
import { ChangePasswordForm } from '../accounts/ChangePasswordForm.tsx';
import type { Section } from '../domain.ts';
import { SectionsProvider } from './SectionsContext.tsx';
import { useSession, useSetSession } from '../session/SessionContext.tsx';
import { sectionCounts } from '../../shared/home/today.ts';
import { SEVERITY_COLORS, useToday } from '../home/HomePage.tsx';

function MenuCount({ count }: { count: ReturnType<typeof sectionCounts> extends Map<string, infer V> ? V | undefined : never }) {
  const { t } = useTranslation();
  if (!count) return null;
  return (
    <Badge
      size="sm"
      circle={count.count < 10}
      color={SEVERITY_COLORS[count.severity]}
      aria-label={t('home.menuCount', { count: count.count })}
    >
      {count.count > 999 ? '999+' : count.count.toLocaleString('ko-KR')}
    </Badge>
  );
}

export function AppLayout({ sections, demo, children }: { sections: readonly Section[]; demo: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [location, navigate] = useLocation();
  const session = useSession();
  const setSession = useSetSession();
  const signOut = useApiMutation('auth.signOut');
  const [changingPassword, setChangingPassword] = useState(false);
  const user = session.user;
  // The menu's counts are 오늘 할 일's items by section (asked again after every change, renderer/main.tsx).
  const today = useToday();
  const counts = useMemo(() => sectionCounts(today.data ?? []), [today.data]);

  return (
    <AppShell navbar={{ width: 248, breakpoint: 0 }} header={{ height: 56 }} padding="xl">
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between">
          <Group gap="sm">
            <Title order={4}>{session.clinicName ?? t('app.name')}</Title>
            <Text size="sm" c="dimmed">
              {t('app.name')} · {t('app.subtitle')}
            </Text>
          </Group>
          {user ? (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <UnstyledButton aria-label={t('common.actions')}>
                  <Group gap="xs">
                    <Avatar size="sm" color="teal" radius="xl">
                      {user.name.slice(0, 1)}
                    </Avatar>
                    <Stack gap={0}>
                      <Text size="sm" fw={600}>
                        {user.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`accounts.roles.${user.role}`)}
                      </Text>
                    </Stack>
                    <IconChevronDown size={14} />
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconKey size={16} />} onClick={() => setChangingPassword(true)}>
                  {t('accounts.auth.changePassword')}
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconLogout size={16} />}
                  onClick={() =>
                    signOut.mutate(
                      {},
                      {
                        onSuccess: (next) => {
                          // Signed out first (the pages unmount without asking again), then the next person
                          // starts at their own first section, not where this one left off.
                          setSession(next);
                          navigate('/?', { replace: true });
                        },
                      },
                    )
                  }
                >
                  {t('accounts.auth.signOut')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          ) : null}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="md">
        <nav aria-label="sections">
          {sections.map((section) => (
            <NavLink
              key={section.path}
              component={Link}
              href={section.path}
              label={t(section.label)}
              leftSection={<section.icon size={18} />}
              rightSection={<MenuCount count={counts.get(section.path)} />}
              active={location.startsWith(section.path)}
            />
          ))}
        </nav>
        <Group mt="auto" pt="md">
          <SegmentedControl
            size="xs"
            aria-label={t('app.language')}
            value={locale}
            onChange={(value) => void setLocale(value === 'en' ? 'en' : 'ko')}
            data={[
              { value: 'ko', label: t('app.languageKo') },
              { value: 'en', label: t('app.languageEn') },
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
        <SectionsProvider sections={sections}>{children}</SectionsProvider>
      </AppShell.Main>
      <Modal opened={changingPassword} onClose={() => setChangingPassword(false)} title={t('accounts.auth.changePassword')} centered>
        <ChangePasswordForm onDone={() => setChangingPassword(false)} onCancel={() => setChangingPassword(false)} />
      </Modal>
    </AppShell>
  );
}
