/**
 * Closing a form that has unsaved input asks first: nothing typed is thrown away by a stray click
 * outside the dialog or the Escape key.
 */
export function confirmDiscard(dirty: boolean): boolean {
  return !dirty || window.confirm('작성 중인 내용이 저장되지 않았습니다. 닫으면 입력한 내용이 사라집니다. 닫을까요?');
}
