import { createTheme } from '@mantine/core';

const FONT = "'Pretendard Variable', sans-serif";

export const theme = createTheme({
  fontFamily: FONT,
  headings: { fontFamily: FONT, fontWeight: '700' },
  primaryColor: 'teal',
  defaultRadius: 'sm',
  cursorType: 'pointer',
});
