import { afterEach, describe, expect, it } from 'vitest';
import { readRecordingSummary } from '../../../electron/cctv/onvif.ts';
import { passwordDigest } from '../../../electron/cctv/onvifAuth.ts';
import { onvifAddressProblem } from '../../../shared/cctv/onvifAddress.ts';
import { startOnvifResponder, type Responder, type ResponderOptions } from '../../support/onvifResponder.ts';

const PASSWORD = 'nvr-Secret#1';
const open: Responder[] = [];
afterEach(async () => {
  for (const r of open.splice(0)) await r.close();
});

async function read(options: ResponderOptions, password = PASSWORD) {
  const responder = await startOnvifResponder(options);
  open.push(responder);
  return { result: await readRecordingSummary({ url: responder.url, user: 'admin', password, timeoutMs: 400 }), responder };
}

describe('ONVIF Profile G: the oldest footage a recorder holds', () => {
  it('reads GetServices → search XAddr → GetRecordingSummary with HTTP Digest, in UTC, never sending the password', async () => {
    const { result, responder } = await read({ mode: 'compliant', dataFrom: '2026-10-26T00:00:00+09:00' });
    expect(result).toEqual({
      ok: true,
      summary: {
        searchXAddr: responder.url.replace('device_service', 'search_service'),
        dataFrom: '2026-10-25T15:00:00.000Z',
        dataUntil: '2026-11-24T00:00:00.000Z',
        numberRecordings: 16,
      },
    });
    expect(responder.received.join('\n')).not.toContain(PASSWORD);
  });

  it('falls back to WS-UsernameToken PasswordDigest when Digest is refused, and to GetCapabilities without GetServices', async () => {
    const { result, responder } = await read({ mode: 'expired', auth: 'wsse', noServices: true, dataFrom: '2026-10-01T00:00:00Z' });
    expect(result).toMatchObject({ ok: true, summary: { dataFrom: '2026-10-01T00:00:00.000Z', numberRecordings: 16 } });
    expect(responder.received.some((r) => r.includes('GetCapabilities'))).toBe(true);
    expect(responder.received.join('\n')).not.toContain(PASSWORD);
  });

  it('says why when there is no proof: no recordings, a fault, a refused password, no answer in time', async () => {
    expect((await read({ mode: 'empty' })).result).toMatchObject({ ok: true, summary: { numberRecordings: 0, dataFrom: null } });
    expect((await read({ mode: 'fault' })).result).toMatchObject({
      ok: false,
      reason: 'fault',
      detail: 'The recording database is being rebuilt',
    });
    expect((await read({ mode: 'refused' })).result).toMatchObject({ ok: false, reason: 'refused' });
    expect((await read({ mode: 'compliant' }, 'wrong-password')).result).toMatchObject({ ok: false, reason: 'refused' });
    const started = Date.now();
    expect((await read({ mode: 'silent' })).result).toMatchObject({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(
      await readRecordingSummary({ url: 'http://127.0.0.1:9/onvif/device_service', user: 'a', password: 'b', timeoutMs: 400 }),
    ).toMatchObject({
      ok: false,
      reason: 'unreachable',
    });
  });

  it('contacts only private or loopback addresses', async () => {
    expect(onvifAddressProblem('http://192.168.0.10/onvif/device_service')).toBeNull();
    expect(onvifAddressProblem('http://10.1.2.3:8080/onvif/device_service')).toBeNull();
    expect(onvifAddressProblem('http://172.20.0.5/onvif/device_service')).toBeNull();
    expect(onvifAddressProblem('http://[::1]:80/onvif/device_service')).toBeNull();
    expect(onvifAddressProblem('http://8.8.8.8/onvif/device_service')).toMatch(/내부망/);
    expect(onvifAddressProblem('http://172.32.0.1/onvif/device_service')).toMatch(/내부망/);
    expect(onvifAddressProblem('http://nvr.example.com/onvif/device_service')).toMatch(/내부망/);
    expect(onvifAddressProblem('ftp://192.168.0.10/')).toMatch(/http/);
    expect(await readRecordingSummary({ url: 'http://203.0.113.5/onvif/device_service', user: 'a', password: 'b' })).toMatchObject({
      ok: false,
      reason: 'address',
    });
  });

  it('PasswordDigest is Base64(SHA1(nonce ‖ created ‖ password)) (ONVIF Core, the spec example)', () => {
    // ONVIF Application Programmer's Guide example: nonce LKqI6G/AikKCQrN0zqZFlg==, created 2010-09-16T07:50:45Z, password userpassword.
    expect(passwordDigest(Buffer.from('LKqI6G/AikKCQrN0zqZFlg==', 'base64'), '2010-09-16T07:50:45Z', 'userpassword')).toBe(
      'tuOSpGlFlIXsozq4HFNeeGeFLEI=',
    );
  });
});
