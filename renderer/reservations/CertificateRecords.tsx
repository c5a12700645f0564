import type { DestructionRecord } from '../../shared/ledger/types.ts';
import { RESERVATION_CERTIFICATE_WORDS as W } from '../../shared/reservations/printout.ts';
import { useApiQuery } from '../api/hooks.ts';

/**
 * On a certificate of a reservation destruction: how many records, the range of their reservation
 * dates, and each processor's copy with its confirmation (수탁자 확인 n/m). No personal data.
 */
export function CertificateRecords({ record, serial }: { record: DestructionRecord; serial: string }) {
  const disposals = useApiQuery('reservations.disposals', { serial }, { enabled: record.records !== undefined });
  const records = record.records;
  if (!records) return null;
  const confirmations = disposals.data?.[0]?.confirmations ?? [];
  const done = confirmations.filter((c) => c.confirmedOn !== null).length;
  return (
    <>
      <h2>{W.records}</h2>
      <table className="kv">
        <tbody>
          <tr>
            <th>{W.records}</th>
            <td>
              {W.count(records.count.toLocaleString('ko-KR'))} · {W.range(records.firstDate, records.lastDate)}
              <div className="small mono">
                {W.digest} {records.idsDigest.slice(0, 16)}…
              </div>
            </td>
          </tr>
        </tbody>
      </table>
      <h2>
        {W.processors} · {W.confirmed(done, records.processors.length)}
      </h2>
      {records.processors.length === 0 ? (
        <p>{W.none}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th style={{ width: '32%' }}>{W.processor}</th>
              <th style={{ width: '10%' }}>{W.country}</th>
              <th style={{ width: '16%' }}>{W.requestedOn}</th>
              <th style={{ width: '16%' }}>{W.confirmedOn}</th>
              <th>{W.evidence}</th>
            </tr>
          </thead>
          <tbody>
            {records.processors.map((processor) => {
              const state = confirmations.find((c) => c.processorId === processor.processorId);
              return (
                <tr key={processor.processorId}>
                  <td>
                    {processor.name}
                    {processor.via ? <div className="small">{W.via(processor.via)}</div> : null}
                  </td>
                  <td>{processor.country ?? ''}</td>
                  <td className="nowrap">{state?.requestedOn ?? '—'}</td>
                  <td className="nowrap">{state?.confirmedOn ?? W.notYet}</td>
                  <td>
                    {state?.evidence ? (
                      <>
                        {state.evidence.fileName} <span className="mono">SHA-256 {state.evidence.sha256.slice(0, 16)}…</span>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
