/** Evidence files for the demo and the tests: real, tiny, and of the types the app accepts. */

/** A 1×1 PNG: stands in for the photo of the shredded paper. */
export const PHOTO_PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** A one-page PDF: stands in for the processor's confirmation letter (파기 확인서). */
export const CONFIRMATION_PDF_BASE64 = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
    '4 0 obj << /Length 78 >> stream',
    'BT /F1 14 Tf 72 760 Td (PREDAQ - Certificate of destruction, 2026-06-29) Tj ET',
    'endstream endobj',
    '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n'),
).toString('base64');

export const photoUpload = (fileName = '세단_사진.png', dataBase64 = PHOTO_PNG_BASE64) => ({
  kind: 'photo' as const,
  fileName,
  mime: 'image/png',
  dataBase64,
});

export const confirmationUpload = (fileName = 'PREDAQ_파기확인서.pdf') => ({
  kind: 'processor_confirmation' as const,
  fileName,
  mime: 'application/pdf',
  dataBase64: CONFIRMATION_PDF_BASE64,
});
