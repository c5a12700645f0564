import { createHash, randomBytes } from 'node:crypto';

export interface DigestChallenge {
  realm: string;
  nonce: string;
  qop: string | null;
  opaque: string | null;
  algorithm: 'MD5' | 'SHA-256';
}

/** The Digest challenge of a 401 (RFC 7616), or null when the device offers none. */
export function parseDigestChallenge(header: string | string[] | undefined): DigestChallenge | null {
  const values = Array.isArray(header) ? header : header ? [header] : [];
  const digest = values.find((value) => /^\s*digest\s/i.test(value));
  if (!digest) return null;
  const params = new Map<string, string>();
  for (const match of digest.matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]+))/g))
    params.set((match[1] ?? '').toLowerCase(), match[2] ?? match[3] ?? '');
  const realm = params.get('realm');
  const nonce = params.get('nonce');
  if (realm === undefined || nonce === undefined) return null;
  const qops = (params.get('qop') ?? '').split(',').map((q) => q.trim());
  const algorithm = (params.get('algorithm') ?? 'MD5').toUpperCase() === 'SHA-256' ? 'SHA-256' : 'MD5';
  return { realm, nonce, qop: qops.includes('auth') ? 'auth' : null, opaque: params.get('opaque') ?? null, algorithm };
}

const quote = (text: string) => text.replace(/["\\]/g, '');

export function digestAuthorization(
  challenge: DigestChallenge,
  request: { user: string; password: string; method: string; uri: string },
  cnonce = randomBytes(8).toString('hex'),
): string {
  const hash = (text: string) =>
    createHash(challenge.algorithm === 'SHA-256' ? 'sha256' : 'md5')
      .update(text)
      .digest('hex');
  const ha1 = hash(`${request.user}:${challenge.realm}:${request.password}`);
  const ha2 = hash(`${request.method}:${request.uri}`);
  const nc = '00000001';
  const response = challenge.qop
    ? hash(`${ha1}:${challenge.nonce}:${nc}:${cnonce}:${challenge.qop}:${ha2}`)
    : hash(`${ha1}:${challenge.nonce}:${ha2}`);
  return [
    `Digest username="${quote(request.user)}"`,
    `realm="${quote(challenge.realm)}"`,
    `nonce="${quote(challenge.nonce)}"`,
    `uri="${quote(request.uri)}"`,
    `algorithm=${challenge.algorithm}`,
    `response="${response}"`,
    ...(challenge.opaque !== null ? [`opaque="${quote(challenge.opaque)}"`] : []),
    ...(challenge.qop ? [`qop=${challenge.qop}`, `nc=${nc}`, `cnonce="${cnonce}"`] : []),
  ].join(', ');
}

/** WS-Security UsernameToken: PasswordDigest = Base64(SHA1(nonce ‖ created ‖ password)), created in UTC. */
export function passwordDigest(nonce: Buffer, created: string, password: string): string {
  return createHash('sha1')
    .update(Buffer.concat([nonce, Buffer.from(created, 'utf8'), Buffer.from(password, 'utf8')]))
    .digest('base64');
}

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function usernameTokenHeader(user: string, password: string, nonce: Buffer, now: Date): string {
  const created = `${now.toISOString().slice(0, 19)}Z`;
  return (
    '<wsse:Security s:mustUnderstand="1" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd" ' +
    'xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd"><wsse:UsernameToken>' +
    `<wsse:Username>${xmlText(user)}</wsse:Username>` +
    '<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">' +
    `${passwordDigest(nonce, created, password)}</wsse:Password>` +
    '<wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">' +
    `${nonce.toString('base64')}</wsse:Nonce><wsu:Created>${created}</wsu:Created></wsse:UsernameToken></wsse:Security>`
  );
}
