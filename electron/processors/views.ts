import type { Selectable } from 'kysely';
import type { InspectionView, OverseasInput, ProcessorDetail, ProcessorView } from '../../shared/processors/contract.ts';
import { emptyClauses, missingClauses, type Clauses } from '../../shared/processors/clauses.ts';
import { ancestorsOf, isOverseas, nextInspectionDue, processorStatus, treeOrder, type StatusFacts } from '../../shared/processors/rules.ts';
import type { AttachmentRef } from '../../shared/ledger/types.ts';
import type { Db } from '../../db/connection.ts';
import type { ProcessorDocumentsTable, ProcessorsTable } from '../../db/schema.ts';

type ProcessorRow = Selectable<ProcessorsTable>;

export function documentRef(row: Pick<ProcessorDocumentsTable, 'id' | 'kind' | 'file_name' | 'mime' | 'size' | 'sha256'>): AttachmentRef {
  return { id: row.id, kind: row.kind, fileName: row.file_name, mime: row.mime, size: row.size, sha256: row.sha256 };
}

function parseClauses(text: string): Clauses {
  return { ...emptyClauses(), ...(JSON.parse(text) as Partial<Clauses>) };
}

function group<T extends { processor_id: number }, V>(list: T[], pick: (item: T) => V): Map<number, V[]> {
  const map = new Map<number, V[]>();
  for (const item of list) map.set(item.processor_id, [...(map.get(item.processor_id) ?? []), pick(item)]);
  return map;
}

/** Every processor as the screens show it, in tree order (each followed by its sub-processors). */
export async function processorViews(db: Db, today: string): Promise<ProcessorView[]> {
  const [rows, files, policies, inspections, contracts, requests, confirmations] = await Promise.all([
    db.selectFrom('processors').selectAll().orderBy('name').orderBy('id').execute(),
    db.selectFrom('processor_files').selectAll().execute(),
    db.selectFrom('processor_policies').selectAll().execute(),
    db
      .selectFrom('processor_inspections')
      .select(['processor_id', (eb) => eb.fn.max('inspected_on').as('last')])
      .groupBy('processor_id')
      .execute(),
    db
      .selectFrom('processor_documents')
      .select(['id', 'processor_id', 'kind', 'file_name', 'mime', 'size', 'sha256'])
      .where('kind', '=', 'contract')
      .orderBy('added_at')
      .execute(),
    db
      .selectFrom('disposal_requests')
      .select(['id', 'status'])
      .where('id', 'in', db.selectFrom('processors').select('end_request_id').where('end_request_id', 'is not', null))
      .execute(),
    db
      .selectFrom('attachments')
      .select('request_id')
      .where('kind', '=', 'processor_confirmation')
      .where('request_id', 'in', db.selectFrom('processors').select('end_request_id').where('end_request_id', 'is not', null))
      .execute(),
  ]);
  const byId = new Map(rows.map((row) => [row.id, { id: row.id, parentId: row.parent_id }]));
  const names = new Map(rows.map((row) => [row.id, row.name]));
  const fileIds = group(files, (f) => f.file_id);
  const policyIds = group(policies, (p) => p.policy_id);
  const last = new Map(inspections.map((i) => [i.processor_id, i.last as string | null]));
  const contract = new Map(contracts.map((c) => [c.processor_id, documentRef(c)]));
  const requestStatus = new Map(requests.map((r) => [r.id, r.status]));
  const confirmed = new Set(confirmations.map((c) => c.request_id));

  const view = (row: ProcessorRow, depth: number): ProcessorView => {
    const storageCountries = JSON.parse(row.storage_countries) as string[];
    const clauses = parseClauses(row.clauses);
    const lastInspectedOn = last.get(row.id) ?? null;
    const due = nextInspectionDue(lastInspectedOn, row.contract_start, row.inspection_cycle_months);
    const status = requestStatus.get(row.end_request_id ?? -1);
    const facts: StatusFacts = {
      contractEnd: row.contract_end,
      endedOn: row.ended_on,
      request: row.end_request_id === null ? 'none' : status === 'completed' ? 'completed' : status === 'cancelled' ? 'cancelled' : 'open',
      confirmationAttached: row.end_request_id !== null && confirmed.has(row.end_request_id),
    };
    return {
      id: row.id,
      name: row.name,
      businessNumber: row.business_number,
      country: row.country,
      storageCountries,
      address: row.address,
      contactName: row.contact_name,
      contactEmail: row.contact_email,
      contactPhone: row.contact_phone,
      work: row.work,
      items: row.items,
      subjects: row.subjects,
      fileIds: (fileIds.get(row.id) ?? []).sort((a, b) => a - b),
      policyIds: (policyIds.get(row.id) ?? []).sort((a, b) => a - b),
      retentionText: row.retention_text,
      retentionPolicyId: row.retention_policy_id,
      contractStart: row.contract_start,
      contractEnd: row.contract_end,
      parentId: row.parent_id,
      depth,
      chain: ancestorsOf(row.id, byId).map((id) => names.get(id) ?? ''),
      consentOn: row.consent_on,
      consentHow: row.consent_how,
      clauses,
      missingClauses: missingClauses(clauses),
      overseas: row.overseas ? (JSON.parse(row.overseas) as OverseasInput) : null,
      isOverseas: isOverseas(row.country, storageCountries),
      inspectionCycleMonths: row.inspection_cycle_months,
      lastInspectedOn,
      nextInspectionDue: due,
      inspectionOverdue: row.ended_on === null && due < today,
      status: processorStatus(facts, today),
      endedOn: row.ended_on,
      endReason: row.end_reason,
      endRequestId: row.end_request_id,
      contract: contract.get(row.id) ?? null,
      updatedAt: row.updated_at,
    };
  };
  return treeOrder(rows.map((row) => ({ ...row, parentId: row.parent_id }))).map(({ node, depth }) => view(node, depth));
}

export async function inspectionViews(db: Db, processorId: number): Promise<InspectionView[]> {
  const [rows, documents] = await Promise.all([
    db.selectFrom('processor_inspections').selectAll().where('processor_id', '=', processorId).orderBy('inspected_on', 'desc').execute(),
    db
      .selectFrom('processor_documents')
      .select(['id', 'inspection_id', 'kind', 'file_name', 'mime', 'size', 'sha256'])
      .where('processor_id', '=', processorId)
      .where('kind', '=', 'inspection')
      .execute(),
  ]);
  const byInspection = new Map(documents.map((d) => [d.inspection_id, documentRef(d)]));
  return rows.map((row) => ({
    id: row.id,
    inspectedOn: row.inspected_on,
    inspector: row.inspector,
    result: row.result,
    findings: row.findings,
    document: byInspection.get(row.id) ?? null,
  }));
}

export async function processorDetail(db: Db, today: string, id: number): Promise<ProcessorDetail | null> {
  const all = await processorViews(db, today);
  const processor = all.find((p) => p.id === id);
  if (!processor) return null;
  const [files, policies] = await Promise.all([
    db
      .selectFrom('pi_files')
      .select(['id', 'name'])
      .where('id', 'in', processor.fileIds.length > 0 ? processor.fileIds : [-1])
      .orderBy('name')
      .execute(),
    db
      .selectFrom('retention_policies')
      .select(['id', 'name'])
      .where('id', 'in', processor.policyIds.length > 0 ? processor.policyIds : [-1])
      .orderBy('name')
      .execute(),
  ]);
  return {
    ...processor,
    inspections: await inspectionViews(db, id),
    files,
    policies,
    children: all.filter((p) => p.parentId === id).map((p) => ({ id: p.id, name: p.name })),
  };
}
