import type { KeyboardEvent, PointerEvent } from 'react';

interface PaneSplitterProps {
  /** The pane's width in CSS px, and its bounds. */
  width: number;
  min: number;
  max: number;
  onWidth: (width: number) => void;
  label: string;
}

const KEY_STEP_PX = 24;

/** The pane as drawn: until the reviewer sets a width, the stylesheet picks one for the window. */
function drawnWidth(handle: HTMLElement, fallback: number): number {
  return handle.parentElement?.getBoundingClientRect().width ?? fallback;
}

/** The left edge of a right-hand pane: drag it, or focus it and use ← → (Home / End for the bounds). */
export function PaneSplitter({ width, min, max, onWidth, label }: PaneSplitterProps) {
  const clamp = (w: number) => Math.round(Math.max(min, Math.min(max, w)));
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const startX = event.clientX;
    const handle = event.currentTarget;
    const startWidth = drawnWidth(handle, width);
    handle.setPointerCapture(event.pointerId);
    const move = (e: globalThis.PointerEvent) => onWidth(clamp(startWidth + startX - e.clientX));
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const now = drawnWidth(event.currentTarget, width);
    const next = { ArrowLeft: now + KEY_STEP_PX, ArrowRight: now - KEY_STEP_PX, Home: max, End: min }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    onWidth(clamp(next));
  };
  return (
    <div
      className="pane-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      data-testid="results-splitter"
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
