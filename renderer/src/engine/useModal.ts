// Dialogs and popovers as layers: Escape closes only the topmost one, a dialog keeps Tab inside
// itself, and when a layer closes the focus goes back to where it was when the layer opened.
import { useEffect, useRef, type RefObject } from 'react';

interface Layer {
  close: () => void;
  /** The dialog element, for a modal layer that keeps Tab inside it; null for a popover. */
  element: RefObject<HTMLElement | null> | null;
  /** False once the layer closes to show something elsewhere: the focus goes there, not back. */
  returnFocus: boolean;
}

const layers: Layer[] = [];

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

function focusablesIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === document.activeElement);
}

function onKeyDown(event: KeyboardEvent): void {
  const top = layers[layers.length - 1];
  if (top === undefined) return;
  if (event.key === 'Escape') {
    // Captured before any other handler, so one Escape closes one layer and nothing else.
    event.preventDefault();
    event.stopImmediatePropagation();
    top.close();
    return;
  }
  const root = top.element?.current;
  if (event.key !== 'Tab' || root == null) return;
  const items = focusablesIn(root);
  if (items.length === 0) return;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const inside = root.contains(document.activeElement);
  if (event.shiftKey && (document.activeElement === first || !inside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (document.activeElement === last || !inside)) {
    event.preventDefault();
    first.focus();
  }
}

function useLayer(onClose: () => void, element: RefObject<HTMLElement | null> | null): void {
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);
  useEffect(() => {
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const layer: Layer = { close: () => close.current(), element, returnFocus: true };
    layers.push(layer);
    if (layers.length === 1) window.addEventListener('keydown', onKeyDown, true);
    const root = element?.current;
    if (root != null && !root.contains(document.activeElement)) (focusablesIn(root)[0] ?? root).focus();
    return () => {
      layers.splice(layers.indexOf(layer), 1);
      if (layers.length === 0) window.removeEventListener('keydown', onKeyDown, true);
      // Back where the reviewer was, unless the closing action itself moved the focus on purpose.
      const lost = document.activeElement === null || document.activeElement === document.body || root?.contains(document.activeElement);
      if (layer.returnFocus && returnTo?.isConnected && (lost || element === null)) returnTo.focus();
    };
    // Mounted once per dialog: the element is the same ref for its whole life.
  }, [element]);
}

/**
 * The topmost layer is about to close to open a message in the thread: the focus must not go back
 * to the row it left (that would scroll the thread back there), it follows the jump instead.
 */
export function closeToNavigate(): void {
  const top = layers[layers.length - 1];
  if (top !== undefined) top.returnFocus = false;
}

/** A modal dialog: focus moves into it, Tab stays in it, Escape closes it, focus returns after. */
export function useModal(onClose: () => void, element: RefObject<HTMLElement | null>): void {
  useLayer(onClose, element);
}

/** A popover: Escape closes it (only it), and focus returns to what opened it. */
export function usePopover(onClose: () => void): void {
  useLayer(onClose, null);
}
