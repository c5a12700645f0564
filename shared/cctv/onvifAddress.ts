/**
 * The recorder is on the clinic's LAN and nothing else is ever contacted: an ONVIF address must be
 * an http(s) URL whose host is a private or loopback IP literal (RFC 1918, 127/8, link-local,
 * IPv6 ::1, fc00::/7, fe80::/10). A host name is refused: what it resolves to can change.
 */
export function onvifAddressProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return '녹화기 주소를 http://192.168.0.10/onvif/device_service 처럼 입력해 주세요.';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '녹화기 주소는 http:// 또는 https:// 로 시작해야 합니다.';
  if (url.username || url.password) return '주소에 아이디·비밀번호를 넣지 말고 아래 칸에 입력해 주세요.';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!isPrivateAddress(host)) {
    return `${host}은(는) 병원 내부망(사설·루프백) 주소가 아닙니다. 녹화기의 내부 IP 주소(예: 192.168.0.10)를 입력해 주세요.`;
  }
  return null;
}

export function isPrivateAddress(host: string): boolean {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    if (v4.slice(1).some((part) => Number(part) > 255)) return false;
    return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  if (!host.includes(':')) return false;
  const lower = host.toLowerCase();
  if (lower === '::1') return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return isPrivateAddress(mapped[1] ?? '');
  const first = Number.parseInt(lower.split(':')[0] || '0', 16);
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80;
}
