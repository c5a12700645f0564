import { Button, Loader } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import QRCode from 'qrcode';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateView } from '../../shared/ledger/contract.ts';
import { formatDateWithWeekday, formatInstant, formatKoreanDate } from '../../shared/dates/calendar.ts';
import { formatFingerprint } from '../../shared/ledger/fingerprint.ts';
import { countryName } from '../../shared/processors/countries.ts';
import { CERTIFICATE_WORDS as W, TIMING_WORDS } from '../../shared/ledger/printout.ts';
import { destructionTiming } from '../../shared/ledger/timing.ts';
import { SHEET_WORDS } from '../../shared/i18n/printout.ts';
import { useQueryClient } from '@tanstack/react-query';
import { call } from '../api/client.ts';
import { useApiQuery } from '../api/hooks.ts';
import { PasswordConfirmModal } from '../components/PasswordConfirmModal.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useCan } from '../session/useCan.ts';
import { markPrintReady } from '../components/print/PrintToolbar.tsx';
import { PrintSheet } from '../components/print/PrintSheet.tsx';
import { CertificateRecords } from '../reservations/CertificateRecords.tsx';

/** 개인정보 파기 확인서: one A4 page per ledger entry, printed in Korean whatever the UI language. */
export function CertificatePrintPage({ serial }: { serial: string }) {
  const { t } = useTranslation();
  const canArchive = useCan('ledger.archiveCertificate');
  const certificate = useApiQuery('ledger.entry', { serial });
  const [qr, setQr] = useState<string | null>(null);
  const [signing, setSigning] = useState<'print' | 'archive' | null>(null);
  const client = useQueryClient();

  useEffect(() => {
    if (!certificate.data) return;
    void QRCode.toDataURL(certificate.data.qr, { errorCorrectionLevel: 'M', margin: 4, width: 264 }).then(setQr);
  }, [certificate.data]);

  useEffect(() => {
    markPrintReady(Boolean(certificate.data && qr));
    return () => markPrintReady(false);
  }, [certificate.data, qr]);

  if (certificate.isPending) return <Loader m="xl" />;
  if (certificate.isError) return <ErrorAlert error={certificate.error} />;

  return (
    <>
      <Certificate
        view={certificate.data}
        qr={qr}
        onPrint={() => setSigning('print')}
        toolbar={
          canArchive ? (
            <Button variant="light" onClick={() => setSigning('archive')}>
              {t('ledger.archive')}
            </Button>
          ) : null
        }
      />
      {/* Every printout is signed by the person printing it: both chains as they stand now. */}
      <PasswordConfirmModal
        opened={signing !== null}
        title={t('ledger.printTitle')}
        lead={t('ledger.printLead')}
        confirmLabel={signing === 'archive' ? t('ledger.archiveSign') : t('ledger.printSign')}
        onClose={() => setSigning(null)}
        onConfirm={async (password) => {
          if (signing === 'archive') {
            await call('ledger.archiveCertificate', { serial, password });
            notifications.show({ color: 'teal', message: t('ledger.archived') });
          } else {
            await call('ledger.signPrintout', { serial, password });
          }
          await client.invalidateQueries({ predicate: (query) => String(query.queryKey[0]).startsWith('ledger.') });
          // After the dialog has closed and the page shows the new printout signature.
          if (signing === 'print') setTimeout(() => window.print(), 300);
        }}
      />
    </>
  );
}

