import type { ReactNode } from 'react';
import { SHEET_WORDS } from '../../../shared/i18n/printout.ts';
import { useSession } from '../../session/SessionContext.tsx';
import './print.css';
import { PrintToolbar } from './PrintToolbar.tsx';

/** A CSS string literal of any text (names and periods come from the clinic's own data). */
function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * The page of a sheet: A4 in its orientation, and in the margins of every page the clinic, what
 * the sheet is and covers, when it was printed and "쪽 n / N" (CSS margin boxes, which Chromium's
 * print and printToPDF both draw). One `@page` for the whole document: no page of another kind,
 * so no blank page at the end.
 */
function pageCss(orientation: 'portrait' | 'landscape', top: { left: string; right: string }, bottomLeft: string): string {
  const box = 'font-family: "Pretendard Variable", sans-serif; font-size: 7.5pt; color: #444;';
  return `@page {
  size: A4 ${orientation};
  margin: 15mm 12mm 14mm;
  @top-left { content: ${cssString(top.left)}; ${box} vertical-align: bottom; padding-bottom: 2mm; }
  @top-right { content: ${cssString(top.right)}; ${box} vertical-align: bottom; padding-bottom: 2mm; }
  @bottom-left { content: ${cssString(bottomLeft)}; ${box} vertical-align: top; padding-top: 2mm; }
  @bottom-right { content: ${cssString(SHEET_WORDS.pageBefore)} counter(page) ${cssString(SHEET_WORDS.pageBetween)} counter(pages); ${box} vertical-align: top; padding-top: 2mm; }
}`;
}

export interface PrintSheetProps {
  /** The form's name: the heading, the sheet's accessible name and the top of every page. */
  title: string;
  /** What the sheet covers ("기간: 2026-01-01 ~ 2026-11-24", "관리번호 2026-0004"), on every page. */
  scope: string;
  orientation?: 'portrait' | 'landscape';
  /** The last line of the sheet (totals); the printing date follows it. */
  footer?: string;
  /** Replaces the default heading (the certificate has its own, with its QR code). */
  heading?: ReactNode;
  /** More buttons beside 인쇄 on screen (e.g. archiving the PDF). */
  toolbar?: ReactNode;
  /** What 인쇄 does instead of printing at once (the certificate asks for the printing person's signature first). */
  onPrint?: () => void;
  children: ReactNode;
}

/** The one print sheet every printout uses: A4, its header on every page, page numbers, no blank page. */
export function PrintSheet({ title, scope, orientation = 'landscape', footer, heading, toolbar, onPrint, children }: PrintSheetProps) {
  const session = useSession();
  const clinic = `${SHEET_WORDS.clinic}: ${session.clinicName ?? SHEET_WORDS.none}`;
  const printed = `${SHEET_WORDS.printedOn}: ${session.today}`;
  return (
    <>
      <style>{pageCss(orientation, { left: clinic, right: `${title} · ${scope}` }, `${printed} · Retention Desk`)}</style>
      <PrintToolbar onPrint={onPrint}>{toolbar}</PrintToolbar>
      <article className={`print-sheet ${orientation}`} aria-label={title}>
        {heading ?? (
          <>
            <h1>{title}</h1>
            <p className="sheet-meta">
              <span>{clinic}</span>
              <span>{scope}</span>
            </p>
          </>
        )}
        {children}
        <p className="small end">
          {footer ? `${footer} · ` : ''}
          {printed}
        </p>
      </article>
    </>
  );
}
