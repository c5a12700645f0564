import { Loader } from '@mantine/core';
import { useEffect } from 'react';
import { LOCATION_LABELS, MEDIA_KIND_LABELS, FILE_STATUS_LABELS } from '../../../shared/domain/destruction.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { markPrintReady } from './PrintToolbar.tsx';
import { PrintSheet } from './PrintSheet.tsx';

/** 개인정보파일 목록 as an inspector reads it: what is held, where, how many, until when, on what basis. */
export function RegisterPrintPage() {
  const files = useApiQuery('register.list', { includeDestroyed: false });
  useEffect(() => {
    markPrintReady(files.isSuccess);
    return () => markPrintReady(false);
  }, [files.isSuccess]);
  if (files.isPending) return <Loader m="xl" />;
  if (files.isError) return <ErrorAlert error={files.error} />;
  return (
    <PrintSheet title="개인정보파일 목록" scope="보유 중인 파일" footer={`총 ${files.data.length}개 파일`}>
      <table>
        <thead>
          <tr>
            <th style={{ width: '17%' }}>개인정보 파일명</th>
            <th style={{ width: '15%' }}>개인정보 항목</th>
            <th style={{ width: '8%' }}>자료의 종류</th>
            <th style={{ width: '15%' }}>보관 위치</th>
            <th style={{ width: '7%' }}>보유 건수</th>
            <th style={{ width: '18%' }}>보존기간 · 근거</th>
            <th style={{ width: '9%' }}>파기 기한</th>
            <th>상태</th>
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
              <td className="nowrap">{file.due?.destroyBy ?? '—'}</td>
              <td>{FILE_STATUS_LABELS[file.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintSheet>
  );
}
