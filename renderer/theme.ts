import { Badge, PasswordInput, createTheme } from '@mantine/core';

const FONT = "'Pretendard Variable', sans-serif";

export const theme = createTheme({
  fontFamily: FONT,
  headings: { fontFamily: FONT, fontWeight: '700' },
  primaryColor: 'teal',
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    // The kit's own default is an English label; staff hear and see Korean.
    // Statuses are words, not codes: no capitals (they mean nothing in Hangul) and never cut off.
    Badge: Badge.extend({
      defaultProps: { tt: 'none' },
      styles: { root: { overflow: 'visible' }, label: { overflow: 'visible', textOverflow: 'clip' } },
    }),
    PasswordInput: PasswordInput.extend({
      defaultProps: { visibilityToggleButtonProps: { 'aria-label': '입력한 글자 보기' } },
    }),
  },
});
