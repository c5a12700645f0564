import i18next from 'i18next';

/**
 * Closing a form that has unsaved input asks first: nothing typed is thrown away by a stray click
 * outside the dialog or the Escape key.
 */
export function confirmDiscard(dirty: boolean): boolean {
  return !dirty || window.confirm(i18next.t('common.discardConfirm'));
}
