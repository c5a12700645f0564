import { Loader } from '@mantine/core';
import { useEffect } from 'react';
import { SHEET_WORDS } from '../../shared/i18n/printout.ts';
import { FILE_STATUS_LABELS, LOCATION_LABELS, MEDIA_KIND_LABELS } from '../../shared/register/files.ts';
import { REGISTER_SHEET_WORDS as W } from '../../shared/register/printout.ts';
import { useApiQuery } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useSession } from '../session/SessionContext.tsx';
import { markPrintReady } from '../components/print/PrintToolbar.tsx';
import { PrintSheet } from '../components/print/PrintSheet.tsx';

/** 개인정보파일 목록 as an inspector reads it: what is held, where, how many, until when, on what basis. */
export function RegisterPrintPage() {
  const session = useSession();
  const files = useApiQuery('register.list', { includeDestroyed: false });
  useEffect(() => {
    markPrintReady(files.isSuccess);
    return () => markPrintReady(false);
  }, [files.isSuccess]);
  if (files.isPending) return <Loader m="xl" />;
  if (files.isError) return <ErrorAlert error={files.error} />;
  return (
    <PrintSheet title={W.title} scope={`${W.scope} · ${SHEET_WORDS.asOf(session.today)}`} footer={W.footer(String(files.data.length))}>
      <table>
        <thead>
          <tr>
            <th style={{ width: '17%' }}>{W.name}</th>
            <th style={{ width: '15%' }}>{W.items}</th>
            <th style={{ width: '8%' }}>{W.kind}</th>
            <th style={{ width: '15%' }}>{W.location}</th>
            <th style={{ width: '7%' }}>{W.count}</th>
            <th style={{ width: '18%' }}>{W.retention}</th>
            <th style={{ width: '9%' }}>{W.destroyBy}</th>
            <th>{W.status}</th>
          </tr>
        </thead>
        <tbody>
          {files.data.map((file) => (
            <tr key={file.id}>
              <td>{file.name}</td>
              <td>{file.items}</td>
              <td>{MEDIA_KIND_LABELS[file.mediaKind]}</td>
              <td>
                {LOCATION_LABELS[file.locationKind]}
                <div className="small">{file.locationDetail}</div>
              </td>
              <td>{file.recordCount.toLocaleString('ko-KR')}</td>
              <td>
                {file.policy.ruleText}
                <div className="small">{file.policy.basis}</div>
              </td>
              <td className="nowrap">{file.due?.destroyBy ?? SHEET_WORDS.none}</td>
              <td>{FILE_STATUS_LABELS[file.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintSheet>
  );
}
