import { TRANSFER_GROUND_LABELS, type TransferGround } from './clauses.ts';
import { countryName } from './countries.ts';
import { destinationCountries } from './rules.ts';

/**
 * The privacy policy's sections "개인정보 처리업무의 위탁" and "개인정보의 국외 이전", generated from
 * the inventory (법 제26조②, 제28조의8②, 시행령 제31조①): ready-to-paste text and an HTML table,
 * and what changed in the inventory since the version marked published.
 */

export interface PolicyRow {
  id: number;
  name: string;
  parentId: number | null;
  parentName: string | null;
  depth: number;
  work: string;
  retention: string;
  /** The five facts and the ground, when data leaves Korea. */
  overseas: {
    countries: string[];
    items: string;
    whenHow: string;
    contact: string;
    purpose: string;
    retention: string;
    refusal: string;
    ground: TransferGround | null;
    groundNote: string;
  } | null;
}

/** What a processor of the inventory gives the policy (the fields of ProcessorView it reads). */
export interface PolicySource {
  id: number;
  name: string;
  parentId: number | null;
  depth: number;
  work: string;
  retentionText: string;
  country: string;
  storageCountries: readonly string[];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  isOverseas: boolean;
  overseas: {
    items: string;
    whenHow: string;
    purpose: string;
    retention: string;
    refusal: string;
    ground: TransferGround | null;
    groundNote: string;
  } | null;
}

/** The rows of the policy, in tree order (the sources come in it), from the processors in force. */
export function policyRows(sources: readonly PolicySource[]): PolicyRow[] {
  const names = new Map(sources.map((source) => [source.id, source.name]));
  return sources.map((source) => ({
    id: source.id,
    name: source.name,
    parentId: source.parentId,
    parentName: source.parentId === null ? null : (names.get(source.parentId) ?? null),
    depth: source.depth,
    work: source.work,
    retention: source.retentionText,
    overseas: source.isOverseas
      ? {
          countries: destinationCountries(source.country, source.storageCountries),
          items: source.overseas?.items ?? '',
          whenHow: source.overseas?.whenHow ?? '',
          contact: [source.contactName, source.contactEmail, source.contactPhone].filter((part) => part !== '').join(', '),
          purpose: source.overseas?.purpose ?? '',
          retention: source.overseas?.retention ?? '',
          refusal: source.overseas?.refusal ?? '',
          ground: source.overseas?.ground ?? null,
          groundNote: source.overseas?.groundNote ?? '',
        }
      : null,
  }));
}

/** The Korean names of the policy's columns (what a refusal names, and the diff says changed). */
export const POLICY_FIELD_LABELS = {
  name: '수탁자',
  parent: '위탁한 수탁자',
  work: '위탁업무 내용',
  retention: '보유·이용 기간',
  countries: '이전되는 국가',
  items: '이전되는 개인정보 항목',
  whenHow: '이전 일시 및 방법',
  contact: '이전받는 자의 연락처',
  purpose: '이전받는 자의 이용 목적',
  overseasRetention: '이전받는 자의 보유·이용 기간',
  refusal: '거부 방법·절차·효과',
  ground: '이전 근거',
} as const;

export interface PolicyProblem {
  processorId: number;
  processor: string;
  field: string;
}

/** Every mandatory fact that is empty, by processor and field. */
export function policyProblems(rows: readonly PolicyRow[]): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  for (const row of rows) {
    const missing = (field: keyof typeof POLICY_FIELD_LABELS) =>
      problems.push({ processorId: row.id, processor: row.name, field: POLICY_FIELD_LABELS[field] });
    if (row.work.trim() === '') missing('work');
    const o = row.overseas;
    if (!o) continue;
    if (o.countries.length === 0) missing('countries');
    if (o.items.trim() === '') missing('items');
    if (o.whenHow.trim() === '') missing('whenHow');
    if (o.contact.trim() === '') missing('contact');
    if (o.purpose.trim() === '') missing('purpose');
    if (o.retention.trim() === '') missing('overseasRetention');
    if (o.refusal.trim() === '') missing('refusal');
    if (o.ground === null) missing('ground');
  }
  return problems;
}

export function problemText(problem: PolicyProblem): string {
  return `${problem.processor}: ‘${problem.field}’이(가) 비어 있습니다.`;
}

