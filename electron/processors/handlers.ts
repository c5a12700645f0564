import ExcelJS from 'exceljs';
import type { z } from 'zod';
import { AppError } from '../../shared/contract/errors.ts';
import {
  storedBusinessNumber,
  type PolicyTextView,
  type ProcessorView,
  type documentUpload,
  type processorFields,
  type processorsApi,
} from '../../shared/processors/contract.ts';
import { CLAUSE_LABELS, TRANSFER_GROUND_LABELS } from '../../shared/processors/clauses.ts';
import { countryName } from '../../shared/processors/countries.ts';
import {
  changeCount,
  policyChanges,
  policyHtml,
  policyProblems,
  policyRows,
  policyText,
  problemText,
  type PolicyRow,
} from '../../shared/processors/policyText.ts';
import { descendantsOf, isOverseas, wouldCycle } from '../../shared/processors/rules.ts';
import { PROCESSOR_STATUS_LABELS } from '../../shared/processors/printout.ts';
import { toCsv } from '../../shared/formats/csv.ts';
import type { Db } from '../../db/connection.ts';
import { sha256Hex } from '../crypto/signing.ts';
import { prepareAttachment, storeAttachment, type StoredAttachment } from '../ledger/attachments.ts';
import { readClinicProfile } from '../clinic/handlers.ts';
import { openRequest } from '../disposal/handlers.ts';
import { fileViews } from '../register/handlers.ts';
import { actor, type CallContext, type HandlersOf } from '../handler.ts';
import { documentRef, processorDetail, processorViews } from './views.ts';

type Fields = z.output<typeof processorFields>;

function refuse(field: string, message: string): never {
  throw new AppError('VALIDATION', message, { fields: { [field]: message } });
}

async function processorRow(call: CallContext, id: number) {
  call.target('processor', id);
  const row = await call.db.selectFrom('processors').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', '수탁자를 찾을 수 없습니다. 목록을 새로 고쳐 주세요.');
  return row;
}

export async function processorView(call: CallContext, id: number): Promise<ProcessorView> {
  const view = (await processorViews(call.db, call.today)).find((p) => p.id === id);
  if (!view) throw new AppError('NOT_FOUND', '수탁자를 찾을 수 없습니다.');
  return view;
}

/** A document upload checked as disposal evidence is (size, the real type from the bytes), its error at `field`. */
function prepareDocument(
  upload: z.output<typeof documentUpload>,
  field: string,
  kind: StoredAttachment['kind'] = 'other',
): StoredAttachment {
  try {
    return prepareAttachment({ ...upload, kind: kind as 'other' }, 0);
  } catch (error) {
    if (error instanceof AppError && error.fields) {
      const message = Object.values(error.fields)[0] ?? error.message;
      throw new AppError('VALIDATION', error.message, { fields: { [field]: message } });
    }
    throw error;
  }
}

async function storeDocument(
  call: CallContext,
  processorId: number,
  kind: 'contract' | 'inspection',
  document: StoredAttachment,
  inspectionId: number | null,
): Promise<void> {
  await call.db
    .insertInto('processor_documents')
    .values({
      id: document.id,
      processor_id: processorId,
      inspection_id: inspectionId,
      kind,
      file_name: document.fileName,
      mime: document.mime,
      size: document.size,
      sha256: document.sha256,
      data: document.data,
      added_by: actor(call).id,
      added_at: call.now.toISOString(),
    })
    .execute();
  call.target('processor_document', document.id);
}

/**
 * What only the file knows: the parent exists, is in force and is not the processor itself or one
 * of its sub-processors; no other processor has this 사업자등록번호; the linked files, policies
 * and retention rule exist.
 */
