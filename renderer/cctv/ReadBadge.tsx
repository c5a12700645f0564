import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OnvifReadView } from '../../shared/cctv/contract.ts';
import { formatInstant } from '../../shared/dates/calendar.ts';
import { useLocale } from '../i18n.ts';

const COLOR = { compliant: 'teal', flagged: 'red', manual: 'orange' } as const;

/** What the recorder's last ONVIF answer proved: compliant, flagged at once, or 수동 확인 필요. */
export function ReadBadge({ read }: { read: OnvifReadView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const reason = t(`cctv.onvif.reasons.${read.reason as 'ok'}`);
  const text =
    read.outcome === 'manual'
      ? t('cctv.onvif.manual', { reason })
      : t(`cctv.onvif.${read.outcome}`, { oldest: read.oldestDay ?? '', allowed: read.oldestAllowed });
  return (
    <Stack gap={2} maw={260}>
      <Badge color={COLOR[read.outcome]} variant={read.outcome === 'compliant' ? 'light' : 'filled'}>
        {t(`cctv.onvif.short.${read.outcome}`)}
      </Badge>
      <Text size="xs" c={read.outcome === 'flagged' ? 'red' : undefined}>
        {text}
      </Text>
      <Text size="xs" c="dimmed">
        {t('cctv.onvif.lastRead')} {formatInstant(read.at, locale)}
      </Text>
    </Stack>
  );
}
