import * as React from "react";

/** A column's width: fixed in pixels, or a share of what the fixed ones leave (with a floor). */
export interface ColumnWidth {
  id: string;
  fixed?: number;
  share?: number;
  min?: number;
}

const EDGES = 8;

/**
 * Pixel widths for the table's columns from the width the table has: the fixed ones first, the others share
 * the rest by weight, never under their floor. A column the person resized keeps the width they chose.
 */
export function layoutColumns(
  columns: ColumnWidth[],
  available: number,
  chosen: ReadonlyMap<string, number>,
): number[] {
  const fixedOf = (c: ColumnWidth) => chosen.get(c.id) ?? c.fixed;
  const used = columns.reduce((sum, c) => sum + (fixedOf(c) ?? 0), 0);
  const shares = columns.reduce((sum, c) => sum + (fixedOf(c) === undefined ? (c.share ?? 1) : 0), 0);
  // A few pixels for the table's own edges, so the columns never make it scroll sideways.
  const left = Math.max(0, available - EDGES - used);
  return columns.map(
    (c) => fixedOf(c) ?? Math.max(c.min ?? 48, Math.floor((left * (c.share ?? 1)) / (shares || 1))),
  );
}

/** The width of an element, followed as it changes (the hub's frame resized with the window). */
export function useWidth(ref: React.RefObject<HTMLElement>): number {
  const [width, setWidth] = React.useState(0);
  React.useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * Column widths that fill `available` pixels, and the handler for a column the person drags to a new width.
 */
export function useColumnWidths(
  available: number,
  columns: ColumnWidth[],
): { widths: number[]; resize(id: string, width: number): void } {
  const [chosen, setChosen] = React.useState<ReadonlyMap<string, number>>(new Map());
  const resize = React.useCallback(
    (id: string, width: number) => setChosen((m) => new Map(m).set(id, Math.max(40, Math.round(width)))),
    [],
  );
  return { widths: layoutColumns(columns, available, chosen), resize };
}
