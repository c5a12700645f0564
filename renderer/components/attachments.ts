import { call } from '../api/client.ts';

/** Opens evidence in a new view of its own bytes (no file system access from the renderer). */
export async function openAttachment(id: string): Promise<void> {
  const { ref, dataBase64 } = await call('disposal.attachment', { id });
  const bytes = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: ref.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = ref.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
