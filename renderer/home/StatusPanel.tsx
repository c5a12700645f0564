import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DashboardView, RunView } from '../../shared/daily/contract.ts';
import { formatDateWithWeekday, formatInstant } from '../../shared/dates/calendar.ts';
import { useLocale } from '../i18n.ts';
import { sayKey } from './say.ts';

function Row({ label, state, to, children }: { label: string; state: 'ok' | 'warn' | 'bad'; to?: string; children: ReactNode }) {
  const color = { ok: 'teal', warn: 'orange', bad: 'red' }[state];
  const body = (
    <Stack gap={2}>
      <Group gap="xs">
        <Badge color={color} variant="dot" size="sm">
          {label}
        </Badge>
      </Group>
      <Text size="sm">{children}</Text>
    </Stack>
  );
  return (
    <div role="listitem" aria-label={label}>
      {to ? (
        <Link href={to} style={{ color: 'inherit', textDecoration: 'none' }}>
          {body}
        </Link>
      ) : (
        body
      )}
    </div>
  );
}

function failures(t: ReturnType<typeof useTranslation>['t'], run: RunView): string {
  return run.notes
    .filter((note) => note.failed)
    .map((note) => sayKey(t, note.message, note.params))
    .join(' ');
}

/** The last daily run and its last failure, the ledger's last verification, the last good backup, the restore drill. */
export function StatusPanel({ view }: { view: DashboardView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const at = (instant: string) => formatInstant(instant, locale);
  const { lastRun, lastFailure, ledger, backup, drill } = view;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('daily.dashboard.status')}>
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={4}>{t('daily.dashboard.status')}</Title>
          <Text size="xs" c="dimmed">
            {t('daily.dashboard.runAt', { time: view.runAt })}
          </Text>
        </Group>
        <Stack gap="md" role="list" aria-label={t('daily.dashboard.status')}>
          <Row label={t('daily.dashboard.lastRun')} state={!lastRun ? 'warn' : lastRun.failed > 0 ? 'bad' : 'ok'}>
            {lastRun
              ? t('daily.dashboard.lastRunValue', {
                  day: formatDateWithWeekday(lastRun.day, locale),
                  found: lastRun.found,
                  did: lastRun.did,
                  failed: lastRun.failed,
                })
              : t('daily.dashboard.noRun', { time: view.runAt })}
          </Row>
          <Row label={t('daily.dashboard.lastFailure')} state={lastFailure ? 'bad' : 'ok'}>
            {lastFailure
              ? `${formatDateWithWeekday(lastFailure.day, locale)} — ${failures(t, lastFailure)}`
              : t('daily.dashboard.noFailure')}
          </Row>
          <Row label={t('daily.dashboard.ledger')} state={!ledger ? 'warn' : ledger.ok ? 'ok' : 'bad'} to="/ledger">
            {!ledger
              ? t('daily.dashboard.ledgerNever')
              : ledger.ok
                ? t('daily.dashboard.ledgerOk', { at: at(ledger.at), entries: ledger.entries })
                : t('daily.dashboard.ledgerFailed', { at: at(ledger.at), detail: ledger.detail })}
          </Row>
          <Row label={t('daily.dashboard.backup')} state={!backup.lastGood ? 'bad' : backup.stale ? 'warn' : 'ok'} to="/backups">
            {backup.lastGood ? t('daily.dashboard.backupValue', { at: at(backup.lastGood.at), age: backup.lastGood.ageDays }) : null}
            {backup.lastGood && backup.stale ? ` ${t('daily.dashboard.backupStale')}` : null}
            {!backup.lastGood ? t(backup.folder ? 'daily.dashboard.backupStale' : 'daily.dashboard.backupNone') : null}
            {backup.folder && !backup.recoveryIssuedAt ? ` ${t('daily.dashboard.noRecovery')}` : null}
          </Row>
          <Row label={t('daily.dashboard.drill')} state={!drill ? 'warn' : drill.ok ? 'ok' : 'bad'}>
            {!drill
              ? t('daily.dashboard.drillNever')
              : drill.ok
                ? t('daily.dashboard.drillOk', { at: at(drill.at) })
                : t('daily.dashboard.drillFailed', { at: at(drill.at), detail: drill.detail })}
          </Row>
        </Stack>
      </Stack>
    </Paper>
  );
}
