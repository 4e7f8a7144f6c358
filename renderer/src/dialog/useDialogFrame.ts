import { useRef } from 'react';
import { useModal } from '../engine/useModal';

/** The id of a dialog's heading: the heading names the dialog. */
export function titleIdOf(dialogId: string): string {
  return `${dialogId}-title`;
}

/**
 * What the root element of every dialog carries, spread onto it: modal as every layer is (useModal:
 * Escape closes it, Tab stays inside, the focus goes back where it was), named by its heading, and
 * found by its test id.
 */
export function useDialogFrame<Root extends HTMLElement>(dialogId: string, onClose: () => void) {
  const ref = useRef<Root>(null);
  useModal(onClose, ref);
  return { ref, role: 'dialog', 'aria-modal': true, 'aria-labelledby': titleIdOf(dialogId), 'data-testid': dialogId } as const;
}
