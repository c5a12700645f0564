import { z } from 'zod';
import { isIsoDate } from '../dates/calendar.ts';

/**
 * The years a date typed by staff may fall in. Nothing a clinic keeps was made before 1900 or must
 * be kept past 2999, and a year outside them is a slip of the keyboard (20266, 0202) — refused at
 * the door, where it would otherwise overflow the calendar arithmetic of a filter or a due date.
 */
export const DATE_YEARS = { first: 1900, last: 2999 } as const;

/** A calendar date typed by staff: `YYYY-MM-DD`, a real date (no 2025-02-29), in DATE_YEARS. */
export const isoDate = z.string().superRefine((text, ctx) => {
  const year = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Number(text.slice(0, 4)) : null;
  if (year !== null && (year < DATE_YEARS.first || year > DATE_YEARS.last)) {
    ctx.addIssue({ code: 'custom', message: `날짜는 ${DATE_YEARS.first}년부터 ${DATE_YEARS.last}년 사이로 입력해 주세요.` });
  } else if (!isIsoDate(text)) {
    ctx.addIssue({ code: 'custom', message: '날짜를 YYYY-MM-DD 형식의 실제 날짜로 입력해 주세요.' });
  }
});