/**
 * The subject particle a Korean name takes: 은 after a final consonant (통인한의원은), 는 after a
 * vowel (케어스퀘어는); a name that does not end in Hangul keeps both (PREDAQ은(는)).
 */
export function withTopic(name: string): string {
  const last = name.trim().codePointAt(name.trim().length - 1) ?? 0;
  if (last < 0xac00 || last > 0xd7a3) return `${name}은(는)`;
  return `${name}${(last - 0xac00) % 28 === 0 ? '는' : '은'}`;
}

const TITLE_ENTRUST = '개인정보 처리업무의 위탁';
const TITLE_OVERSEAS = '개인정보의 국외 이전';

function groundText(o: NonNullable<PolicyRow['overseas']>): string {
  const label = o.ground ? TRANSFER_GROUND_LABELS[o.ground] : '';
  return o.groundNote ? `${label} — ${o.groundNote}` : label;
}

function countriesText(o: NonNullable<PolicyRow['overseas']>): string {
  return o.countries.map((code) => countryName(code, 'ko')).join(', ');
}

/** The two sections as plain text to paste into the website's policy. */
export function policyText(clinicName: string, rows: readonly PolicyRow[]): string {
  const who = withTopic(clinicName || '병원');
  const lines: string[] = [];
  lines.push(`■ ${TITLE_ENTRUST}`);
  lines.push(`① ${who} 원활한 개인정보 업무처리를 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.`);
  for (const row of rows) {
    const indent = '  '.repeat(row.depth + 1);
    const label = row.depth === 0 ? '수탁자' : `재수탁자(${row.parentName ?? ''}로부터 재위탁)`;
    lines.push(`${indent}- ${label}: ${row.name} / 위탁업무 내용: ${row.work} / 보유·이용 기간: ${row.retention}`);
  }
  lines.push(
    `② ${who} 위탁계약 체결 시 「개인정보 보호법」 제26조에 따라 위탁업무 수행 목적 외 개인정보 처리 금지, 기술적·관리적 보호조치, 재위탁 제한, 수탁자에 대한 관리·감독, 손해배상 등 책임에 관한 사항을 계약서 등 문서에 명시하고, 수탁자가 개인정보를 안전하게 처리하는지를 감독하고 있습니다.`,
  );
  lines.push('③ 위탁업무의 내용이나 수탁자가 변경될 경우에는 지체 없이 본 개인정보 처리방침을 통하여 공개하겠습니다.');
  lines.push('');
  lines.push(`■ ${TITLE_OVERSEAS}`);
  const abroad = rows.filter((row) => row.overseas !== null);
  if (abroad.length === 0) {
    lines.push(`${who} 개인정보를 국외로 이전하지 않습니다.`);
  } else {
    lines.push(`${who} 다음과 같이 개인정보를 국외로 이전하고 있습니다(「개인정보 보호법」 제28조의8).`);
    abroad.forEach((row, index) => {
      const o = row.overseas;
      if (!o) return;
      lines.push(`${index + 1}. ${row.name}${row.parentName ? ` (${row.parentName}의 재수탁자)` : ''}`);
      lines.push(`  - 이전받는 자(연락처): ${row.name} (${o.contact})`);
      lines.push(`  - 이전되는 국가: ${countriesText(o)}`);
      lines.push(`  - 이전 일시 및 방법: ${o.whenHow}`);
      lines.push(`  - 이전되는 개인정보 항목: ${o.items}`);
      lines.push(`  - 이전받는 자의 이용 목적: ${o.purpose}`);
      lines.push(`  - 이전받는 자의 보유·이용 기간: ${o.retention}`);
      lines.push(`  - 이전을 거부하는 방법·절차 및 거부의 효과: ${o.refusal}`);
      lines.push(`  - 이전 근거: ${groundText(o)}`);
    });
  }
  return `${lines.join('\n')}\n`;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** The same two sections as HTML tables, for a website editor's HTML view. */
export function policyHtml(clinicName: string, rows: readonly PolicyRow[]): string {
  const e = escapeHtml;
  const who = e(withTopic(clinicName || '병원'));
  const out: string[] = [];
  out.push(`<h3>${TITLE_ENTRUST}</h3>`);
  out.push(`<p>${who} 원활한 개인정보 업무처리를 위하여 다음과 같이 개인정보 처리업무를 위탁하고 있습니다.</p>`);
  out.push('<table border="1" cellpadding="4" style="border-collapse:collapse">');
  out.push('<thead><tr><th>수탁자</th><th>위탁업무 내용</th><th>보유·이용 기간</th></tr></thead><tbody>');
  for (const row of rows) {
    const name =
      row.depth === 0
        ? e(row.name)
        : `${'&nbsp;&nbsp;'.repeat(row.depth)}└ ${e(row.name)} (재수탁자, ${e(row.parentName ?? '')}로부터 재위탁)`;
    out.push(`<tr><td>${name}</td><td>${e(row.work)}</td><td>${e(row.retention)}</td></tr>`);
  }
  out.push('</tbody></table>');
  out.push(`<h3>${TITLE_OVERSEAS}</h3>`);
  const abroad = rows.filter((row) => row.overseas !== null);
  if (abroad.length === 0) {
    out.push(`<p>${who} 개인정보를 국외로 이전하지 않습니다.</p>`);
  } else {
    out.push('<table border="1" cellpadding="4" style="border-collapse:collapse">');
    out.push(
      '<thead><tr><th>이전받는 자(연락처)</th><th>이전되는 국가</th><th>이전 일시 및 방법</th><th>이전 항목</th><th>이용 목적</th><th>보유·이용 기간</th><th>거부 방법·절차·효과</th><th>이전 근거</th></tr></thead><tbody>',
    );
    for (const row of abroad) {
      const o = row.overseas;
      if (!o) continue;
      out.push(
        `<tr><td>${e(row.name)} (${e(o.contact)})</td><td>${e(countriesText(o))}</td><td>${e(o.whenHow)}</td><td>${e(o.items)}</td><td>${e(o.purpose)}</td><td>${e(o.retention)}</td><td>${e(o.refusal)}</td><td>${e(groundText(o))}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }
  return `${out.join('\n')}\n`;
}

export interface PolicyChanges {
  added: string[];
  removed: string[];
  changed: Array<{ name: string; fields: string[] }>;
}

/** The labels of the fields of a row that differ between two versions of it. */
function changedFields(before: PolicyRow, after: PolicyRow): string[] {
  const L = POLICY_FIELD_LABELS;
  const fields: string[] = [];
  if (before.name !== after.name) fields.push(L.name);
  if (before.parentName !== after.parentName) fields.push(L.parent);
  if (before.work !== after.work) fields.push(L.work);
  if (before.retention !== after.retention) fields.push(L.retention);
  const a = before.overseas;
  const b = after.overseas;
  if ((a === null) !== (b === null)) fields.push('국외 이전 여부');
  else if (a && b) {
    if (a.countries.join() !== b.countries.join()) fields.push(L.countries);
    if (a.items !== b.items) fields.push(L.items);
    if (a.whenHow !== b.whenHow) fields.push(L.whenHow);
    if (a.contact !== b.contact) fields.push(L.contact);
    if (a.purpose !== b.purpose) fields.push(L.purpose);
    if (a.retention !== b.retention) fields.push(L.overseasRetention);
    if (a.refusal !== b.refusal) fields.push(L.refusal);
    if (a.ground !== b.ground || a.groundNote !== b.groundNote) fields.push(L.ground);
  }
  return fields;
}

/** What differs between the published rows and the inventory now: processors added, removed, rows changed. */
export function policyChanges(published: readonly PolicyRow[], current: readonly PolicyRow[]): PolicyChanges {
  const before = new Map(published.map((row) => [row.id, row]));
  const after = new Map(current.map((row) => [row.id, row]));
  return {
    added: current.filter((row) => !before.has(row.id)).map((row) => row.name),
    removed: published.filter((row) => !after.has(row.id)).map((row) => row.name),
    changed: current.flatMap((row) => {
      const old = before.get(row.id);
      const fields = old ? changedFields(old, row) : [];
      return fields.length > 0 ? [{ name: row.name, fields }] : [];
    }),
  };
}

export function changeCount(changes: PolicyChanges): number {
  return changes.added.length + changes.removed.length + changes.changed.length;
}
