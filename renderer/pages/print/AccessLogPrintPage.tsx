import { Loader } from '@mantine/core';
import { useEffect } from 'react';
import { KIND_LABELS, RESULT_LABELS, methodLabel } from '../../../shared/api/labels.ts';
import { ACCESS_KINDS, type AccessKind } from '../../../shared/api/accessLog.ts';
import { formatInstant } from '../../../shared/dates/calendar.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { markPrintReady } from './PrintToolbar.tsx';
import { PrintSheet } from './PrintSheet.tsx';

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
  const cut = total > rows.length ? ` (앞의 ${rows.length.toLocaleString('ko-KR')}건만 인쇄: 기간을 줄여 나누어 인쇄하세요)` : '';
  return (
    <PrintSheet
      title="개인정보처리시스템 접속기록"
      scope={`기간: ${filter.from ?? '처음'} ~ ${filter.to ?? '현재'}`}
      footer={`총 ${total.toLocaleString('ko-KR')}건${cut}`}
    >
      <table>
        <thead>
          <tr>
            <th style={{ width: '6%' }}>번호</th>
            <th style={{ width: '15%' }}>일시</th>
            <th style={{ width: '14%' }}>계정</th>
            <th style={{ width: '7%' }}>구분</th>
            <th style={{ width: '18%' }}>작업</th>
            <th style={{ width: '18%' }}>대상</th>
            <th style={{ width: '8%' }}>결과</th>
            <th>접속지</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.seq}>
              <td>{row.seq}</td>
              <td className="nowrap">{formatInstant(row.at, 'ko', true)}</td>
              <td>{row.login ? `${row.login} (${row.userName ?? ''})` : '—'}</td>
              <td>{KIND_LABELS[row.kind]?.ko ?? row.kind}</td>
              <td>{methodLabel(row.method)}</td>
              <td className="mono">{row.targets.join(' ')}</td>
              <td>{RESULT_LABELS[row.result]?.ko ?? row.result}</td>
              <td>{row.terminal}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintSheet>
  );
}
