import { Loader } from '@mantine/core';
import { useEffect } from 'react';
import { CCTV_SHEET_WORDS as W } from '../../shared/cctv/printout.ts';
import { useApiQuery } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { markPrintReady } from '../components/print/PrintToolbar.tsx';
import { PrintSheet } from '../components/print/PrintSheet.tsx';

const WIDTHS = ['4%', '5%', '10%', '14%', '7%', '14%', '12%', '13%', '10%', '11%'];

/** 개인영상정보 관리대장 (표준 개인정보 보호지침 서식) for a chosen period. */
export function CctvRegisterPrintPage({ from, until }: { from: string; until: string }) {
  const rows = useApiQuery('cctv.register.rows', { from, until });
  useEffect(() => {
    markPrintReady(rows.isSuccess);
    return () => markPrintReady(false);
  }, [rows.isSuccess]);
  if (rows.isPending) return <Loader m="xl" />;
  if (rows.isError) return <ErrorAlert error={rows.error} />;
  return (
    <PrintSheet title={W.title} scope={W.scope(from, until)} orientation="landscape" footer={`${W.footer(rows.data.length)} · ${W.basis}`}>
      <table>
        <thead>
          <tr>
            {W.columns.map((column, i) => (
              <th key={column} style={{ width: WIDTHS[i] }}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.data.map((row) => (
            <tr key={row.no}>
              <td>{row.no}</td>
              <td>{row.kind}</td>
              <td className="nowrap">{row.at}</td>
              <td>{row.file}</td>
              <td>{row.handler}</td>
              <td>{row.purpose}</td>
              <td>{row.party}</td>
              <td>{row.basis}</td>
              <td>{row.form}</td>
              <td>{row.period}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintSheet>
  );
}