async function checkAgainstFile(call: CallContext, input: Fields & { id?: number | undefined }): Promise<void> {
  const all = await call.db.selectFrom('processors').select(['id', 'parent_id', 'business_number', 'ended_on', 'name']).execute();
  if (input.parentId !== null) {
    const parent = all.find((p) => p.id === input.parentId);
    if (!parent) refuse('parentId', '위탁한 수탁자를 찾을 수 없습니다. 목록에서 다시 선택해 주세요.');
    if (
      wouldCycle(
        input.id,
        input.parentId,
        all.map((p) => ({ id: p.id, parentId: p.parent_id })),
      )
    ) {
      refuse('parentId', '수탁자는 자기 자신이나 자신의 재수탁자에게서 재위탁받을 수 없습니다. 위탁한 수탁자를 다시 선택해 주세요.');
    }
    if (parent.ended_on !== null) refuse('parentId', `${parent.name}은(는) 위탁이 종료된 수탁자입니다.`);
  }
  const number = storedBusinessNumber(input.country, input.businessNumber);
  if (number !== null) {
    const same = all.find((p) => p.business_number === number && p.id !== input.id);
    if (same) refuse('businessNumber', `사업자등록번호 ${number}은(는) 이미 등록된 수탁자(${same.name})의 번호입니다.`);
  }
  if (input.fileIds.length > 0) {
    const found = await call.db.selectFrom('pi_files').select('id').where('id', 'in', input.fileIds).execute();
    if (found.length !== new Set(input.fileIds).size) refuse('fileIds', '없는 개인정보파일이 있습니다. 목록에서 다시 선택해 주세요.');
  }
  const policies = [...input.policyIds, ...(input.retentionPolicyId === null ? [] : [input.retentionPolicyId])];
  if (policies.length > 0) {
    const found = new Set(
      (await call.db.selectFrom('retention_policies').select('id').where('id', 'in', policies).execute()).map((row) => row.id),
    );
    if (input.policyIds.some((id) => !found.has(id))) refuse('policyIds', '없는 보존기간 정책이 있습니다. 목록에서 다시 선택해 주세요.');
    if (input.retentionPolicyId !== null && !found.has(input.retentionPolicyId)) refuse('retentionPolicyId', '없는 보존기간 정책입니다.');
  }
}

function rowValues(input: Fields, now: string) {
  return {
    name: input.name,
    business_number: storedBusinessNumber(input.country, input.businessNumber),
    country: input.country,
    storage_countries: JSON.stringify([...new Set(input.storageCountries)].sort()),
    address: input.address,
    contact_name: input.contactName,
    contact_email: input.contactEmail,
    contact_phone: input.contactPhone,
    work: input.work,
    items: input.items,
    subjects: input.subjects,
    retention_text: input.retentionText,
    retention_policy_id: input.retentionPolicyId,
    contract_start: input.contractStart,
    contract_end: input.contractEnd,
    parent_id: input.parentId,
    consent_on: input.parentId === null ? null : input.consentOn,
    consent_how: input.parentId === null ? '' : input.consentHow,
    clauses: JSON.stringify(input.clauses),
    overseas: isOverseas(input.country, input.storageCountries) && input.overseas ? JSON.stringify(input.overseas) : null,
    inspection_cycle_months: input.inspectionCycleMonths,
    updated_at: now,
  };
}

async function replaceLinks(db: Db, processorId: number, input: Fields): Promise<void> {
  await db.deleteFrom('processor_files').where('processor_id', '=', processorId).execute();
  await db.deleteFrom('processor_policies').where('processor_id', '=', processorId).execute();
  const files = [...new Set(input.fileIds)];
  const policies = [...new Set(input.policyIds)];
  if (files.length > 0)
    await db
      .insertInto('processor_files')
      .values(files.map((file_id) => ({ processor_id: processorId, file_id })))
      .execute();
  if (policies.length > 0) {
    await db
      .insertInto('processor_policies')
      .values(policies.map((policy_id) => ({ processor_id: processorId, policy_id })))
      .execute();
  }
}

