import { z } from 'zod';
import { isIsoDate } from '../dates/calendar.ts';

/** A calendar date typed by staff: `YYYY-MM-DD`, and a real date (no 2025-02-29). */
export const isoDate = z.string().refine(isIsoDate, { error: '날짜를 YYYY-MM-DD 형식의 실제 날짜로 입력해 주세요.' });
