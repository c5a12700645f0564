import { koreanOf } from '../contract/phrase.ts';
import { processorsMessages } from './messages.ts';

/**
 * The clauses an entrustment contract must contain (개인정보 보호법 제26조①, 시행령 제28조①):
 * each is marked present (with the article or page where it is) or missing.
 */
export const CLAUSE_KEYS = ['purpose', 'safeguards', 'scope', 'reentrust', 'access', 'supervision', 'liability'] as const;
export type ClauseKey = (typeof CLAUSE_KEYS)[number];

export interface ClauseState {
  present: boolean;
  /** Where in the contract: "제5조", "3쪽". */
  where: string;
}

export type Clauses = Record<ClauseKey, ClauseState>;

export const CLAUSE_LABELS = koreanOf(processorsMessages.clauses);

export function emptyClauses(): Clauses {
  return Object.fromEntries(CLAUSE_KEYS.map((key) => [key, { present: false, where: '' }])) as Clauses;
}

/** The clauses not marked present, in the law's order. */
export function missingClauses(clauses: Partial<Clauses>): ClauseKey[] {
  return CLAUSE_KEYS.filter((key) => clauses[key]?.present !== true);
}

/** Overseas-transfer grounds of 법 제28조의8① 각 호. */
export const TRANSFER_GROUNDS = ['consent', 'law', 'contract', 'certified', 'adequacy'] as const;
export type TransferGround = (typeof TRANSFER_GROUNDS)[number];
export const TRANSFER_GROUND_LABELS = koreanOf(processorsMessages.grounds);

export const INSPECTION_RESULTS = ['pass', 'partial', 'fail'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];
export const INSPECTION_RESULT_LABELS = koreanOf(processorsMessages.results);
