import type { SavedText } from '../../../shared/api';

/**
 * Hands a file the engine wrote to the browser's download (browser mode) or the shell's save dialog
 * (Electron's session asks where to save a download).
 */
export function saveText({ fileName, mimeType, text }: SavedText): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
