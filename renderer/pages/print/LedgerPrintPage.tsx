import { Loader } from '@mantine/core';
import { useEffect } from 'react';
import { useApiQuery } from '../../api/hooks.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import './print.css';
import { PrintToolbar, markPrintReady } from './PrintToolbar.tsx';

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
      <article className="print-sheet landscape" aria-label="개인정보 파기 관리대장">
        <h1>개인정보 파기 관리대장</h1>
        <p style={{ display: 'flex', justifyContent: 'space-between' }}>
          <span>기관명: {session.clinicName}</span>
          <span>
            기간: {period.from ?? '처음'} ~ {period.to ?? session.today}
          </span>
        </p>
        <table>
          <thead>
            <tr>
              <th style={{ width: '8%' }}>번호</th>
              <th style={{ width: '16%' }}>개인정보 파일명</th>
              <th style={{ width: '8%' }}>자료의 종류</th>
              <th style={{ width: '8%' }}>생성일</th>
              <th style={{ width: '8%' }}>파기일</th>
              <th style={{ width: '8%' }}>파기사유</th>
              <th style={{ width: '12%' }}>파기방법·장소</th>
              <th style={{ width: '9%' }}>보유·파기·현 보유</th>
              <th style={{ width: '8%' }}>처리담당자</th>
              <th style={{ width: '8%' }}>처리부서장 확인</th>
              <th>승인일</th>
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
                <td>{entry.destruction.approval.approver.name} (전자서명)</td>
                <td className="nowrap">{entry.destruction.approval.approvedOn}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="small">
          총 {rows.length}건 · 각 항목은 처리담당자와 보호책임자의 전자서명으로 관리대장에 기록되어 있습니다. 출력일: {session.today}
        </p>
      </article>
    </>
  );
}
