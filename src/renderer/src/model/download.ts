/**
 * Saving a file the main process produced: the bytes come as base64; the page hands them to the
 * browser as a download with the suggested name (in Electron the same download shows the native
 * save dialog). Kept apart so the view stays declarative.
 */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

export function downloadBase64(fileName: string, base64: string, mime = XLSX_MIME): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start reading the blob before it is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
