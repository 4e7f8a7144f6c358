import { useEffect, useEffectEvent } from 'react';
import { actionFor, keyOf, worksWhileTyping, type Shortcut, type ShortcutAction } from './shortcuts';

const EDITABLE = 'input, textarea, select, [contenteditable="true"]';

/**
 * The window's global keys. Thread keys are answered by the thread itself (it stops them here);
 * an open dialog keeps its keys to itself; in a text field only Escape and Ctrl+F count.
 * `run` answers whether it handled the action, so an unhandled key keeps its browser meaning.
 */
export function useGlobalShortcuts(table: readonly Shortcut[], run: (action: ShortcutAction) => boolean): void {
  const runNow = useEffectEvent(run);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const key = keyOf(event);
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(EDITABLE) != null && !worksWhileTyping(key)) return;
      if (target?.closest('[aria-modal="true"]') != null) return;
      const action = actionFor(table, key, 'global');
      if (action !== null && runNow(action)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [table]);
}
