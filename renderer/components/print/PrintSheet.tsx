import type { ReactNode } from 'react';
import { SHEET_WORDS } from '../../../shared/i18n/printout.ts';
import { useSession } from '../../session/SessionContext.tsx';
import './print.css';
import { PrintToolbar } from './PrintToolbar.tsx';

/** An A4 landscape register: title, the clinic and what the list covers, the table, a footer. */
export function PrintSheet({ title, scope, footer, children }: { title: string; scope: string; footer: string; children: ReactNode }) {
  const session = useSession();
  return (
    <>
      <PrintToolbar />
      <article className="print-sheet landscape" aria-label={title}>
        <h1>{title}</h1>
        <p style={{ display: 'flex', justifyContent: 'space-between' }}>
          <span>
            {SHEET_WORDS.clinic}: {session.clinicName}
          </span>
          <span>{scope}</span>
        </p>
        {children}
        <p className="small">
          {footer} · {SHEET_WORDS.printedOn}: {session.today}
        </p>
      </article>
    </>
  );
}
