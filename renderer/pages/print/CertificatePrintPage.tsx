import { Alert, Button, Loader } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateView } from '../../../shared/api/ledger.ts';
import { formatDateWithWeekday, formatInstant, formatKoreanDate } from '../../../shared/dates/calendar.ts';
import { formatFingerprint } from '../../../shared/ledger/fingerprint.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import './print.css';
import { PrintToolbar, markPrintReady } from './PrintToolbar.tsx';

/** 개인정보 파기 확인서: one A4 page per ledger entry, printed in Korean whatever the UI language. */
export function CertificatePrintPage({ serial }: { serial: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const certificate = useApiQuery('ledger.entry', { serial });
  const archive = useApiMutation('ledger.archiveCertificate', ['ledger.']);
  const [qr, setQr] = useState<string | null>(null);

  useEffect(() => {
    if (!certificate.data) return;
    void QRCode.toDataURL(certificate.data.qr, { errorCorrectionLevel: 'M', margin: 0, width: 240 }).then(setQr);
  }, [certificate.data]);

  useEffect(() => {
    markPrintReady(Boolean(certificate.data && qr));
    return () => markPrintReady(false);
  }, [certificate.data, qr]);

  if (certificate.isPending) return <Loader m="xl" />;
  if (certificate.isError) return <ErrorAlert error={certificate.error} />;
  const canArchive = session.user?.role === 'officer' || session.user?.role === 'admin';

  return (
    <>
      <PrintToolbar>
        {canArchive ? (
          <Button
            variant="light"
            loading={archive.isPending}
            onClick={() =>
              archive.mutate({ serial }, { onSuccess: () => notifications.show({ color: 'teal', message: t('print.archived') }) })
            }
          >
            {t('print.archive')}
          </Button>
        ) : null}
      </PrintToolbar>
      {archive.isError ? (
        <Alert color="red" mx="auto" maw={720} mb="md">
          {archive.error.message}
        </Alert>
      ) : null}
      <Certificate view={certificate.data} qr={qr} />
    </>
  );
}

function Certificate({ view, qr }: { view: CertificateView; qr: string | null }) {
  const { entry, clinic } = view;
  const { record, approval } = entry.destruction;
  return (
    <article className="print-sheet" aria-label="개인정보 파기 확인서">
      <div className="head">
        <div>
          <div className="small">관리번호 {entry.serial}</div>
          <h1>개인정보 파기 확인서</h1>
        </div>
        {qr ? <img className="qr" src={qr} alt={`QR ${entry.serial}`} /> : null}
      </div>
      <table className="kv">
        <tbody>
          <tr>
            <th>기관명</th>
            <td>{record.clinic.name || clinic?.name}</td>
            <th>사업자등록번호</th>
            <td>{record.clinic.businessNumber || clinic?.businessNumber}</td>
          </tr>
          <tr>
            <th>기관 인장 지문</th>
            <td colSpan={3} className="mono">
              {view.installationKeyId ? formatFingerprint(view.installationKeyId) : '—'} (설치 서명 키)
            </td>
          </tr>
        </tbody>
      </table>
      <p>아래 개인정보를 「개인정보 보호법」 제21조 및 같은 법 시행령 제16조에 따라 복구·재생되지 않도록 파기하였음을 확인합니다.</p>
      <h2>파기한 개인정보</h2>
      <table>
        <thead>
          <tr>
            <th style={{ width: '22%' }}>개인정보 파일명</th>
            <th style={{ width: '18%' }}>항목</th>
            <th style={{ width: '10%' }}>자료의 종류</th>
            <th style={{ width: '13%' }}>생성일</th>
            <th style={{ width: '14%' }}>보유 / 파기 / 현 보유</th>
            <th>보존기간 · 근거</th>
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
                {file.retentionEnds ? ` (보존 종료 ${file.retentionEnds})` : ''}
                <div className="small">{file.policy.basis}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>파기 내용</h2>
      <table className="kv">
        <tbody>
          <tr>
            <th>파기 사유</th>
            <td>{record.reasonLabel}</td>
          </tr>
          <tr>
            <th>파기 방법</th>
            <td>
              {record.methodLabel}
              <div className="small">근거: {record.methodBasis}</div>
            </td>
          </tr>
          <tr>
            <th>파기 장소</th>
            <td>{record.place}</td>
          </tr>
          <tr>
            <th>파기 요청</th>
            <td>
              {formatInstant(record.requestedAt, 'ko')} · {record.requestedBy.name}
            </td>
          </tr>
          <tr>
            <th>파기일</th>
            <td>{formatDateWithWeekday(record.performedOn, 'ko')}</td>
          </tr>
          <tr>
            <th>파기 승인일</th>
            <td>{formatDateWithWeekday(approval.approvedOn, 'ko')}</td>
          </tr>
          {record.attachments.length > 0 ? (
            <tr>
              <th>증빙 첨부</th>
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
              <th>비고</th>
              <td>{record.note}</td>
            </tr>
          ) : null}
          {entry.corrections.map((c) => (
            <tr key={c.serial}>
              <th>정정 ({c.serial})</th>
              <td>
                {c.correction} — 사유: {c.reason} ({c.officerName}, {formatInstant(c.recordedAt, 'ko')})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>확인</h2>
      <table className="sign">
        <thead>
          <tr>
            <th>처리담당자</th>
            <th>처리부서장(개인정보 보호책임자)</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              {record.performer.title} {record.performer.name}
              <span className="stamp">(서명 또는 인)</span>
              <div className="mono">전자서명 키 {formatFingerprint(record.performer.keyId)}</div>
            </td>
            <td>
              {approval.approver.title} {approval.approver.name}
              <span className="stamp">(서명 또는 인)</span>
              <div className="mono">전자서명 키 {formatFingerprint(approval.approver.keyId)}</div>
            </td>
          </tr>
        </tbody>
      </table>
      <p className="closing">
        {formatKoreanDate(approval.approvedOn)}
        <br />
        <strong>{record.clinic.name || clinic?.name}</strong> 개인정보 보호책임자 {approval.approver.name} (인)
      </p>
      <p className="small">
        항목 해시(SHA-256): <span className="mono">{entry.hash}</span>
        <br />
        QR 코드를 Retention Desk의 [파기 관리대장 → 확인서 대조]에 읽히면 관리대장과 대조할 수 있습니다. 출력:{' '}
        {formatInstant(view.printedAt, 'ko')}
      </p>
    </article>
  );
}
