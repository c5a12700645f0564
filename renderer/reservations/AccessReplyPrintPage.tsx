import { Loader } from '@mantine/core';
import { useEffect } from 'react';
import { ACCESS_REPLY_WORDS as W } from '../../shared/reservations/printout.ts';
import { reservationsMessages } from '../../shared/reservations/messages.ts';
import { useApiQuery } from '../api/hooks.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { markPrintReady } from '../components/print/PrintToolbar.tsx';
import { PrintSheet } from '../components/print/PrintSheet.tsx';

/** 열람 회신: every record held of the person, printed for them (법 제35조). */
export function AccessReplyPrintPage({ text }: { text: string }) {
  const found = useApiQuery('reservations.find', { text });
  useEffect(() => {
    markPrintReady(found.isSuccess);
    return () => markPrintReady(false);
  }, [found.isSuccess]);
  if (found.isPending) return <Loader m="xl" />;
  if (found.isError) return <ErrorAlert error={found.error} />;
  return (
    <PrintSheet title={W.title} scope={W.scope(text)} footer={W.footer(String(found.data.length))}>
      <p>{W.lead}</p>
      <table>
        <thead>
          <tr>
            <th>{W.bookingId}</th>
            <th>{W.name}</th>
            <th>{W.nationality}</th>
            <th>{W.birthDate}</th>
            <th>{W.email}</th>
            <th>{W.phone}</th>
            <th>{W.department}</th>
            <th>{W.reservedAt}</th>
            <th>{W.status}</th>
            <th>{W.dueOn}</th>
          </tr>
        </thead>
        <tbody>
          {found.data.map((row) => (
            <tr key={row.id}>
              <td className="nowrap">{row.bookingId}</td>
              <td>{row.name}</td>
              <td>{row.nationality ?? ''}</td>
              <td className="nowrap">{row.birthDate ?? ''}</td>
              <td>{row.email ?? ''}</td>
              <td className="nowrap">{row.phone ?? ''}</td>
              <td>{row.department ?? ''}</td>
              <td className="nowrap">{row.reservedAt}</td>
              <td>{reservationsMessages.statuses[row.status].ko}</td>
              <td className="nowrap">{row.dueOn}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintSheet>
  );
}
