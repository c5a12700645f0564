/**
 * The few elements of ONVIF replies the app reads, found whatever namespace prefix a device uses.
 * No general XML parser: the replies are small and only these values matter.
 */

const SEARCH_NS = 'http://www.onvif.org/ver10/search/wsdl';

function elements(xml: string, local: string): string[] {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${local}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:[\\w.-]+:)?${local}\\s*>`, 'g');
  return [...xml.matchAll(pattern)].map((match) => match[1] ?? '');
}

function text(xml: string, local: string): string | null {
  const found = elements(xml, local)[0];
  return found === undefined ? null : decode(found.trim());
}

function decode(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** GetServices: the Service whose Namespace is the search WSDL; GetCapabilities: Extension/Search/XAddr (or Search/XAddr). */
export function parseSearchXAddr(xml: string): string | null {
  for (const service of elements(xml, 'Service')) {
    if (text(service, 'Namespace') === SEARCH_NS) return text(service, 'XAddr');
  }
  for (const search of elements(xml, 'Search')) {
    const xaddr = text(search, 'XAddr');
    if (xaddr) return xaddr;
  }
  return null;
}

/** GetRecordingSummary → Summary: DataFrom, DataUntil (xs:dateTime), NumberRecordings. Instants returned in UTC. */
export function parseRecordingSummary(xml: string): { dataFrom: string | null; dataUntil: string | null; numberRecordings: number } | null {
  const summary = elements(xml, 'Summary')[0];
  if (summary === undefined) return null;
  const count = text(summary, 'NumberRecordings');
  if (count === null || !/^\d+$/.test(count)) return null;
  const instant = (local: string) => {
    const value = text(summary, local);
    if (value === null) return null;
    const time = Date.parse(value);
    return Number.isNaN(time) ? null : new Date(time).toISOString();
  };
  return { dataFrom: instant('DataFrom'), dataUntil: instant('DataUntil'), numberRecordings: Number(count) };
}

/** A SOAP fault's reason text, and whether its subcode says the credentials were refused. */
export function parseFault(xml: string): { text: string; notAuthorized: boolean } | null {
  const fault = elements(xml, 'Fault')[0];
  if (fault === undefined) return null;
  const reason = text(fault, 'Text') ?? text(fault, 'faultstring') ?? 'SOAP fault';
  return { text: reason.slice(0, 200), notAuthorized: /NotAuthorized|FailedAuthentication/i.test(fault) };
}
