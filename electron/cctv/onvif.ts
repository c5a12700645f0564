import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { request as requestTls } from 'node:https';
import { onvifAddressProblem } from '../../shared/cctv/onvifAddress.ts';
import { digestAuthorization, parseDigestChallenge, usernameTokenHeader } from './onvifAuth.ts';
import { parseFault, parseRecordingSummary, parseSearchXAddr } from './onvifXml.ts';

/** What a recorder told us: where its search service is and what footage it still holds (UTC). */
export interface OnvifSummary {
  searchXAddr: string;
  dataFrom: string | null;
  dataUntil: string | null;
  numberRecordings: number;
}

/** Why a read gave no proof: the reader can only then confirm by hand (수동 확인 필요). */
export type OnvifFailure = 'address' | 'fault' | 'refused' | 'timeout' | 'unreachable' | 'unexpected';

export type OnvifResult = { ok: true; summary: OnvifSummary } | { ok: false; reason: OnvifFailure; detail: string };

export interface OnvifTarget {
  url: string;
  user: string;
  password: string;
  /** Each HTTP exchange's limit (default 5 s); the whole read stops after four of them. */
  timeoutMs?: number;
}

const DEVICE_NS = 'http://www.onvif.org/ver10/device/wsdl';
const SEARCH_NS = 'http://www.onvif.org/ver10/search/wsdl';
const MAX_REPLY_BYTES = 1024 * 1024;

class OnvifError extends Error {
  readonly reason: OnvifFailure;

  constructor(reason: OnvifFailure, detail: string) {
    super(detail);
    this.reason = reason;
  }
}

function envelope(body: string, header = ''): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope">' +
    `<s:Header>${header}</s:Header><s:Body>${body}</s:Body></s:Envelope>`
  );
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function post(url: URL, action: string, body: string, timeoutMs: number, authorization?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? requestTls : request;
    const req = send(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': `application/soap+xml; charset=utf-8; action="${action}"`,
          'content-length': Buffer.byteLength(body),
          ...(authorization ? { authorization } : {}),
        },
        timeout: timeoutMs,
        // A recorder's certificate is its own (self-signed); the address is on the LAN by rule.
        ...(url.protocol === 'https:' ? { rejectUnauthorized: false } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_REPLY_BYTES) req.destroy(new OnvifError('unexpected', 'reply too large'));
          else chunks.push(chunk);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    const timer = setTimeout(() => req.destroy(new OnvifError('timeout', `no answer within ${timeoutMs} ms`)), timeoutMs);
    req.on('timeout', () => req.destroy(new OnvifError('timeout', `no answer within ${timeoutMs} ms`)));
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(
        error instanceof OnvifError ? error : new OnvifError('unreachable', (error as NodeJS.ErrnoException).code ?? 'connection failed'),
      );
    });
    req.on('close', () => clearTimeout(timer));
    req.end(body);
  });
}

const refusedReply = (reply: Reply) => reply.status === 401 || reply.status === 403 || parseFault(reply.body)?.notAuthorized === true;

type AuthMode = { kind: 'digest' } | { kind: 'wsse' };

/**
 * One SOAP call, authenticated: HTTP Digest first; if the device refuses it (401 without a Digest
 * challenge, or a second 401, or a NotAuthorized fault), WS-UsernameToken with PasswordDigest.
 * The mode that worked is kept for the next call.
 */
async function call(target: OnvifTarget, url: URL, action: string, body: string, mode: { current: AuthMode }): Promise<string> {
  const timeout = target.timeoutMs ?? 5000;
  if (mode.current.kind === 'digest') {
    let reply = await post(url, action, envelope(body), timeout);
    if (reply.status === 401) {
      const challenge = parseDigestChallenge(reply.headers['www-authenticate']);
      if (challenge) {
        const authorization = digestAuthorization(challenge, {
          user: target.user,
          password: target.password,
          method: 'POST',
          uri: url.pathname + url.search,
        });
        reply = await post(url, action, envelope(body), timeout, authorization);
      }
    }
    if (!refusedReply(reply)) return answer(reply);
    mode.current = { kind: 'wsse' };
  }
  const header = usernameTokenHeader(target.user, target.password, randomBytes(16), new Date());
  const reply = await post(url, action, envelope(body, header), timeout);
  if (refusedReply(reply)) throw new OnvifError('refused', `HTTP ${reply.status}`);
  return answer(reply);
}

function answer(reply: Reply): string {
  const fault = parseFault(reply.body);
  if (fault) throw new OnvifError('fault', fault.text);
  if (reply.status < 200 || reply.status >= 300) throw new OnvifError('unexpected', `HTTP ${reply.status}`);
  return reply.body;
}

/**
 * GetServices (fallback GetCapabilities) → the search service's XAddr → GetRecordingSummary.
 * Only private or loopback addresses are contacted, the search XAddr included.
 */
export async function readRecordingSummary(target: OnvifTarget): Promise<OnvifResult> {
  try {
    const problem = onvifAddressProblem(target.url);
    if (problem) throw new OnvifError('address', problem);
    const device = new URL(target.url);
    const mode = { current: { kind: 'digest' } as AuthMode };
    let searchXAddr: string | null = null;
    try {
      const services = await call(
        target,
        device,
        `${DEVICE_NS}/GetServices`,
        `<GetServices xmlns="${DEVICE_NS}"><IncludeCapability>false</IncludeCapability></GetServices>`,
        mode,
      );
      searchXAddr = parseSearchXAddr(services);
    } catch (error) {
      if (!(error instanceof OnvifError) || (error.reason !== 'fault' && error.reason !== 'unexpected')) throw error;
    }
    if (!searchXAddr) {
      const capabilities = await call(
        target,
        device,
        `${DEVICE_NS}/GetCapabilities`,
        `<GetCapabilities xmlns="${DEVICE_NS}"><Category>All</Category></GetCapabilities>`,
        mode,
      );
      searchXAddr = parseSearchXAddr(capabilities);
    }
    if (!searchXAddr) throw new OnvifError('unexpected', 'no search service (Profile G) offered');
    const searchProblem = onvifAddressProblem(searchXAddr);
    if (searchProblem) throw new OnvifError('address', `search service: ${searchProblem}`);
    const summary = parseRecordingSummary(
      await call(target, new URL(searchXAddr), `${SEARCH_NS}/GetRecordingSummary`, `<GetRecordingSummary xmlns="${SEARCH_NS}"/>`, mode),
    );
    if (!summary) throw new OnvifError('unexpected', 'GetRecordingSummary reply without a Summary');
    return { ok: true, summary: { searchXAddr, ...summary } };
  } catch (error) {
    if (error instanceof OnvifError) return { ok: false, reason: error.reason, detail: error.message };
    return { ok: false, reason: 'unexpected', detail: error instanceof Error ? error.name : 'error' };
  }
}
