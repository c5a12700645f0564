import { present } from '../../support/ledger.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/dispatch.ts';
import type { Session } from '../../../electron/session.ts';
import { createAccount, ok, setUpClinic } from '../../support/accounts.ts';
import { databaseOf, testApp, type TestApp } from '../../support/tempdb.ts';

let t: TestApp;
let officer: Session;
let admin: Session;

beforeAll(async () => {
  t = testApp();
  officer = await setUpClinic(t.app);
  admin = (await createAccount(t.app, officer, 'clerk', 'admin')).session;
});
afterAll(() => t.close());

const count = () => databaseOf(t.app).sqlite.prepare('SELECT count(*) FROM retention_policies').pluck().get();

describe('retention policies', () => {
  it('attaching a preset copies its rule and legal basis', async () => {
    const policy = await ok(t.app, admin, 'policies.save', {
      name: 'CCTV 영상',
      startLabel: '촬영일',
      source: { kind: 'preset', presetId: 'cctv-30d' },
    });
    expect(policy).toMatchObject({
      presetId: 'cctv-30d',
      rule: { kind: 'fixed', period: { length: 30, unit: 'day' }, countFirstDay: false },
      ruleText: '30일',
      minimum: false,
      basis: expect.stringContaining('표준 개인정보 보호지침'),
    });
  });

  it('a clinic rule keeps its own basis; an event rule reads as Korean', async () => {
    const policy = await ok(t.app, admin, 'policies.save', {
      name: '홈페이지 예약 정보',
      startLabel: '예약 업무 종료일',
      source: {
        kind: 'custom',
        rule: { kind: 'event', event: 'reservation_end', grace: { length: 7, unit: 'day' } },
        basis: '개인정보 처리방침 제5조',
        minimum: false,
      },
    });
    expect(policy).toMatchObject({ presetId: null, ruleText: '예약 업무 종료 후 7일', basis: '개인정보 처리방침 제5조' });
  });

  it('refuses a duplicate name, a zero period, an unknown preset or a missing basis, writing nothing', async () => {
    const before = count();
    const duplicate = await dispatch(t.app, admin, 'policies.save', {
      name: 'CCTV 영상',
      startLabel: '촬영일',
      source: { kind: 'preset', presetId: 'cctv-1m' },
    });
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: { name: '이미 있는 이름입니다.' } } });
    const zero = await dispatch(t.app, admin, 'policies.save', {
      name: '무기한',
      startLabel: '작성일',
      source: {
        kind: 'custom',
        rule: { kind: 'fixed', period: { length: 0, unit: 'day' }, countFirstDay: false },
        basis: '내부',
        minimum: false,
      },
    });
    expect(zero).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'source.rule.period.length': expect.stringMatching(/[가-힣]/) } },
    });
    const unknown = await dispatch(t.app, admin, 'policies.save', {
      name: 'x',
      startLabel: 'y',
      source: { kind: 'preset', presetId: 'forever' },
    });
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'source.presetId': '보존기간을 목록에서 선택해 주세요.' } },
    });
    const noBasis = await dispatch(t.app, admin, 'policies.save', {
      name: '상담 기록지',
      startLabel: '상담일',
      source: { kind: 'custom', rule: { kind: 'purpose_achieved' }, basis: ' ', minimum: false },
    });
    expect(noBasis).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'source.basis': expect.stringContaining('근거') } },
    });
    expect(count()).toBe(before);
  });

  it('archived policies leave the list, and their name can be used again', async () => {
    const list = await ok(t.app, officer, 'policies.list');
    const cctv = list.find((p) => p.name === 'CCTV 영상');
    await ok(t.app, officer, 'policies.archive', { id: present(cctv?.id) });
    expect((await ok(t.app, officer, 'policies.list')).map((p) => p.name)).not.toContain('CCTV 영상');
    await ok(t.app, officer, 'policies.save', { name: 'CCTV 영상', startLabel: '촬영일', source: { kind: 'preset', presetId: 'cctv-1m' } });
    expect(await dispatch(t.app, officer, 'policies.archive', { id: present(cctv?.id) })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});
