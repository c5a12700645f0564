import type { Db } from '../../db/connection.ts';
import { descendantsOf, treeOrder } from '../../shared/processors/rules.ts';

/** A processor that holds copies of some data, where it stands in the re-entrustment tree. */
export interface ProcessorHolding {
  id: number;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  parentId: number | null;
  /** 0 for a processor the clinic entrusts directly, 1 for its sub-processor … */
  depth: number;
}

/**
 * The processors that hold copies of the data of these register files or retention policies (a
 * processor linked to a policy holds copies of every file kept under it), with their re-entrusted
 * descendants, in tree order: whom a destruction of that data must ask as well. Processors whose
 * end has been destroyed and approved no longer hold anything and are left out.
 *
 * For other domains (reservations, CCTV): the table names and this signature stay as they are.
 */
export async function processorsHolding(
  db: Db,
  of: { policyIds?: readonly number[]; fileIds?: readonly number[] },
): Promise<ProcessorHolding[]> {
  const fileIds = [...new Set(of.fileIds ?? [])];
  const policyIds = new Set(of.policyIds ?? []);
  if (fileIds.length > 0) {
    const files = await db.selectFrom('pi_files').select('policy_id').where('id', 'in', fileIds).execute();
    for (const file of files) policyIds.add(file.policy_id);
  }
  if (fileIds.length === 0 && policyIds.size === 0) return [];
  const direct = new Set<number>();
  if (fileIds.length > 0) {
    for (const row of await db.selectFrom('processor_files').select('processor_id').where('file_id', 'in', fileIds).execute()) {
      direct.add(row.processor_id);
    }
  }
  if (policyIds.size > 0) {
    for (const row of await db
      .selectFrom('processor_policies')
      .select('processor_id')
      .where('policy_id', 'in', [...policyIds])
      .execute()) {
      direct.add(row.processor_id);
    }
  }
  if (direct.size === 0) return [];
  const rows = await db
    .selectFrom('processors')
    .leftJoin('disposal_requests', 'disposal_requests.id', 'processors.end_request_id')
    .select([
      'processors.id',
      'processors.name',
      'processors.country',
      'processors.parent_id',
      'processors.ended_on',
      'processors.end_request_id',
      'disposal_requests.status',
    ])
    .orderBy('processors.name')
    .orderBy('processors.id')
    .execute();
  const nodes = rows.map((row) => ({ id: row.id, parentId: row.parent_id }));
  const wanted = new Set<number>();
  for (const id of direct) {
    wanted.add(id);
    for (const below of descendantsOf(id, nodes)) wanted.add(below);
  }
  const gone = (row: (typeof rows)[number]) => row.ended_on !== null && (row.end_request_id === null || row.status === 'completed');
  return treeOrder(rows.map((row) => ({ ...row, parentId: row.parent_id })))
    .filter(({ node }) => wanted.has(node.id) && !gone(node))
    .map(({ node, depth }) => ({ id: node.id, name: node.name, country: node.country, parentId: node.parent_id, depth }));
}

/** The processors whose end opened this disposal request (the processor and its sub-processors), named on its record. */
export async function processorsOfRequest(db: Db, requestId: number): Promise<ProcessorHolding[]> {
  const rows = await db.selectFrom('processors').select(['id', 'name', 'country', 'parent_id']).orderBy('name').orderBy('id').execute();
  const ended = new Set(
    (await db.selectFrom('processors').select('id').where('end_request_id', '=', requestId).execute()).map((row) => row.id),
  );
  return treeOrder(rows.map((row) => ({ ...row, parentId: row.parent_id })))
    .filter(({ node }) => ended.has(node.id))
    .map(({ node, depth }) => ({ id: node.id, name: node.name, country: node.country, parentId: node.parent_id, depth }));
}
