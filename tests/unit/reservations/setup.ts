import iconv from 'iconv-lite';
import { afterAll, beforeAll } from 'vitest';
import { exportCsv, type ExportRow } from '../../../electron/reservations/fixtures.ts';
import { OFFICER, createAccount, setUpClinic } from '../../support/accounts.ts';
import { openCopy, signedInAs } from '../../support/tamper.ts';
import { databaseOf, testApp, type TestApp } from '../../support/tempdb.ts';

export const CLERK_PASSWORD = 'Own#clerk2026!';
export const OFFICER_PASSWORD = OFFICER.password;

/** A clinic with its officer (id 1, approves) and an admin-office clerk (id 2, performs), built once per file. */
export function reservationClinic(start = '2026-11-20T09:00:00+09:00') {
  let base: TestApp;
  beforeAll(async () => {
    base = testApp(start);
    const officer = await setUpClinic(base.app);
    await createAccount(base.app, officer, 'clerk', 'admin', '김행정');
    await base.app.close();
  });
  afterAll(async () => {
    await base.close();
  });
  /** A copy of the clinic on its own file, with the two people signed in. */
  return function fresh(at = start) {
    const copy = openCopy(base.dbPath, at);
    const now = copy.clock.now();
    return {
      ...copy,
      sqlite: databaseOf(copy.app).sqlite,
      officer: signedInAs(1, 'officer', now),
      clerk: signedInAs(2, 'admin', now),
    };
  };
}

export const csvUpload = (
  fileName: string,
  rows: readonly ExportRow[],
  encoding: 'cp949' | 'utf8' | 'utf8bom' = 'cp949',
  preamble = true,
) => {
  const text = exportCsv(rows, preamble);
  const bytes = encoding === 'cp949' ? iconv.encode(text, 'cp949') : Buffer.from(encoding === 'utf8bom' ? `\uFEFF${text}` : text, 'utf8');
  return { fileName, dataBase64: bytes.toString('base64'), source: '통인한의원 홈페이지' };
};
