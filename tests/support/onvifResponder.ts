import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small ONVIF device on 127.0.0.1 answering with canned SOAP (the reply shapes of the ONVIF Core
 * and Recording Search specifications): GetServices, GetCapabilities and GetRecordingSummary.
 * - `compliant` / `expired`: a Profile G recorder whose oldest footage is `dataFrom`;
 * - `empty`: NumberRecordings = 0; `fault`: a SOAP fault to GetRecordingSummary;
 * - `refused`: every password is wrong; `silent`: accepts the connection and never answers.
 * `auth: 'digest'` checks HTTP Digest; `auth: 'wsse'` offers no Digest and checks the WS-UsernameToken.
 * `noServices`: GetServices is not implemented (a fault), so the client falls back to GetCapabilities.
 */
export type ResponderMode = 'compliant' | 'expired' | 'empty' | 'fault' | 'refused' | 'silent';

export interface ResponderOptions {
  mode: ResponderMode;
  user?: string;
  password?: string;
  dataFrom?: string;
  dataUntil?: string;
  auth?: 'digest' | 'wsse';
  noServices?: boolean;
}

export interface Responder {
  url: string;
  /** The bodies and Authorization headers received (the password must never appear in them). */
  received: string[];
  close(): Promise<void>;
}

const ENV = (body: string) =>
  '<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://www.w3.org/2003/05/soap-envelope" ' +
  'xmlns:tds="http://www.onvif.org/ver10/device/wsdl" xmlns:tse="http://www.onvif.org/ver10/search/wsdl" ' +
  'xmlns:tt="http://www.onvif.org/ver10/schema" xmlns:ter="http://www.onvif.org/ver10/error">' +
  `<SOAP-ENV:Header/><SOAP-ENV:Body>${body}</SOAP-ENV:Body></SOAP-ENV:Envelope>`;

const FAULT = (subcode: string, text: string) =>
  ENV(
    '<SOAP-ENV:Fault><SOAP-ENV:Code><SOAP-ENV:Value>SOAP-ENV:Sender</SOAP-ENV:Value><SOAP-ENV:Subcode>' +
      `<SOAP-ENV:Value>${subcode}</SOAP-ENV:Value></SOAP-ENV:Subcode></SOAP-ENV:Code>` +
      `<SOAP-ENV:Reason><SOAP-ENV:Text xml:lang="en">${text}</SOAP-ENV:Text></SOAP-ENV:Reason></SOAP-ENV:Fault>`,
  );

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

function digestOk(header: string | undefined, user: string, password: string, nonce: string, realm: string): boolean {
  if (!header?.startsWith('Digest ')) return false;
  const p = new Map([...header.matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]+))/g)].map((m) => [m[1] ?? '', m[2] ?? m[3] ?? '']));
  if (p.get('username') !== user || p.get('nonce') !== nonce) return false;
  const ha1 = md5(`${user}:${realm}:${password}`);
  const ha2 = md5(`POST:${p.get('uri') ?? ''}`);
  return p.get('response') === md5(`${ha1}:${nonce}:${p.get('nc') ?? ''}:${p.get('cnonce') ?? ''}:${p.get('qop') ?? ''}:${ha2}`);
}

function wsseOk(body: string, user: string, password: string): boolean {
  const pick = (local: string) => new RegExp(`<wsse:${local}[^>]*>([^<]*)</wsse:${local}>`).exec(body)?.[1];
  const created = /<wsu:Created>([^<]*)<\/wsu:Created>/.exec(body)?.[1];
  const nonce = pick('Nonce');
  if (pick('Username') !== user || !created || !nonce) return false;
  const expected = createHash('sha1')
    .update(Buffer.concat([Buffer.from(nonce, 'base64'), Buffer.from(created), Buffer.from(password)]))
    .digest('base64');
  return pick('Password') === expected && created.endsWith('Z');
}

const reply = (res: ServerResponse, status: number, xml: string, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/soap+xml; charset=utf-8', ...headers });
  res.end(xml);
};

export async function startOnvifResponder(options: ResponderOptions): Promise<Responder> {
  const user = options.user ?? 'admin';
  const password = options.password ?? 'nvr-Secret#1';
  const auth = options.auth ?? 'digest';
  const realm = 'ONVIF';
  const nonce = randomBytes(12).toString('hex');
  const received: string[] = [];
  const hanging = new Set<ServerResponse>();
  let base = '';

  const handle = (req: IncomingMessage, res: ServerResponse, body: string) => {
    received.push(`${req.headers.authorization ?? ''}\n${body}`);
    if (options.mode === 'silent') {
      hanging.add(res);
      return;
    }
    const authorised =
      options.mode !== 'refused' &&
      (auth === 'digest' ? digestOk(req.headers.authorization, user, password, nonce, realm) : wsseOk(body, user, password));
    if (!authorised) {
      if (auth === 'digest')
        return reply(res, 401, '', { 'www-authenticate': `Digest realm="${realm}", qop="auth", nonce="${nonce}", algorithm=MD5` });
      return reply(res, 400, FAULT('ter:NotAuthorized', 'Sender not authorized'));
    }
    if (body.includes('GetServices')) {
      if (options.noServices) return reply(res, 400, FAULT('ter:ActionNotSupported', 'GetServices not supported'));
      return reply(
        res,
        200,
        ENV(
          '<tds:GetServicesResponse>' +
            `<tds:Service><tds:Namespace>http://www.onvif.org/ver10/device/wsdl</tds:Namespace><tds:XAddr>${base}/onvif/device_service</tds:XAddr><tds:Version><tt:Major>2</tt:Major><tt:Minor>60</tt:Minor></tds:Version></tds:Service>` +
            `<tds:Service><tds:Namespace>http://www.onvif.org/ver10/search/wsdl</tds:Namespace><tds:XAddr>${base}/onvif/search_service</tds:XAddr><tds:Version><tt:Major>2</tt:Major><tt:Minor>42</tt:Minor></tds:Version></tds:Service>` +
            '</tds:GetServicesResponse>',
        ),
      );
    }
    if (body.includes('GetCapabilities')) {
      return reply(
        res,
        200,
        ENV(
          `<tds:GetCapabilitiesResponse><tds:Capabilities><tt:Device><tt:XAddr>${base}/onvif/device_service</tt:XAddr></tt:Device>` +
            `<tt:Extension><tt:Search><tt:XAddr>${base}/onvif/search_service</tt:XAddr><tt:MetadataSearch>false</tt:MetadataSearch></tt:Search></tt:Extension>` +
            '</tds:Capabilities></tds:GetCapabilitiesResponse>',
        ),
      );
    }
    if (body.includes('GetRecordingSummary')) {
      if (options.mode === 'fault') return reply(res, 500, FAULT('ter:Action', 'The recording database is being rebuilt'));
      const count = options.mode === 'empty' ? 0 : 16;
      const range =
        options.mode === 'empty'
          ? ''
          : `<tt:DataFrom>${options.dataFrom ?? '2026-10-25T15:00:00Z'}</tt:DataFrom><tt:DataUntil>${options.dataUntil ?? '2026-11-24T00:00:00Z'}</tt:DataUntil>`;
      return reply(
        res,
        200,
        ENV(
          `<tse:GetRecordingSummaryResponse><tse:Summary>${range}<tt:NumberRecordings>${count}</tt:NumberRecordings></tse:Summary></tse:GetRecordingSummaryResponse>`,
        ),
      );
    }
    return reply(res, 400, FAULT('ter:ActionNotSupported', 'Unknown action'));
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}/onvif/device_service`,
    received,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
