import { Badge, PasswordInput, createTheme } from '@mantine/core';

const FONT = "'Pretendard Variable', sans-serif";

/** The kit's look for the app; the words it shows itself come in the UI's language. */
export function appTheme(words: { showPassword: string }) {
  return createTheme({
    fontFamily: FONT,
    headings: { fontFamily: FONT, fontWeight: '700' },
    primaryColor: 'teal',
    defaultRadius: 'sm',
    cursorType: 'pointer',
    components: {
      // The kit's own default is an English label; staff hear and see their own language.
      // Statuses are words, not codes: no capitals (they mean nothing in Hangul) and never cut off.
      Badge: Badge.extend({
        defaultProps: { tt: 'none' },
        styles: { root: { overflow: 'visible' }, label: { overflow: 'visible', textOverflow: 'clip' } },
      }),
      PasswordInput: PasswordInput.extend({
        defaultProps: { visibilityToggleButtonProps: { 'aria-label': words.showPassword } },
      }),
    },
  });
}
