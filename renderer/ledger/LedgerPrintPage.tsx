import { Loader } from '@mantine/core';
import { useEffect } from 'react';
import { SHEET_WORDS } from '../../shared/i18n/printout.ts';
import { LEDGER_SHEET_WORDS as W, TIMING_WORDS } from '../../shared/ledger/printout.ts';
import { destructionTiming, type DestructionTiming } from '../../shared/ledger/timing.ts';
import { useApiQuery } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useSession } from '../session/SessionContext.tsx';
import { markPrintReady } from '../components/print/PrintToolbar.tsx';
import { PrintSheet } from '../components/print/PrintSheet.tsx';

/**
 * Column widths in mm of the printable width of A4 landscape (273 mm), as percentages: every
 * column of the 표준 개인정보 보호지침 form fits, the last one (처리부서장 확인) with room for a seal.
 */
const COLUMNS_MM = [17, 44, 17, 19, 23, 21, 36, 25, 24, 47] as const;
const width = (index: number) => `${((COLUMNS_MM[index] ?? 0) / 273) * 100}%`;

/** Under the 파기일: lateness and its reason, or a date before the request (the paper form's 비고). */
function TimingNotes({ timing }: { timing: DestructionTiming }) {
  return (
    <>
      {timing.daysLate > 0 ? <div className="small late">{TIMING_WORDS.late(timing.deadline ?? '', timing.daysLate)}</div> : null}
      {timing.delayReason ? <div className="small late">{TIMING_WORDS.reason(timing.delayReason)}</div> : null}
      {timing.beforeRequest ? <div className="small">{TIMING_WORDS.beforeRequest(timing.requestedOn)}</div> : null}
    </>
  );
}

/** 개인정보 파기 관리대장 for a period, A4 landscape, the columns of the 표준 개인정보 보호지침 form. */
export function LedgerPrintPage({ query }: { query: string }) {
  const session = useSession();
  const params = new URLSearchParams(query);
  const period = {
    ...(params.get('from') ? { from: params.get('from') ?? '' } : {}),
    ...(params.get('to') ? { to: params.get('to') ?? '' } : {}),
  };
  const entries = useApiQuery('ledger.list', period);

  useEffect(() => {
    markPrintReady(entries.isSuccess);
    return () => markPrintReady(false);
  }, [entries.isSuccess]);

  if (entries.isPending) return <Loader m="xl" />;
  if (entries.isError) return <ErrorAlert error={entries.error} />;
  const rows = entries.data.flatMap((entry) => entry.destruction.record.files.map((file) => ({ entry, file })));
  const headers = [W.serial, W.fileName, W.kind, W.createdOn, W.destroyedOn, W.reason, W.methodPlace, W.counts, W.performer, W.approver];

  return (
    <PrintSheet
      title={W.title}
      scope={SHEET_WORDS.period(period.from ?? SHEET_WORDS.from, period.to ?? session.today)}
      footer={W.footer(String(rows.length))}
    >
      <table>
        <thead>
          <tr>
            {headers.map((header, index) => (
              <th key={header} style={{ width: width(index) }}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ entry, file }) => {
            const { record, approval } = entry.destruction;
            return (
              <tr key={`${entry.serial}-${file.fileId}`}>
                <td className="nowrap">{entry.serial}</td>
                <td>{file.name}</td>
                <td>{file.mediaKindLabel}</td>
                <td className="nowrap">{file.createdOn}</td>
                <td>
                  <span className="nowrap">{record.performedOn}</span>
                  <TimingNotes timing={destructionTiming(record)} />
                </td>
                <td>{record.reasonLabel}</td>
                <td>
                  {record.methodLabel}
                  <div className="small">{record.place}</div>
                </td>
                <td>
                  {file.countBefore.toLocaleString('ko-KR')} · {file.countDestroyed.toLocaleString('ko-KR')} ·{' '}
                  {file.countAfter.toLocaleString('ko-KR')}
                </td>
                <td>
                  {record.performer.name}
                  <div className="small">{record.performer.title}</div>
                </td>
                <td>
                  <div className="seal-box">
                    <span>
                      {approval.approver.title} {approval.approver.name}
                      <span className="small"> · {W.approvedOn(approval.approvedOn)}</span>
                    </span>
                    <span className="stamp">{W.signOrSeal}</span>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </PrintSheet>
  );
}
