import { defineDomain } from '../contract/domain.ts';
import { z } from 'zod';
import { ROLES, method } from '../contract/method.ts';
import { homeMessages } from './messages.ts';
import type { TodayItem } from './today.ts';

export const homeApi = {
  /**
   * What is waiting for the caller, from every domain. Not logged: it gives counts and the names
   * of files, never a data subject's data, and it is asked at every visit to the menu; the
   * sections it leads to log their own reads.
   */
  'home.today': method<TodayItem[]>()({
    label: { ko: '오늘 할 일 조회', en: 'Read today’s tasks' },
    input: z.strictObject({}),
    roles: ROLES,
    log: 'none',
  }),
};

export const homeDomain = defineDomain({ name: 'home', methods: homeApi, messages: homeMessages });
