/**
 * What an auditor brings from outside the file: the clinic's seal (the installation key's
 * fingerprint printed on every certificate), the QR codes of certificates they hold, and how recent
 * the file must at least be. Anything inside one file can be redone by whoever holds it; these
 * cannot. `verify` refuses a bundle or database that contradicts them, and says what was not proven
 * when they are not given.
 */
export interface OutsideAnchors {
  /** Installation key ids (the 기관 인장 지문), hex without spaces. */
  fingerprints: string[];
  /** Certificates' QR codes: the entry with this serial must be in the ledger with this hash. */
  entries: Array<{ serial: string; hash: string }>;
  /** ISO instant: the newest entry must be at least this recent (an older copy is stale). */
  notBefore: string | null;
}

export const NO_ANCHORS: OutsideAnchors = { fingerprints: [], entries: [], notBefore: null };

export const QR_PREFIX = 'RD1';

/** `RD1|2026-0001|<sha-256 of the entry>` */
export function qrPayload(serial: string, hash: string): string {
  return `${QR_PREFIX}|${serial}|${hash}`;
}

export function parseQrPayload(text: string): { serial: string; hash: string } | null {
  // A reader or a person may give the hash in capitals; the ledger's hashes are lower-case hex.
  const match = /^RD1\|(\d{4}-\d{4})\|([0-9a-fA-F]{64})$/.exec(text.trim());
  return match?.[1] && match[2] ? { serial: match[1], hash: match[2].toLowerCase() } : null;
}

/** `3f2a 91c0 …` as printed, or the bare hex: the key id, or null if it is not one. */
export function parseFingerprint(text: string): string | null {
  const hex = text.replace(/[\s:-]/g, '').toLowerCase();
  return /^[0-9a-f]{32}$/.test(hex) ? hex : null;
}

/** The Korean sentences a report gives for what the anchors given could not establish. */
export function unprovenWithout(anchors: OutsideAnchors): string[] {
  const unproven: string[] = [];
  if (anchors.fingerprints.length === 0) {
    unproven.push('기관 인장 지문과 대조하지 않았습니다: 이 파일이 그 기관의 설치 키로 만들어졌는지는 증명되지 않았습니다.');
  }
  if (anchors.entries.length === 0) {
    unproven.push('가지고 있는 확인서의 QR과 대조하지 않았습니다: 항목이 빠지거나 다시 만들어지지 않았는지는 증명되지 않았습니다.');
  }
  if (anchors.notBefore === null) {
    unproven.push('언제 이후의 파일이어야 하는지(최신성)를 대조하지 않았습니다: 예전 사본일 수 있습니다.');
  }
  return unproven;
}
