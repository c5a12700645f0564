import { Loader } from '@mantine/core';
import { useEffect } from 'react';
import { SHEET_WORDS } from '../../shared/i18n/printout.ts';
import { LEDGER_SHEET_WORDS as W } from '../../shared/ledger/printout.ts';
import { useApiQuery } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useSession } from '../session/SessionContext.tsx';
import '../components/print/print.css';
import { PrintToolbar, markPrintReady } from '../components/print/PrintToolbar.tsx';

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

  return (
    <>
      <PrintToolbar />
      <article className="print-sheet landscape" aria-label={W.title}>
        <h1>{W.title}</h1>
        <p style={{ display: 'flex', justifyContent: 'space-between' }}>
          <span>
            {SHEET_WORDS.clinic}: {session.clinicName}
          </span>
          <span>{SHEET_WORDS.period(period.from ?? SHEET_WORDS.from, period.to ?? session.today)}</span>
        </p>
        <table>
          <thead>
            <tr>
              <th style={{ width: '8%' }}>{W.serial}</th>
              <th style={{ width: '16%' }}>{W.fileName}</th>
              <th style={{ width: '8%' }}>{W.kind}</th>
              <th style={{ width: '8%' }}>{W.createdOn}</th>
              <th style={{ width: '8%' }}>{W.destroyedOn}</th>
              <th style={{ width: '8%' }}>{W.reason}</th>
              <th style={{ width: '12%' }}>{W.methodPlace}</th>
              <th style={{ width: '9%' }}>{W.counts}</th>
              <th style={{ width: '8%' }}>{W.performer}</th>
              <th style={{ width: '8%' }}>{W.approver}</th>
              <th>{W.approvedOn}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ entry, file }) => (
              <tr key={`${entry.serial}-${file.fileId}`}>
                <td className="nowrap">{entry.serial}</td>
                <td>{file.name}</td>
                <td>{file.mediaKindLabel}</td>
                <td className="nowrap">{file.createdOn}</td>
                <td className="nowrap">{entry.destruction.record.performedOn}</td>
                <td>{entry.destruction.record.reasonLabel}</td>
                <td>
                  {entry.destruction.record.methodLabel}
                  <div className="small">{entry.destruction.record.place}</div>
                </td>
                <td>
                  {file.countBefore.toLocaleString('ko-KR')} · {file.countDestroyed.toLocaleString('ko-KR')} ·{' '}
                  {file.countAfter.toLocaleString('ko-KR')}
                </td>
                <td>{entry.destruction.record.performer.name}</td>
                <td>
                  {entry.destruction.approval.approver.name} {W.electronicSignature}
                </td>
                <td className="nowrap">{entry.destruction.approval.approvedOn}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="small">
          {W.footer(String(rows.length))} {SHEET_WORDS.printedOn}: {session.today}
        </p>
      </article>
    </>
  );
}
