import { Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How far long work in the main process has come, from its progress events (bridge.on). */
export function useTaskProgress(task: string, running: boolean): { done: number; total: number } | null {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    if (!running) return undefined;
    const stop = window.bridge.on((event) => {
      if (event.type === 'progress' && event.task === task) setProgress({ done: event.done, total: event.total });
    });
    return () => {
      stop();
      setProgress(null);
    };
  }, [task, running]);
  return running ? progress : null;
}

export function TaskProgress({ task, running }: { task: string; running: boolean }) {
  const { t } = useTranslation();
  const progress = useTaskProgress(task, running);
  if (!running || !progress || progress.total === 0) return null;
  const percent = Math.min(100, Math.round((progress.done / progress.total) * 100));
  return (
    <Stack gap={4} role="progressbar" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100}>
      <Progress value={percent} animated />
      <Text size="xs" c="dimmed">
        {t('common.progress', { done: progress.done.toLocaleString('ko-KR'), total: progress.total.toLocaleString('ko-KR') })}
      </Text>
    </Stack>
  );
}
