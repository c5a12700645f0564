import type { Session } from './session.ts';

/**
 * Renders a print route of the renderer (an A4 page with `@page` CSS) to PDF: in the app a hidden
 * window and `printToPDF()` (electron/print.ts), in the E2E tests the same route in Chromium with
 * `page.pdf()`. The route reads its data through the bridge as the given session.
 */
export interface Printer {
  toPdf(route: string, session: Session): Promise<Buffer>;
}

export const certificateRoute = (serial: string) => `/print/certificate/${serial}`;
