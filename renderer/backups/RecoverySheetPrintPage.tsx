import { Alert } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RECOVERY_SHEET_WORDS as W } from '../../shared/backups/printout.ts';
import { formatInstant } from '../../shared/dates/calendar.ts';
import { markPrintReady } from '../components/print/PrintToolbar.tsx';
import { PrintSheet } from '../components/print/PrintSheet.tsx';
import { recoveryStore } from './recoveryStore.ts';

/** The recovery sheet: the code, what it opens, how to restore with it, and how it is renewed. */
export function RecoverySheetPrintPage() {
  const { t } = useTranslation();
  const sheet = recoveryStore.get();
  useEffect(() => {
    markPrintReady(sheet !== null);
    return () => markPrintReady(false);
  }, [sheet]);
  if (!sheet) return <Alert m="xl">{t('backups.recovery.gone')}</Alert>;
  return (
    <PrintSheet title={W.title} scope={W.scope(sheet.recoveryId)} orientation="portrait" footer={W.footer}>
      <table>
        <tbody>
          <tr>
            <th style={{ width: '22%' }}>{W.id}</th>
            <td>{sheet.recoveryId}</td>
          </tr>
          <tr>
            <th>{W.issuedAt}</th>
            <td>{formatInstant(sheet.issuedAt, 'ko')}</td>
          </tr>
          <tr>
            <th>{W.folder}</th>
            <td>{sheet.folder ?? W.noFolder}</td>
          </tr>
          <tr>
            <th>{W.code}</th>
            <td style={{ fontFamily: 'monospace', fontSize: '13pt', letterSpacing: '0.04em', whiteSpace: 'nowrap' }}>{sheet.code}</td>
          </tr>
        </tbody>
      </table>
      <p>{W.whatFor}</p>
      <ol>
        {W.howTo.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <p>
        <strong>{W.warning}</strong>
      </p>
      <p>{W.renew}</p>
    </PrintSheet>
  );
}
