import { describe, expect, it } from 'vitest';
import { cli } from '../../support/cli.ts';

describe('cli expiry', () => {
  it.each([
    // DOMAIN.md's worked examples.
    [['--from', '2025-11-01', '--keep', '30d'], { retentionEnds: '2025-12-01', destroyFrom: '2025-12-02', destroyBy: '2025-12-06' }],
    [
      ['--from', '2025-11-01', '--keep', '30d', '--count-first-day'],
      { retentionEnds: '2025-11-30', destroyFrom: '2025-12-01', destroyBy: '2025-12-05' },
    ],
    [['--from', '2025-01-31', '--keep', '1개월'], { retentionEnds: '2025-02-28' }],
    [['--from', '2025-01-30', '--keep', '1m'], { retentionEnds: '2025-02-28' }],
    [['--from', '2025-03-31', '--keep', '1m'], { retentionEnds: '2025-04-30' }],
    [['--from', '2020-02-29', '--keep', '1년'], { retentionEnds: '2021-02-28' }],
  ])('%j', async (args, expected) => {
    const run = await cli(['expiry', ...args]);
    expect(run.code).toBe(0);
    const output = run.json<Record<string, string>>();
    expect(Object.keys(output)).toEqual(['from', 'keep', 'retentionEnds', 'destroyFrom', 'destroyBy']);
    expect(output).toMatchObject({ from: args[1], ...expected });
  });

  it('prints the period as a code', async () => {
    expect((await cli(['expiry', '--from', '2026-11-24', '--keep', '10년'])).json()).toMatchObject({ keep: '10y' });
  });

  it.each([
    [['--from', '2025-02-29', '--keep', '30d'], '실제 날짜가 아닙니다'],
    [['--from', '2025/01/01', '--keep', '30d'], '실제 날짜가 아닙니다'],
    [['--from', '2025-01-01', '--keep', '3q'], '알 수 없는 단위'],
    [['--from', '2025-01-01', '--keep', '0d'], '1 이상'],
    [['--from', '2025-01-01', '--keep', '-5d'], '--keep'],
    [['--from', '2025-01-01'], '--keep 값을 지정해 주세요'],
  ])('%j exits 2 with a clear message', async (args, message) => {
    const run = await cli(['expiry', ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  });
});
