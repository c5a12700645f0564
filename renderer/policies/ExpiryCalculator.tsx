import { Checkbox, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyView } from '../../shared/policies/contract.ts';
import { formatDateWithWeekday, isIsoDate } from '../../shared/dates/calendar.ts';
import { describeRule, parsePeriod, periodCode, tryComputeExpiry } from '../../shared/periods/index.ts';
import { DateField } from '../components/DateField.tsx';
import { useLocale } from '../i18n.ts';

/**
 * The same arithmetic as every due date in the app, for a date staff choose: "if this was
 * recorded on 2026-01-31, until when may we keep it?"
 */
export function ExpiryCalculator({ policies, today }: { policies: readonly PolicyView[]; today: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [from, setFrom] = useState<string | null>(today);
  const [period, setPeriod] = useState(() => t('policies.calculatorDefaultPeriod'));
  const [countFirstDay, setCountFirstDay] = useState(false);

  const fixedPolicies = policies.filter((policy) => policy.rule.kind === 'fixed');
  const parsed = parsePeriod(period);
  const result = from && isIsoDate(from) && parsed.ok ? tryComputeExpiry({ from, period: parsed.period, countFirstDay }) : null;

  const row = (label: string, value: string) => (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} data-testid={label}>
        {formatDateWithWeekday(value, locale)}
      </Text>
    </Stack>
  );

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t('policies.calculator')}</Title>
        <Text size="sm" c="dimmed">
          {t('policies.calculatorLead')}
        </Text>
        <Group align="flex-start">
          <DateField label={t('policies.from')} value={from} onChange={setFrom} w={170} />
          <TextInput
            label={t('policies.period')}
            value={period}
            onChange={(event) => setPeriod(event.currentTarget.value)}
            error={parsed.ok ? undefined : parsed.message}
            w={200}
          />
          {fixedPolicies.length > 0 ? (
            <Select
              label={t('policies.usePolicy')}
              w={240}
              clearable
              data={fixedPolicies.map((policy) => ({
                value: String(policy.id),
                label: `${policy.name} (${describeRule(policy.rule, locale)})`,
              }))}
              onChange={(id) => {
                const policy = fixedPolicies.find((p) => String(p.id) === id);
                if (policy?.rule.kind !== 'fixed') return;
                setPeriod(periodCode(policy.rule.period));
                setCountFirstDay(policy.rule.countFirstDay);
              }}
            />
          ) : null}
          <Checkbox
            mt={32}
            label={t('policies.countFirstDay')}
            checked={countFirstDay}
            onChange={(e) => setCountFirstDay(e.currentTarget.checked)}
          />
        </Group>
        {result && !result.ok ? <Text c="red">{result.message}</Text> : null}
        {result?.ok ? (
          <SimpleGrid cols={3}>
            {row(t('policies.retentionEnds'), result.expiry.retentionEnds)}
            {row(t('policies.destroyFrom'), result.expiry.destroyFrom)}
            {row(t('policies.destroyBy'), result.expiry.destroyBy)}
          </SimpleGrid>
        ) : null}
      </Stack>
    </Paper>
  );
}