function Certificate({
  view,
  qr,
  toolbar,
  onPrint,
}: {
  view: CertificateView;
  qr: string | null;
  toolbar: ReactNode;
  onPrint: () => void;
}) {
  const { entry, clinic } = view;
  const { record, approval } = entry.destruction;
  const timing = destructionTiming(record);
  return (
    <PrintSheet
      title={W.title}
      scope={`${W.serial} ${entry.serial}`}
      orientation="portrait"
      toolbar={toolbar}
      onPrint={onPrint}
      heading={
        <>
          <div className="head">
            <div>
              <div className="small">
                {W.serial} <span className="nowrap">{entry.serial}</span>
              </div>
              <h1>{W.title}</h1>
            </div>
            {qr ? <img className="qr" src={qr} alt={`QR ${entry.serial}`} /> : null}
          </div>
        </>
      }
    >
      <table className="kv">
        <tbody>
          <tr>
            <th>{W.clinic}</th>
            <td>{record.clinic.name || clinic?.name}</td>
            <th>{W.businessNumber}</th>
            <td>{record.clinic.businessNumber || clinic?.businessNumber}</td>
          </tr>
          <tr>
            <th>{W.seal}</th>
            <td colSpan={3}>
              <span className="mono">{view.installationKeyId ? formatFingerprint(view.installationKeyId) : SHEET_WORDS.none}</span>
              <div className="small">{W.sealKey}</div>
            </td>
          </tr>
        </tbody>
      </table>
      <p>{W.lead}</p>
      <h2>{W.files}</h2>
      <table>
        <thead>
          <tr>
            <th style={{ width: '22%' }}>{W.fileName}</th>
            <th style={{ width: '18%' }}>{W.items}</th>
            <th style={{ width: '10%' }}>{W.kind}</th>
            <th style={{ width: '13%' }}>{W.createdOn}</th>
            <th style={{ width: '14%' }}>{W.counts}</th>
            <th>{W.retention}</th>
          </tr>
        </thead>
        <tbody>
          {record.files.map((file) => (
            <tr key={file.fileId}>
              <td>{file.name}</td>
              <td>{file.items}</td>
              <td>{file.mediaKindLabel}</td>
              <td className="nowrap">{file.createdOn}</td>
              <td>
                {file.countBefore.toLocaleString('ko-KR')} / {file.countDestroyed.toLocaleString('ko-KR')} /{' '}
                {file.countAfter.toLocaleString('ko-KR')}
              </td>
              <td>
                {file.policy.ruleText}
                {file.retentionEnds ? W.retentionEnds(file.retentionEnds) : ''}
                <div className="small">{file.policy.basis}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <CertificateRecords record={record} serial={entry.serial} />
      <h2>{W.details}</h2>
      <table className="kv">
        <tbody>
          <tr>
            <th>{W.reason}</th>
            <td>{record.reasonLabel}</td>
          </tr>
          <tr>
            <th>{W.method}</th>
            <td>
              {record.methodLabel}
              <div className="small">{W.basis(record.methodBasis)}</div>
            </td>
          </tr>
          <tr>
            <th>{W.place}</th>
            <td>{record.place}</td>
          </tr>
          {record.processors && record.processors.length > 0 ? (
            <tr>
              <th>{W.processors}</th>
              <td>{record.processors.map((p) => W.processor(p.name, countryName(p.country, 'ko'), p.parentId !== null)).join(' · ')}</td>
            </tr>
          ) : null}
          <tr>
            <th>{W.requested}</th>
            <td>
              {formatInstant(record.requestedAt, 'ko')} · {record.requestedBy.name}
            </td>
          </tr>
          <tr>
            <th>{W.performedOn}</th>
            <td>
              {formatDateWithWeekday(record.performedOn, 'ko')}
              {timing.beforeRequest ? <span className="small"> · {TIMING_WORDS.beforeRequest(timing.requestedOn)}</span> : null}
            </td>
          </tr>
          {timing.daysLate > 0 ? (
            <tr>
              <th>{TIMING_WORDS.row}</th>
              <td className="late">
                {TIMING_WORDS.late(timing.deadline ?? '', timing.daysLate)}
                {timing.delayReason ? <div>{TIMING_WORDS.reason(timing.delayReason)}</div> : null}
              </td>
            </tr>
          ) : null}
          <tr>
            <th>{W.approvedOn}</th>
            <td>{formatDateWithWeekday(approval.approvedOn, 'ko')}</td>
          </tr>
          {record.attachments.length > 0 ? (
            <tr>
              <th>{W.attachments}</th>
              <td>
                {record.attachments.map((a) => (
                  <div key={a.id}>
                    {a.fileName} <span className="mono">SHA-256 {a.sha256.slice(0, 16)}…</span>
                  </div>
                ))}
              </td>
            </tr>
          ) : null}
          {record.note ? (
            <tr>
              <th>{W.note}</th>
              <td>{record.note}</td>
            </tr>
          ) : null}
          {entry.corrections.map((c) => (
            <tr key={c.serial}>
              <th>{W.correction(c.serial)}</th>
              <td>{W.correctionText(c.correction, c.reason, c.officerName, formatInstant(c.recordedAt, 'ko'))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{W.signatures}</h2>
      <table className="sign">
        <thead>
          <tr>
            <th>{W.performer}</th>
            <th>{W.approver}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              {record.performer.title} {record.performer.name}
              <span className="stamp">{W.signHere}</span>
              <div className="mono">
                {W.signingKey} {formatFingerprint(record.performer.keyId)}
              </div>
            </td>
            <td>
              {approval.approver.title} {approval.approver.name}
              <span className="stamp">{W.signHere}</span>
              <div className="mono">
                {W.signingKey} {formatFingerprint(approval.approver.keyId)}
              </div>
            </td>
          </tr>
        </tbody>
      </table>
      <p className="closing">
        {formatKoreanDate(approval.approvedOn)}
        <br />
        <strong>{record.clinic.name || clinic?.name}</strong> {W.closing(approval.approver.name)}
      </p>
      <p className="small">
        {W.entryHash} <span className="mono">{entry.hash}</span>
        <br />
        {W.howToCheck}
        {view.printout ? (
          <>
            <br />
            {W.printoutSigned(view.printout.seq, view.printout.signer, formatInstant(view.printout.at, 'ko'))}
          </>
        ) : null}
      </p>
    </PrintSheet>
  );
}
