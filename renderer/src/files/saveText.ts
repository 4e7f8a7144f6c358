import type { SavedText } from '../../../shared/api';

/**
 * Hands a file to the browser's download (browser mode) or the shell's save dialog (Electron's
 * session asks where to save a download).
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** A file the engine wrote. */
export function saveText({ fileName, mimeType, text }: SavedText): void {
  saveBlob(new Blob([text], { type: mimeType }), fileName);
}
