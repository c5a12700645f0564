import { Loader } from '@mantine/core';
import { useEffect } from 'react';
import { SHEET_WORDS } from '../../shared/i18n/printout.ts';
import { TRANSFER_GROUND_LABELS } from '../../shared/processors/clauses.ts';
import { countryName } from '../../shared/processors/countries.ts';
import { POLICY_SHEET_WORDS as P, PROCESSOR_SHEET_WORDS as W } from '../../shared/processors/printout.ts';
import { useApiQuery } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { markPrintReady } from '../components/print/PrintToolbar.tsx';
import { PrintSheet } from '../components/print/PrintSheet.tsx';
import { useSession } from '../session/SessionContext.tsx';

/** The generated policy sections on A4, as they read on the website, with the text's SHA-256. */
export function PolicyPrintPage() {
  const session = useSession();
  const policy = useApiQuery('processors.policyText', {});
  useEffect(() => {
    markPrintReady(policy.isSuccess);
    return () => markPrintReady(false);
  }, [policy.isSuccess]);
  if (policy.isPending) return <Loader m="xl" />;
  if (policy.isError) return <ErrorAlert error={policy.error} />;
  const { rows, clinicName, sha256 } = policy.data;
  const who = clinicName || P.clinic;
  const abroad = rows.filter((row) => row.overseas !== null);
  return (
    <PrintSheet title={W.policyTitle} orientation="portrait" scope={SHEET_WORDS.asOf(session.today)} footer={W.sha(sha256)}>
      <h2>{P.entrustTitle}</h2>
      <p>{P.lead(who)}</p>
      <table>
        <thead>
          <tr>
            <th style={{ width: '32%' }}>{P.processor}</th>
            <th style={{ width: '40%' }}>{P.work}</th>
            <th>{P.retention}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td style={{ paddingLeft: `${4 + row.depth * 14}px` }}>
                {row.depth > 0 ? '└ ' : ''}
                {row.name}
                {row.parentName ? <div className="small">{P.sub(row.parentName)}</div> : null}
              </td>
              <td>{row.work}</td>
              <td>{row.retention}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{P.overseasTitle}</h2>
      {abroad.length === 0 ? <p>{P.none(who)}</p> : null}
      {abroad.map((row) =>
        row.overseas ? (
          <table key={row.id} className="kv">
            <tbody>
              <tr>
                <th style={{ width: '28%' }}>{P.recipient}</th>
                <td>
                  {row.name} ({row.overseas.contact})
                </td>
              </tr>
              <tr>
                <th>{P.countries}</th>
                <td>{row.overseas.countries.map((c) => countryName(c)).join(', ')}</td>
              </tr>
              <tr>
                <th>{P.whenHow}</th>
                <td>{row.overseas.whenHow}</td>
              </tr>
              <tr>
                <th>{P.items}</th>
                <td>{row.overseas.items}</td>
              </tr>
              <tr>
                <th>{P.purpose}</th>
                <td>{row.overseas.purpose}</td>
              </tr>
              <tr>
                <th>{P.overseasRetention}</th>
                <td>{row.overseas.retention}</td>
              </tr>
              <tr>
                <th>{P.refusal}</th>
                <td>{row.overseas.refusal}</td>
              </tr>
              <tr>
                <th>{P.ground}</th>
                <td>
                  {row.overseas.ground ? TRANSFER_GROUND_LABELS[row.overseas.ground] : ''}
                  {row.overseas.groundNote ? ` — ${row.overseas.groundNote}` : ''}
                </td>
              </tr>
            </tbody>
          </table>
        ) : null,
      )}
    </PrintSheet>
  );
}
