import { z } from 'zod';
import { dateProblem } from '../dates/calendar.ts';

/**
 * A calendar date typed by staff: `YYYY-MM-DD`, and a real date (no 2025-02-29). The message says
 * what is wrong with it (the same sentence the date field shows under itself).
 */
export const isoDate = z.string().superRefine((value, ctx) => {
  const problem = value.trim() === '' ? '날짜를 입력해 주세요(YYYY-MM-DD).' : dateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
