import { Loader } from '@mantine/core';
import { useEffect } from 'react';
import { accountText, kindLabel, resultLabel } from '../../shared/accessLog/labels.ts';
import { ACCESS_LOG_SHEET_WORDS as W } from '../../shared/accessLog/printout.ts';
import { SHEET_WORDS } from '../../shared/i18n/printout.ts';
import { methodLabel } from '../../shared/domains.ts';
import { ACCESS_KINDS, type AccessKind } from '../../shared/accessLog/contract.ts';
import { formatInstant } from '../../shared/dates/calendar.ts';
import { useApiQuery } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { markPrintReady } from '../components/print/PrintToolbar.tsx';
import { PrintSheet } from '../components/print/PrintSheet.tsx';

/** A printout is for a period someone reads on paper: at most this many entries, oldest first. */
const MAX_PRINTED = 5000;

/** The access log (접속기록) for the filters the screen had, as a printable table. */
export function AccessLogPrintPage({ query }: { query: string }) {
  const params = new URLSearchParams(query);
  const kind = params.get('kind');
  const filter = {
    ...(params.get('from') ? { from: params.get('from') ?? '' } : {}),
    ...(params.get('to') ? { to: params.get('to') ?? '' } : {}),
    ...(params.get('userId') ? { userId: Number(params.get('userId')) } : {}),
    ...(params.get('text') ? { text: params.get('text') ?? '' } : {}),
    ...(kind && (ACCESS_KINDS as readonly string[]).includes(kind) ? { kind: kind as AccessKind } : {}),
  };
  const log = useApiQuery('accessLog.list', { ...filter, order: 'oldest', offset: 0, limit: MAX_PRINTED });
  useEffect(() => {
    markPrintReady(log.isSuccess);
    return () => markPrintReady(false);
  }, [log.isSuccess]);
  if (log.isPending) return <Loader m="xl" />;
  if (log.isError) return <ErrorAlert error={log.error} />;
  const { rows, total } = log.data;
  const cut = total > rows.length ? W.cut(rows.length.toLocaleString('ko-KR')) : '';
  return (
    <PrintSheet
      title={W.title}
      scope={SHEET_WORDS.period(filter.from ?? SHEET_WORDS.from, filter.to ?? SHEET_WORDS.now)}
      footer={`${SHEET_WORDS.total(total.toLocaleString('ko-KR'))}${cut}`}
    >
      <table>
        <thead>
          <tr>
            <th style={{ width: '5%' }}>{W.seq}</th>
            <th style={{ width: '14%' }}>{W.at}</th>
            <th style={{ width: '13%' }}>{W.account}</th>
            <th style={{ width: '6%' }}>{W.kind}</th>
            <th style={{ width: '13%' }}>{W.method}</th>
            <th style={{ width: '30%' }}>{W.targets}</th>
            <th style={{ width: '8%' }}>{W.result}</th>
            <th style={{ width: '11%' }}>{W.terminal}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.seq}>
              <td>{row.seq}</td>
              <td className="nowrap">{formatInstant(row.at, 'ko', true)}</td>
              <td>{accountText(row) || SHEET_WORDS.none}</td>
              <td>{kindLabel(row.kind)}</td>
              <td>{methodLabel(row.method)}</td>
              <td>{row.targetText.map((target) => target.ko).join(', ')}</td>
              <td>{resultLabel(row.result)}</td>
              <td>{row.terminal}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintSheet>
  );
}
