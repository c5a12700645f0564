import { disposalMessages } from '../../shared/disposal/messages.ts';
import { ledgerMessages } from '../../shared/ledger/messages.ts';
import type { TargetKind } from '../domain.ts';
import { containing, fill, named, numericIds } from '../accessLog/targets.ts';

const { requestOf, requestOfMore, attachment } = disposalMessages.targets;

/**
 * `disposal_request:5` → the number staff know it by once it is approved (관리대장 2026-0004), and
 * before that its first file (파기 요청 ‘예약 신청서 묶음’ 외 2개). `attachment:<uuid>` → its file name.
 */
export const disposalTargets: Record<string, TargetKind> = {
  disposal_request: {
    describe: async (db, ids) => {
      const numbers = numericIds(ids);
      const requests = await db.selectFrom('disposal_requests').select(['id', 'serial']).where('id', 'in', numbers).execute();
      const files = await db
        .selectFrom('disposal_items')
        .innerJoin('pi_files', 'pi_files.id', 'disposal_items.file_id')
        .select(['disposal_items.request_id', 'pi_files.name'])
        .where('disposal_items.request_id', 'in', numbers)
        .orderBy('pi_files.name')
        .execute();
      return new Map(
        requests.map((row) => {
          // Once approved, a request is known by its ledger serial: the one number staff see.
          if (row.serial) return [String(row.id), fill(ledgerMessages.targets.bySerial, { serial: row.serial })];
          const names = files.filter((file) => file.request_id === row.id).map((file) => file.name);
          const params = { name: names[0] ?? '', more: names.length - 1 };
          return [String(row.id), fill(names.length > 1 ? requestOfMore : requestOf, params)];
        }),
      );
    },
    find: async (db, text) => {
      const rows = await db
        .selectFrom('disposal_requests')
        .leftJoin('disposal_items', 'disposal_items.request_id', 'disposal_requests.id')
        .leftJoin('pi_files', 'pi_files.id', 'disposal_items.file_id')
        .select('disposal_requests.id')
        .distinct()
        .where((eb) => eb.or([eb('disposal_requests.serial', 'like', containing(text)), eb('pi_files.name', 'like', containing(text))]))
        .limit(500)
        .execute();
      return rows.map((row) => String(row.id));
    },
  },
  attachment: {
    describe: async (db, ids) => {
      const rows = await db
        .selectFrom('attachments')
        .select(['id', 'file_name'])
        .where('id', 'in', [...ids])
        .execute();
      return new Map(rows.map((row) => [row.id, named(attachment, row.file_name)]));
    },
    find: async (db, text) => {
      const rows = await db.selectFrom('attachments').select('id').where('file_name', 'like', containing(text)).limit(500).execute();
      return rows.map((row) => row.id);
    },
  },
};
