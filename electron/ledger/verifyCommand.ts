import { readFileSync } from 'node:fs';
import { formatFingerprint } from '../../shared/ledger/fingerprint.ts';
import { outsideAnchorsInput } from '../../shared/ledger/contract.ts';
import { openExisting, withApp } from '../cli/database.ts';
import { CliError, EXIT, printJson } from '../cli/io.ts';
import type { Command } from '../cli/command.ts';
import { verifyBundle } from './bundle.ts';
import { parseAnchors } from './handlers.ts';
import { verifyDatabase } from './verification.ts';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [];

export const verify: Command = {
  name: 'verify',
  summary:
    '데이터베이스 파일의 모든 체인이나 감사용 묶음 하나를 처음부터 다시 계산해 검증합니다. 밖에서 가져온 기준(확인서 QR, 기관 인장 지문, 시각)과도 대조합니다.',
  usage:
    'verify --db FILE | --bundle BUNDLE.json [--anchor "RD1|2026-0001|…"]… [--expect-fingerprint HEX]… [--not-before ISO-TIME] [--allow-unsigned-head]',
  options: {
    db: { type: 'string' },
    bundle: { type: 'string' },
    anchor: { type: 'string', multiple: true },
    'expect-fingerprint': { type: 'string', multiple: true },
    'not-before': { type: 'string' },
    'allow-unsigned-head': { type: 'boolean' },
  },
  run: async (options, io) => {
    const { db, bundle } = options;
    if ((typeof db === 'string') === (typeof bundle === 'string')) throw new CliError('--db 또는 --bundle 중 하나만 지정해 주세요.');
    const notBefore = options['not-before'];
    const given = outsideAnchorsInput.safeParse({
      qr: strings(options.anchor),
      fingerprints: strings(options['expect-fingerprint']),
      ...(typeof notBefore === 'string' ? { notBefore } : {}),
    });
    if (!given.success) {
      const [issue] = given.error.issues;
      const [field, index] = issue?.path ?? [];
      const flag = field === 'qr' ? '--anchor' : field === 'fingerprints' ? '--expect-fingerprint' : '--not-before';
      const which = typeof index === 'number' ? ` (${index + 1}번째)` : '';
      throw new CliError(`${flag}${which}: ${issue?.message ?? '형식이 올바르지 않습니다.'}`);
    }
    const anchors = parseAnchors(given.data);
    if (typeof bundle === 'string') {
      let bytes: Buffer;
      try {
        bytes = readFileSync(bundle);
      } catch {
        throw new CliError(`묶음 파일을 읽을 수 없습니다: ${bundle}`);
      }
      const report = verifyBundle(bytes, { anchors, allowUnsignedHead: options['allow-unsigned-head'] === true });
      printJson(io, report.ok ? { ...report, installationFingerprints: report.installationKeyIds.map(formatFingerprint) } : report);
      return report.ok ? EXIT.done : EXIT.verificationFailed;
    }
    // Opened without the start-up comparison: a cut or rolled-back file is what this command reports.
    return withApp(openExisting(String(db), io, undefined, false), async (app) => {
      const state = app.state();
      if (!state.ok) throw new Error('unreachable: openExisting checks the state');
      const result = await verifyDatabase(app, state.database, { anchors });
      if (!result.ok && result.failure) {
        printJson(io, result.failure);
        return EXIT.verificationFailed;
      }
      printJson(io, {
        ok: true,
        chains: { ledger: result.ledger, accessLog: result.accessLog },
        kinds: result.kinds,
        external: result.external,
        unproven: result.unproven,
      });
      return EXIT.done;
    });
  },
};