/** Saves a processor (new when `id` is absent) after the checks only the file can make; returns its id. */
export async function saveProcessor(call: CallContext, input: Fields & { id?: number | undefined }): Promise<number> {
  await checkAgainstFile(call, input);
  const now = call.now.toISOString();
  if (input.id !== undefined) {
    const row = await processorRow(call, input.id);
    if (row.ended_on !== null) throw new AppError('CONFLICT', '위탁이 종료된 수탁자는 고칠 수 없습니다.');
    await call.db.updateTable('processors').set(rowValues(input, now)).where('id', '=', input.id).execute();
    await replaceLinks(call.db, input.id, input);
    return input.id;
  }
  const inserted = await call.db
    .insertInto('processors')
    .values({ ...rowValues(input, now), ended_on: null, end_reason: null, end_request_id: null, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  call.target('processor', inserted.id);
  await replaceLinks(call.db, inserted.id, input);
  return inserted.id;
}

/** The policy's rows from the processors in force, in tree order. */
async function currentRows(call: CallContext): Promise<PolicyRow[]> {
  const views = (await processorViews(call.db, call.today)).filter((p) => p.endedOn === null);
  return policyRows(views);
}

async function policyView(call: CallContext): Promise<PolicyTextView> {
  const rows = await currentRows(call);
  const problems = policyProblems(rows);
  if (problems.length > 0) {
    throw new AppError('VALIDATION', `처리방침 문구를 만들 수 없습니다. ${problems.map(problemText).join(' ')}`, {
      fields: Object.fromEntries(problems.map((p) => [`processors.${p.processorId}`, problemText(p)])),
      details: { problems },
    });
  }
  const clinicName = (await readClinicProfile(call.db))?.name ?? '';
  const text = policyText(clinicName, rows);
  const html = policyHtml(clinicName, rows);
  const last = await call.db
    .selectFrom('processor_policy_texts')
    .innerJoin('users', 'users.id', 'processor_policy_texts.published_by')
    .select([
      'processor_policy_texts.id',
      'published_on',
      'published_at',
      'users.display_name',
      'processor_policy_texts.sha256',
      'snapshot',
    ])
    .orderBy('processor_policy_texts.id', 'desc')
    .executeTakeFirst();
  if (last) call.target('processor_text', last.id);
  return {
    text,
    html,
    sha256: sha256Hex(text),
    rows,
    clinicName,
    published: last
      ? { id: last.id, publishedOn: last.published_on, publishedAt: last.published_at, publishedBy: last.display_name, sha256: last.sha256 }
      : null,
    changes: last ? policyChanges(JSON.parse(last.snapshot) as PolicyRow[], rows) : null,
  };
}

/** How far the published text is behind the inventory: null when never published, else the number of differences. */
export async function policyDrift(db: Db, today: string): Promise<number | null> {
  const last = await db.selectFrom('processor_policy_texts').select('snapshot').orderBy('id', 'desc').executeTakeFirst();
  if (!last) return null;
  const rows = policyRows((await processorViews(db, today)).filter((p) => p.endedOn === null));
  return changeCount(policyChanges(JSON.parse(last.snapshot) as PolicyRow[], rows));
}

export const EXPORT_HEADER = [
  '수탁자',
  '위탁한 수탁자',
  '사업자등록번호',
  '국가',
  '보관 국가',
  '주소',
  '담당자 성명',
  '담당자 이메일',
  '담당자 전화번호',
  '위탁업무 내용',
  '개인정보 항목',
  '정보주체',
  '보유·이용 기간',
  '계약 시작일',
  '계약 종료일',
  '재위탁 동의일',
  '재위탁 동의 방법',
  '점검 주기(개월)',
  '최근 점검일',
  '다음 점검일',
  '누락 조항',
  '이전 항목',
  '이전 시기·방법',
  '이전 목적',
  '이전받는 자의 보유기간',
  '거부 방법·절차·효과',
  '이전 근거',
  '상태',
] as const;

function exportRows(views: ProcessorView[]): Array<Array<string | number>> {
  const names = new Map(views.map((p) => [p.id, p.name]));
  return views.map((p) => [
    p.name,
    p.parentId === null ? '' : (names.get(p.parentId) ?? ''),
    p.businessNumber ?? '',
    `${countryName(p.country)} (${p.country})`,
    p.storageCountries.map((code) => `${countryName(code)} (${code})`).join(', '),
    p.address,
    p.contactName,
    p.contactEmail,
    p.contactPhone,
    p.work,
    p.items,
    p.subjects,
    p.retentionText,
    p.contractStart,
    p.contractEnd ?? '자동 갱신',
    p.consentOn ?? '',
    p.consentHow,
    p.inspectionCycleMonths,
    p.lastInspectedOn ?? '',
    p.nextInspectionDue,
    p.missingClauses.map((key) => CLAUSE_LABELS[key]).join(', '),
    p.overseas?.items ?? '',
    p.overseas?.whenHow ?? '',
    p.overseas?.purpose ?? '',
    p.overseas?.retention ?? '',
    p.overseas?.refusal ?? '',
    p.overseas?.ground ? TRANSFER_GROUND_LABELS[p.overseas.ground] : '',
    PROCESSOR_STATUS_LABELS[p.status],
  ]);
}

export const processorsHandlers: Omit<HandlersOf<typeof processorsApi>, 'processors.importPreview' | 'processors.import'> = {
  'processors.list': async (call, input) => {
    const views = await processorViews(call.db, call.today);
    return input.includeEnded ? views : views.filter((p) => p.status !== 'ended');
  },

  'processors.get': async (call, input) => {
    call.target('processor', input.id);
    const detail = await processorDetail(call.db, call.today, input.id);
    if (!detail) throw new AppError('NOT_FOUND', '수탁자를 찾을 수 없습니다. 목록을 새로 고쳐 주세요.');
    return detail;
  },

  'processors.save': async (call, input) => processorView(call, await saveProcessor(call, input)),

  'processors.attachContract': async (call, input) => {
    const row = await processorRow(call, input.id);
    if (row.ended_on !== null) throw new AppError('CONFLICT', '위탁이 종료된 수탁자입니다.');
    const document = prepareDocument(input.file, 'file');
    await call.db.deleteFrom('processor_documents').where('processor_id', '=', row.id).where('kind', '=', 'contract').execute();
    await storeDocument(call, row.id, 'contract', document, null);
    await call.db.updateTable('processors').set({ updated_at: call.now.toISOString() }).where('id', '=', row.id).execute();
    return processorView(call, row.id);
  },

  'processors.document': async (call, input) => {
    call.target('processor_document', input.id);
    const row = await call.db.selectFrom('processor_documents').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', '문서를 찾을 수 없습니다.');
    if (sha256Hex(row.data) !== row.sha256) {
      throw new AppError('CONFLICT', `문서 ‘${row.file_name}’의 내용이 첨부할 때와 다릅니다(SHA-256 불일치). 백업과 대조해 주세요.`);
    }
    return { ref: documentRef(row), dataBase64: row.data.toString('base64') };
  },

  'processors.inspect': async (call, input) => {
    const row = await processorRow(call, input.processorId);
    if (input.inspectedOn > call.today) refuse('inspectedOn', '점검일은 오늘 이전 날짜여야 합니다.');
    if (input.inspectedOn < row.contract_start) refuse('inspectedOn', `점검일이 계약 시작일(${row.contract_start})보다 빠릅니다.`);
    const document = input.file ? prepareDocument(input.file, 'file') : null;
    const inserted = await call.db
      .insertInto('processor_inspections')
      .values({
        processor_id: row.id,
        inspected_on: input.inspectedOn,
        inspector: input.inspector,
        result: input.result,
        findings: input.findings,
        created_by: actor(call).id,
        created_at: call.now.toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (document) await storeDocument(call, row.id, 'inspection', document, inserted.id);
    const detail = await processorDetail(call.db, call.today, row.id);
    if (!detail) throw new Error('processor vanished');
    return detail;
  },

  'processors.end': async (call, input) => {
    const row = await processorRow(call, input.id);
    if (row.ended_on !== null) throw new AppError('CONFLICT', '이미 위탁이 종료된 수탁자입니다.');
    if (input.endedOn > call.today) refuse('endedOn', '종료일은 오늘 이전 날짜여야 합니다. 앞으로 끝날 계약은 계약 종료일로 적어 두세요.');
    if (input.endedOn < row.contract_start) refuse('endedOn', `종료일이 계약 시작일(${row.contract_start})보다 빠릅니다.`);
    const all = await call.db.selectFrom('processors').select(['id', 'parent_id', 'ended_on']).execute();
    const ending = [
      row.id,
      ...descendantsOf(
        row.id,
        all.map((p) => ({ id: p.id, parentId: p.parent_id })),
      ).filter((id) => all.find((p) => p.id === id)?.ended_on === null),
    ];
    for (const id of ending) call.target('processor', id);
    // What they hold: the register's files kept at a processor's system, linked to them directly or by their record type.
    const direct = await call.db.selectFrom('processor_files').select('file_id').where('processor_id', 'in', ending).execute();
    const byPolicy = await call.db.selectFrom('processor_policies').select('policy_id').where('processor_id', 'in', ending).execute();
    const candidates = await fileViews(call.db, call.today);
    const directIds = new Set(direct.map((d) => d.file_id));
    const policyIds = new Set(byPolicy.map((p) => p.policy_id));
    const held = candidates.filter(
      (file) =>
        file.locationKind === 'processor' &&
        (directIds.has(file.id) || policyIds.has(file.policy.id)) &&
        file.recordCount > 0 &&
        !['destroyed', 'extended', 'pending'].includes(file.status),
    );
    // The day their record type counts from ("위탁계약 종료일") is the day the contract ended.
    for (const file of held) {
      if (file.policy.ruleKind === 'event' && file.eventDate === null) {
        await call.db
          .updateTable('pi_files')
          .set({ event_date: input.endedOn, updated_at: call.now.toISOString() })
          .where('id', '=', file.id)
          .execute();
      }
    }
    const request =
      held.length > 0
        ? await openRequest(call, {
            items: held.map((file) => ({ fileId: file.id, count: file.recordCount })),
            method: 'processor',
            reason: 'contract_ended',
            place: input.place,
            note: '',
            attachments: [],
          })
        : null;
    await call.db
      .updateTable('processors')
      .set({
        ended_on: input.endedOn,
        end_reason: input.reason,
        end_request_id: request?.id ?? null,
        contract_end: row.contract_end ?? input.endedOn,
        updated_at: call.now.toISOString(),
      })
      .where('id', 'in', ending)
      .execute();
    return processorView(call, row.id);
  },

  'processors.attachConfirmation': async (call, input) => {
    const row = await processorRow(call, input.id);
    if (row.end_request_id === null)
      throw new AppError('CONFLICT', '이 수탁자에 대한 파기 요청이 없습니다. 먼저 위탁계약 종료를 기록하세요.');
    const request = await call.db
      .selectFrom('disposal_requests')
      .select(['id', 'status'])
      .where('id', '=', row.end_request_id)
      .executeTakeFirstOrThrow();
    call.target('disposal_request', request.id);
    if (request.status !== 'requested') throw new AppError('CONFLICT', '파기 수행 서명이 이미 끝났거나 취소된 요청입니다.');
    const document = prepareDocument(input.file, 'file', 'processor_confirmation');
    await storeAttachment(call.db, request.id, document, actor(call).id, call.now);
    call.target('attachment', document.id);
    return processorView(call, row.id);
  },

  'processors.policyText': async (call) => policyView(call),

  'processors.publish': async (call, input) => {
    const view = await policyView(call);
    if (view.sha256 !== input.sha256) {
      throw new AppError('CONFLICT', '그 사이 처리위탁 현황이 바뀌어 문구가 달라졌습니다. 새 문구를 확인한 뒤 다시 게시해 주세요.');
    }
    const inserted = await call.db
      .insertInto('processor_policy_texts')
      .values({
        published_on: call.today,
        published_at: call.now.toISOString(),
        published_by: actor(call).id,
        text: view.text,
        html: view.html,
        sha256: view.sha256,
        snapshot: JSON.stringify(view.rows),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    call.target('processor_text', inserted.id);
    return policyView(call);
  },

  'processors.exportCsv': async (call) => {
    const views = await processorViews(call.db, call.today);
    return { fileName: `처리위탁현황_${call.today}.csv`, csv: toCsv(EXPORT_HEADER, exportRows(views)), rows: views.length };
  },

  'processors.exportXlsx': async (call) => {
    const views = await processorViews(call.db, call.today);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('처리위탁 현황');
    sheet.addRow([...EXPORT_HEADER]);
    sheet.getRow(1).font = { bold: true };
    for (const row of exportRows(views)) sheet.addRow(row);
    sheet.columns.forEach((column) => {
      column.width = 18;
    });
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    return { fileName: `처리위탁현황_${call.today}.xlsx`, dataBase64: buffer.toString('base64'), rows: views.length };
  },
};
