import { addDays, daysInMonth, formatIsoDate, parseIsoDate, type IsoDate } from '../dates/calendar.ts';
import { HOME_COUNTRY } from './countries.ts';

/**
 * The pure rules of the processor inventory: where a processor stands in the re-entrustment
 * tree, whether its data leaves Korea, when it is next due for inspection, and its status.
 */

export interface TreeNode {
  id: number;
  parentId: number | null;
}

/** The chain from the clinic's own processor down to this one's parent (ids, top first). */
export function ancestorsOf(id: number, byId: ReadonlyMap<number, TreeNode>): number[] {
  const chain: number[] = [];
  const seen = new Set<number>([id]);
  let current = byId.get(id)?.parentId ?? null;
  while (current !== null && !seen.has(current)) {
    chain.unshift(current);
    seen.add(current);
    current = byId.get(current)?.parentId ?? null;
  }
  return chain;
}

/**
 * Whether making `parentId` the parent of `id` would make a processor its own ancestor: the
 * parent is the processor itself, or one of its descendants.
 */
export function wouldCycle(id: number | undefined, parentId: number | null, nodes: readonly TreeNode[]): boolean {
  if (parentId === null || id === undefined) return false;
  if (parentId === id) return true;
  const byId = new Map(nodes.map((node) => [node.id, node]));
  return ancestorsOf(parentId, byId).includes(id) || byId.get(parentId)?.parentId === id;
}

/** Every processor under `id` (children, their children …). */
export function descendantsOf(id: number, nodes: readonly TreeNode[]): number[] {
  const out: number[] = [];
  const queue = [id];
  const seen = new Set<number>([id]);
  while (queue.length > 0) {
    const parent = queue.shift();
    for (const node of nodes) {
      if (node.parentId === parent && !seen.has(node.id)) {
        seen.add(node.id);
        out.push(node.id);
        queue.push(node.id);
      }
    }
  }
  return out;
}

/**
 * The tree in display order: each processor followed by its sub-processors, with its depth (0 for
 * one the clinic entrusts directly). Siblings keep the order they came in.
 */
export function treeOrder<T extends TreeNode>(nodes: readonly T[]): Array<{ node: T; depth: number }> {
  const ids = new Set(nodes.map((node) => node.id));
  const out: Array<{ node: T; depth: number }> = [];
  const visit = (node: T, depth: number, seen: Set<number>) => {
    out.push({ node, depth });
    seen.add(node.id);
    for (const child of nodes) if (child.parentId === node.id && !seen.has(child.id)) visit(child, depth + 1, seen);
  };
  const seen = new Set<number>();
  for (const node of nodes) if (node.parentId === null || !ids.has(node.parentId)) visit(node, 0, seen);
  return out;
}

/** Whether the processor or any of its storage is outside Korea (법 제28조의8). */
export function isOverseas(country: string, storageCountries: readonly string[]): boolean {
  return country !== HOME_COUNTRY || storageCountries.some((code) => code !== HOME_COUNTRY);
}

/** The countries the data goes to outside Korea (the processor's own and its storage), once each. */
export function destinationCountries(country: string, storageCountries: readonly string[]): string[] {
  return [...new Set([country, ...storageCountries])].filter((code) => code !== HOME_COUNTRY);
}

/** `date` plus whole months; a day the month lacks becomes its last day (2026-01-31 + 1 → 2026-02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const civil = parseIsoDate(date);
  if (!civil) throw new Error(`not a date: ${date}`);
  const index = civil.year * 12 + (civil.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatIsoDate({ year, month, day: Math.min(civil.day, daysInMonth(year, month)) });
}

/** The next inspection is one cycle after the last one, or one cycle after the contract began. */
export function nextInspectionDue(lastInspectedOn: IsoDate | null, contractStart: IsoDate, cycleMonths: number): IsoDate {
  return addMonths(lastInspectedOn ?? contractStart, cycleMonths);
}

export const ENDING_SOON_DAYS = 30;

export type ProcessorStatus = 'active' | 'ending' | 'awaiting' | 'destroying' | 'ended';

export interface StatusFacts {
  contractEnd: IsoDate | null;
  endedOn: IsoDate | null;
  /** The end's disposal request: none (nothing was held), open, or completed. */
  request: 'none' | 'open' | 'completed' | 'cancelled';
  confirmationAttached: boolean;
}

/**
 * 위탁 중 → 계약 종료 임박 (ends within 30 days) → once ended: 파기 확인 대기 until the processor's
 * confirmation is attached, 파기 진행 중 until the destruction is approved, then 종료.
 */
export function processorStatus(facts: StatusFacts, today: IsoDate): ProcessorStatus {
  if (facts.endedOn !== null) {
    if (facts.request === 'none' || facts.request === 'completed') return 'ended';
    if (facts.request === 'open' && facts.confirmationAttached) return 'destroying';
    return 'awaiting';
  }
  if (facts.contractEnd !== null && facts.contractEnd <= addDays(today, ENDING_SOON_DAYS)) return 'ending';
  return 'active';
}
