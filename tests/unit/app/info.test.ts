import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../shared/version.ts';
import { ok, setUpClinic } from '../../support/accounts.ts';
import { cli } from '../../support/cli.ts';
import { tempDir, testApp } from '../../support/tempdb.ts';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('cli', () => {
  it('--help lists the commands and exits 0; no command prints help and exits 2', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('info --db FILE');
    expect((await cli([])).code).toBe(2);
  });

  it('an unknown command or option exits 2 with a Korean message', async () => {
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('알 수 없는 명령입니다: frobnicate');
    const badOption = await cli(['info', '--dbx', 'a']);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain('옵션이 올바르지 않습니다');
    const missing = await cli(['info']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--db 값을 지정해 주세요.');
  });

  it('info on a missing file exits 2 and does not create it', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const path = join(dir, 'typo.db');
    const result = await cli(['info', '--db', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('데이터베이스 파일이 없습니다');
    expect(existsSync(path)).toBe(false);
  });

  it('info prints schema version, app version and the clinic as JSON', async () => {
    const t = testApp();
    cleanups.push(() => t.close());
    const officer = await setUpClinic(t.app);
    await ok(t.app, officer, 'clinic.update', {
      name: '장튼위튼병원',
      representative: '이도윤',
      address: '서울특별시 강남구 테헤란로 1',
      businessNumber: '1248100998',
      privacyOfficerName: '이도윤',
      privacyOfficerTitle: '병원장',
      privacyOfficerContact: '02-555-0100',
      cctvManagerName: '최현우',
      cctvManagerTitle: '시설과장',
      cctvManagerContact: 'facility@example.kr',
    });
    await t.app.close();
    const result = await cli(['info', '--db', t.dbPath]);
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({
      schemaVersion: expect.any(Number),
      appVersion: APP_VERSION,
      clinic: { name: '장튼위튼병원', businessNumber: '124-81-00998', cctvManagerContact: 'facility@example.kr' },
    });
  });

  it('info on a database held by the running app exits 2 and says to close it', async () => {
    const t = testApp();
    cleanups.push(() => t.close());
    const result = await cli(['info', '--db', t.dbPath]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('사용 중');
  });
});
