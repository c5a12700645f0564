import { sql } from 'kysely';
import type { Phrase } from '../../shared/contract/phrase.ts';
import { accessLogMessages } from '../../shared/accessLog/messages.ts';
import type { Db } from '../../db/connection.ts';
import type { DomainParts, TargetKind } from '../domain.ts';

/** `개인정보파일 ‘예약 신청서 묶음’`: the kind's words and the thing's own name. */
export function named(kind: Phrase, name: string): Phrase {
  return { ko: `${kind.ko} ‘${name}’`, en: `${kind.en} ‘${name}’` };
}

/** A phrase with its `{{name}}` placeholders filled, in both languages (a phrase parameter in its own). */
export function fill(phrase: Phrase, params: Readonly<Record<string, string | number | Phrase>>): Phrase {
  const put = (text: string, locale: keyof Phrase) =>
    text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
      const value = params[key];
      if (value === undefined) return whole;
      return typeof value === 'object' ? value[locale] : String(value);
    });
  return { ko: put(phrase.ko, 'ko'), en: put(phrase.en, 'en') };
}

/** Numeric ids among the strings of the log (anything else refers to nothing of a numbered table). */
export function numericIds(ids: readonly string[]): number[] {
  return ids.filter((id) => /^\d{1,15}$/.test(id)).map(Number);
}

/** A LIKE pattern for the text, its wildcards taken literally. */
export function containing(text: string) {
  return sql<string>`${`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} ESCAPE '\\'`;
}

type NamedTable = 'pi_files' | 'retention_policies' | 'cctv_recorders' | 'processors';

/** A target kind whose ids are rows of a table with a `name`: described and searched by that name. */
export function namedRows(kind: Phrase, table: NamedTable): TargetKind {
  return {
    describe: async (db, ids) => {
      const rows = await db.selectFrom(table).select(['id', 'name']).where('id', 'in', numericIds(ids)).execute();
      return new Map(rows.map((row) => [String(row.id), named(kind, row.name)]));
    },
    find: async (db, text) => {
      const rows = await db.selectFrom(table).select('id').where('name', 'like', containing(text)).limit(LIMIT).execute();
      return rows.map((row) => String(row.id));
    },
  };
}

/** At most this many things per kind are searched for (a word common to every file name finds enough). */
const LIMIT = 500;

export interface DescribedTargets {
  /** What a person reads for each distinct target, in the log's order. */
  targets: Phrase[];
  /** For a failed sign-in (no account), the login that was typed. */
  attemptedLogin: string | null;
}

/** Splits `kind:id` (the id may itself contain colons: `ledger:12:<hash>`). */
function split(target: string): { kind: string; id: string } {
  const at = target.indexOf(':');
  return at < 0 ? { kind: target, id: '' } : { kind: target.slice(0, at), id: target.slice(at + 1) };
}

/** Targets named per entry; the rest are counted ("외 2,990개"). The log keeps every id. */
const SHOWN = 10;

/** A target no domain describes (or whose thing is gone): shown as it is written. */
const raw = (target: string): Phrase => ({ ko: target, en: target });

/**
 * Reads the targets of access-log rows as a person reviewing the log does: every distinct target
 * once, each in words its domain gives (one query per kind for all the rows together). The typed
 * login of a sign-in is the account column's business, not a target.
 */
export async function describeTargets(
  db: Db,
  domains: DomainParts,
  rows: ReadonlyArray<{ targets: readonly string[]; userId: number | null }>,
): Promise<DescribedTargets[]> {
  const kinds = targetKinds(domains);
  const idsByKind = new Map<string, Set<string>>();
  for (const row of rows) {
    for (const target of row.targets) {
      const { kind, id } = split(target);
      if (!idsByKind.has(kind)) idsByKind.set(kind, new Set());
      idsByKind.get(kind)?.add(id);
    }
  }
  const words = new Map<string, Phrase>();
  for (const [kind, ids] of idsByKind) {
    const described = await kinds.get(kind)?.describe(db, [...ids]);
    for (const [id, phrase] of described ?? []) words.set(`${kind}:${id}`, phrase);
  }
  return rows.map((row) => {
    const distinct = [...new Set(row.targets)];
    const login = distinct.find((target) => target.startsWith('login:'));
    const described = distinct.filter((target) => !target.startsWith('login:')).map((target) => words.get(target) ?? raw(target));
    // A request and the ledger entry it became read the same ("관리대장 2026-0004"): said once.
    const once = described.filter((phrase, index) => described.findIndex((other) => other.ko === phrase.ko) === index);
    return {
      // An import of 3,000 files names them all in the log; a person reads the first few and how many.
      targets:
        once.length > SHOWN
          ? [...once.slice(0, SHOWN), fill(accessLogMessages.moreTargets, { count: (once.length - SHOWN).toLocaleString('ko-KR') })]
          : once,
      attemptedLogin: row.userId === null && login ? login.slice('login:'.length) : null,
    };
  });
}

/** The `kind:id` targets whose words contain the text, across every domain that can search its own. */
export async function findTargets(db: Db, domains: DomainParts, text: string): Promise<string[]> {
  const found: string[] = [];
  for (const [kind, target] of targetKinds(domains)) {
    for (const id of (await target.find?.(db, text)) ?? []) found.push(`${kind}:${id}`);
  }
  return found;
}

function targetKinds(domains: DomainParts): Map<string, TargetKind> {
  const kinds = new Map<string, TargetKind>();
  for (const domain of domains()) {
    for (const [kind, target] of Object.entries(domain.targets ?? {})) {
      if (kinds.has(kind)) throw new Error(`target kind ${kind} is described by two domains`);
      kinds.set(kind, target);
    }
  }
  return kinds;
}
