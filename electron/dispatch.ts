import { seoulDate } from '../shared/dates/calendar.ts';
import {
  AppError,
  VALIDATION_MESSAGE,
  fieldErrors,
  type ApiErrorBody,
  type MethodDef,
  type Result,
} from '../shared/api/contract.ts';
import { api } from '../shared/api/index.ts';
import type { Db } from '../db/connection.ts';
import type { AppContext } from './context.ts';
import { handlers } from './services/index.ts';
import type { CallContext, Handler } from './services/types.ts';
import type { Session } from './session.ts';

export type Dispatch = (app: AppContext, session: Session, method: string, payload: unknown) => Promise<Result<unknown>>;

const MESSAGES = {
  unknownMethod: '알 수 없는 요청입니다. 프로그램을 다시 시작해 주세요.',
  unauthenticated: '로그인이 필요합니다. 다시 로그인해 주세요.',
  forbidden: '이 작업을 할 권한이 없습니다. 보호책임자에게 권한을 요청해 주세요.',
  databaseUnavailable: '데이터베이스를 열 수 없어 작업을 할 수 없습니다. 프로그램을 다시 시작해 주세요.',
  internal: '처리 중 예상하지 못한 오류가 발생했습니다. 변경된 내용은 없습니다. 다시 시도하고, 반복되면 담당자에게 알려 주세요.',
} as const;

function failure(code: ApiErrorBody['code'], message: string, extra: Partial<ApiErrorBody> = {}): Result<never> {
  return { ok: false, error: { code, message, ...extra } };
}

const noDatabase = new Proxy({} as Db, {
  get() {
    throw new Error('this method is declared with transaction: false and cannot use the database');
  },
});

/**
 * Builds the one entry point from the renderer (and the CLI, and tests) into the services:
 * method lookup → role check → schema validation → handler in one transaction → result.
 * Nothing internal (stack, SQL) reaches the caller; every message is Korean.
 */
export function createDispatcher(
  contract: Record<string, MethodDef>,
  implementations: Record<string, Handler<MethodDef>>,
  options: { onInternalError?: (method: string, error: unknown) => void } = {},
): Dispatch {
  const reportInternal =
    options.onInternalError ??
    ((method: string, error: unknown) => {
      console.error(`[dispatch] ${method} failed`, error);
    });

  return async (app, session, method, payload) => {
    const def = Object.hasOwn(contract, method) ? contract[method] : undefined;
    const handler = Object.hasOwn(implementations, method) ? implementations[method] : undefined;
    if (!def || !handler) return failure('NOT_FOUND', MESSAGES.unknownMethod);

    if (def.roles !== 'public') {
      if (!session.user) return failure('UNAUTHENTICATED', MESSAGES.unauthenticated);
      if (!def.roles.includes(session.user.role)) return failure('FORBIDDEN', MESSAGES.forbidden);
    }

    const parsed = def.input.safeParse(payload ?? {});
    if (!parsed.success) {
      return failure('VALIDATION', VALIDATION_MESSAGE, { fields: fieldErrors(parsed.error) });
    }

    const now = app.clock.now();
    const afterCommit: Array<() => void> = [];
    const call = (db: Db): CallContext => ({
      db,
      app,
      now,
      today: seoulDate(now),
      target: () => {},
      afterCommit: (task) => afterCommit.push(task),
    });

    try {
      let value: unknown;
      if (!def.transaction) {
        value = await handler(call(noDatabase), parsed.data);
      } else {
        const state = app.state();
        if (!state.ok) return failure('INTERNAL', MESSAGES.databaseUnavailable);
        value = await state.database.db.transaction().execute((trx) => Promise.resolve(handler(call(trx), parsed.data)));
      }
      for (const task of afterCommit) task();
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toBody() };
      reportInternal(method, error);
      return failure('INTERNAL', MESSAGES.internal);
    }
  };
}

export const dispatch: Dispatch = createDispatcher(
  api,
  handlers as unknown as Record<string, Handler<MethodDef>>,
);
