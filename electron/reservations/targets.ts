import { reservationsMessages } from '../../shared/reservations/messages.ts';
import type { TargetKind } from '../domain.ts';

const numeric = (ids: readonly string[]) => ids.map(Number).filter((id) => Number.isInteger(id) && id > 0);

/**
 * `reservation:12` → 예약 기록 12번: the access log names a record by its id only (a destroyed
 * record leaves nothing to describe, and the log never held its content). `download:3` → the
 * downloaded file's name.
 */
export const reservationsTargets: Record<string, TargetKind> = {
  reservation: {
    describe: async (_db, ids) =>
      new Map(
        numeric(ids).map((id) => [
          String(id),
          { ko: `${reservationsMessages.target.ko} ${id}번`, en: `${reservationsMessages.target.en} #${id}` },
        ]),
      ),
  },
  download: {
    describe: async (db, ids) => {
      const rows = await db.selectFrom('downloaded_files').select(['id', 'file_name']).where('id', 'in', numeric(ids)).execute();
      return new Map(
        rows.map((row) => [
          String(row.id),
          {
            ko: `${reservationsMessages.downloadTarget.ko} ‘${row.file_name}’`,
            en: `${reservationsMessages.downloadTarget.en} ‘${row.file_name}’`,
          },
        ]),
      );
    },
  },
};
