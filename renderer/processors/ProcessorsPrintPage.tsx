import { Loader } from '@mantine/core';
import { useEffect } from 'react';
import { SHEET_WORDS } from '../../shared/i18n/printout.ts';
import { CLAUSE_LABELS } from '../../shared/processors/clauses.ts';
import { countryName } from '../../shared/processors/countries.ts';
import { POLICY_SHEET_WORDS as P, PROCESSOR_SHEET_WORDS as W, PROCESSOR_STATUS_LABELS } from '../../shared/processors/printout.ts';
import { useApiQuery } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { markPrintReady } from '../components/print/PrintToolbar.tsx';
import { PrintSheet } from '../components/print/PrintSheet.tsx';
import { useSession } from '../session/SessionContext.tsx';

/** 개인정보 처리위탁 현황 on A4: the tree, each processor's contract, next inspection and what is wrong with it. */
export function ProcessorsPrintPage() {
  const session = useSession();
  const processors = useApiQuery('processors.list', { includeEnded: false });
  useEffect(() => {
    markPrintReady(processors.isSuccess);
    return () => markPrintReady(false);
  }, [processors.isSuccess]);
  if (processors.isPending) return <Loader m="xl" />;
  if (processors.isError) return <ErrorAlert error={processors.error} />;
  const list = processors.data;
  return (
    <PrintSheet
      title={W.title}
      orientation="landscape"
      scope={`${W.scope} · ${SHEET_WORDS.asOf(session.today)}`}
      footer={W.footer(String(list.length))}
    >
      <table>
        <thead>
          <tr>
            <th style={{ width: '20%' }}>{W.name}</th>
            <th style={{ width: '22%' }}>{W.work}</th>
            <th style={{ width: '9%' }}>{W.country}</th>
            <th style={{ width: '12%' }}>{W.contract}</th>
            <th style={{ width: '9%' }}>{W.inspection}</th>
            <th style={{ width: '8%' }}>{W.status}</th>
            <th>{W.warnings}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((p) => (
            <tr key={p.id}>
              <td style={{ paddingLeft: `${4 + p.depth * 14}px` }}>
                {p.depth > 0 ? '└ ' : ''}
                {p.name}
                {p.chain.length > 0 ? <div className="small">{p.chain.join(' → ')}</div> : null}
              </td>
              <td>
                {p.work}
                <div className="small">{p.items}</div>
              </td>
              <td>{[...new Set([p.country, ...p.storageCountries])].map((c) => countryName(c)).join(', ')}</td>
              <td className="nowrap">
                {p.contractStart} ~<div>{p.contractEnd ?? P.autoRenew}</div>
              </td>
              <td className="nowrap">{p.nextInspectionDue}</td>
              <td>{PROCESSOR_STATUS_LABELS[p.status]}</td>
              <td className={p.missingClauses.length > 0 || p.inspectionOverdue ? 'late' : undefined}>
                {p.missingClauses.length > 0 ? <div>{W.missing(p.missingClauses.map((k) => CLAUSE_LABELS[k]).join(', '))}</div> : null}
                {p.inspectionOverdue ? <div>{W.overdue(p.nextInspectionDue)}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintSheet>
  );
}
