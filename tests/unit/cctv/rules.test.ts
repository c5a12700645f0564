import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates/calendar.ts';
import { footageDay, keepsAtLeast, keptDays } from '../../../shared/cctv/footage.ts';
import { confirmationProblem, logDay, overlaps, responseDeadline, type HoldSpan } from '../../../shared/cctv/rules.ts';
import type { FixedRule } from '../../../shared/periods/rule.ts';

const DAYS30: FixedRule = { kind: 'fixed', period: { length: 30, unit: 'day' }, countFirstDay: false };
const MONTH1: FixedRule = { kind: 'fixed', period: { length: 1, unit: 'month' }, countFirstDay: false };

const date = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2000-01-01', n));

describe('footage expiry per recording day (DOMAIN.md, Periods)', () => {
  it('follows the worked examples: 30일 and 1개월 agree mid-month and part at month ends', () => {
    expect(footageDay(DAYS30, '2025-11-01')).toMatchObject({
      retentionEnds: '2025-12-01',
      deletableFrom: '2025-12-02',
      goneBy: '2025-12-06',
    });
    expect(footageDay(MONTH1, '2025-01-31').retentionEnds).toBe('2025-02-28');
    expect(footageDay(MONTH1, '2025-01-30').retentionEnds).toBe('2025-02-28');
    expect(footageDay(MONTH1, '2025-03-31').retentionEnds).toBe('2025-04-30');
    expect(footageDay(DAYS30, '2025-01-31').retentionEnds).toBe('2025-03-02');
    expect(footageDay(DAYS30, '2025-01-30').retentionEnds).toBe('2025-03-01');
  });

  it('30일 keeps every day exactly 30 days; 1개월 keeps 28 to 31', () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(keptDays(DAYS30, d)).toBe(30);
        const month = keptDays(MONTH1, d);
        expect(month).toBeGreaterThanOrEqual(28);
        expect(month).toBeLessThanOrEqual(31);
      }),
    );
  });

  it('a later recording day never expires earlier', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 40 }), (d, n) => {
        for (const rule of [DAYS30, MONTH1])
          expect(footageDay(rule, addDays(d, n)).retentionEnds >= footageDay(rule, d).retentionEnds).toBe(true);
      }),
    );
  });

  it('an operating-room camera is kept at least 30 days: 1개월 cannot serve it, 30일 can', () => {
    expect(keepsAtLeast(DAYS30, 30)).toBe(true);
    expect(keepsAtLeast(MONTH1, 30)).toBe(false);
    fc.assert(
      fc.property(date, (d) => {
        const or = footageDay(MONTH1, d, true);
        expect(or.minimumEnds).toBe(footageDay(DAYS30, d).retentionEnds);
        expect(or.deletableFrom > (or.minimumEnds ?? '')).toBe(true);
      }),
    );
  });
});

describe('the daily retention log', () => {
  const cameras = new Set([1, 2]);
  const base = { operatingRoom: false, cameraIds: cameras, holds: [] as HoldSpan[], confirmation: null };

  it('a day is kept, then due, then missing (red); confirmed after its gone-by date it is late', () => {
    expect(logDay(DAYS30, '2026-10-01', { ...base, today: '2026-10-31' }).status).toBe('kept');
    expect(logDay(DAYS30, '2026-10-01', { ...base, today: '2026-11-01' }).status).toBe('due');
    expect(logDay(DAYS30, '2026-10-01', { ...base, today: '2026-11-06' }).status).toBe('missing');
    expect(
      logDay(DAYS30, '2026-10-01', { ...base, today: '2026-11-06', confirmation: { confirmedOn: '2026-11-05', method: 'overwrite' } })
        .status,
    ).toBe('confirmed');
    expect(
      logDay(DAYS30, '2026-10-01', { ...base, today: '2026-11-09', confirmation: { confirmedOn: '2026-11-06', method: 'manual' } }).status,
    ).toBe('late');
  });

  it('held days leave the due list until released, then fall due within 5 days of the release', () => {
    const hold: HoldSpan = { id: 7, cameraIds: [2], from: '2026-10-01', until: '2026-10-02', releasedOn: null };
    const held = logDay(DAYS30, '2026-10-02', { ...base, holds: [hold], today: '2026-11-20' });
    expect(held).toMatchObject({ status: 'held', holdIds: [7] });
    const otherCamera = logDay(DAYS30, '2026-10-02', { ...base, cameraIds: new Set([5]), holds: [hold], today: '2026-11-20' });
    expect(otherCamera.status).toBe('missing');
    const released = { ...hold, releasedOn: '2026-11-20' };
    expect(logDay(DAYS30, '2026-10-02', { ...base, holds: [released], today: '2026-11-20' })).toMatchObject({
      status: 'due',
      goneBy: '2026-11-25',
    });
    expect(logDay(DAYS30, '2026-10-02', { ...base, holds: [released], today: '2026-11-26' }).status).toBe('missing');
  });

  it('a confirmation dated before the footage could expire is refused, also under the operating-room minimum', () => {
    expect(confirmationProblem(footageDay(DAYS30, '2026-10-01'), '2026-10-31', '2026-11-24')).toMatch(/2026-11-01부터/);
    expect(confirmationProblem(footageDay(DAYS30, '2026-10-01'), '2026-11-01', '2026-11-24')).toBeNull();
    expect(confirmationProblem(footageDay(MONTH1, '2026-01-31', true), '2026-03-01', '2026-11-24')).toMatch(/2026-03-03부터/);
    expect(confirmationProblem(footageDay(DAYS30, '2026-10-01'), '2026-11-25', '2026-11-24')).toMatch(/오늘 이후/);
  });

  it('overlap is symmetric and shares a day exactly when the ranges touch', () => {
    fc.assert(
      fc.property(date, fc.nat(20), date, fc.nat(20), (a, la, b, lb) => {
        const x = { from: a, until: addDays(a, la) };
        const y = { from: b, until: addDays(b, lb) };
        expect(overlaps(x, y)).toBe(overlaps(y, x));
        const shared = Array.from({ length: la + 1 }, (_, i) => addDays(a, i)).some((d) => d >= y.from && d <= y.until);
        expect(overlaps(x, y)).toBe(shared);
      }),
      { numRuns: 200 },
    );
  });
});

describe('10-day response deadline (시행령 제41조④·제42조②)', () => {
  it('does not count the day received', () => {
    expect(responseDeadline('2026-11-20')).toBe('2026-11-30');
    expect(responseDeadline('2026-12-28')).toBe('2027-01-07');
  });
});
