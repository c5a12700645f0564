import { describe, expect, it } from 'vitest';
import { isChildAt, parseReservedAt, reservationDue, dueState, DEFAULT_RESERVATION_RULE } from '../../../shared/reservations/records.ts';

// The date forms booking systems export, the under-14 flag, and each record's due date.

describe('a reservation time as exports write it', () => {
  it.each([
    ['2026-11-03 14:00', '2026-11-03', '14:00'],
    ['2026-11-03 (화) 오후 2:00:00', '2026-11-03', '14:00'],
    ['26. 11. 3.(화) 오후 2:00~3:00', '2026-11-03', '14:00'],
    ['2026-11-03 (화) 오전 12:30:00', '2026-11-03', '00:30'],
    ['2026-11-03 (화) 오후 12:00:00', '2026-11-03', '12:00'],
    ['2026.11.03 09:05', '2026-11-03', '09:05'],
    ['2026-11-03', '2026-11-03', null],
    ['20261103', '2026-11-03', null],
  ])('%s → %s %s', (text, date, time) => {
    expect(parseReservedAt(text)).toEqual({ ok: true, value: { date, time } });
  });

  it.each([
    ['2026-02-30 10:00', '없는 날짜'],
    ['2026-11-03 25:00', '시간이 올바르지 않습니다'],
    ['2026-11-03 오후 13:00', '1~12시'],
    ['다음 주 화요일', '읽을 수 없습니다'],
  ])('refuses %s in Korean', (text, words) => {
    expect(parseReservedAt(text)).toEqual({ ok: false, message: expect.stringContaining(words) });
  });
});

describe('a child under 14 at the reservation date', () => {
  it('counts full years, the birthday itself included', () => {
    expect(isChildAt('2012-11-03', '2026-11-02')).toBe(true);
    expect(isChildAt('2012-11-03', '2026-11-03')).toBe(false);
    expect(isChildAt('1990-01-01', '2026-11-03')).toBe(false);
    expect(isChildAt(null, '2026-11-03')).toBe(false);
  });
});

describe('the due date of a record', () => {
  const base = { reservedOn: '2026-11-03', cancelledOn: null, status: 'completed' as const, requestedOn: null };

  it('by default the work ends on the reservation date: due the next day, within 5 days', () => {
    expect(reservationDue(DEFAULT_RESERVATION_RULE, 0, base)).toEqual({
      workEnds: '2026-11-03',
      dueOn: '2026-11-04',
      destroyBy: '2026-11-08',
    });
  });

  it('a cancelled booking ends on its cancellation date', () => {
    const due = reservationDue(DEFAULT_RESERVATION_RULE, 0, { ...base, status: 'cancelled', cancelledOn: '2026-10-20' });
    expect(due).toEqual({ workEnds: '2026-10-20', dueOn: '2026-10-21', destroyBy: '2026-10-25' });
  });

  it('grace days and a policy period move it later; a deletion request makes it due that day', () => {
    expect(reservationDue(DEFAULT_RESERVATION_RULE, 3, base).dueOn).toBe('2026-11-07');
    const month = { kind: 'event' as const, event: 'reservation_end' as const, grace: { length: 1, unit: 'month' as const } };
    expect(reservationDue(month, 0, base)).toMatchObject({ dueOn: '2026-12-04', destroyBy: '2026-12-08' });
    expect(reservationDue(month, 0, { ...base, requestedOn: '2026-11-10' })).toMatchObject({
      dueOn: '2026-11-10',
      destroyBy: '2026-11-15',
    });
  });

  it('is held before, due within the five days, overdue after', () => {
    const due = { dueOn: '2026-11-04', destroyBy: '2026-11-08' };
    expect(dueState(due, '2026-11-03')).toBe('held');
    expect(dueState(due, '2026-11-08')).toBe('due');
    expect(dueState(due, '2026-11-09')).toBe('overdue');
  });
});
