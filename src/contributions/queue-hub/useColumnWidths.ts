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
 * the rest by weight, never under their floor. A column whose share would fall under its floor takes the
 * floor and the others share what is left, so the floors never push the table past its edge while there is
 * room for them. A column the person resized keeps the width they chose.
 */
export function layoutColumns(
  columns: ColumnWidth[],
  available: number,
  chosen: ReadonlyMap<string, number>,
): number[] {
  const widths = columns.map((c) => chosen.get(c.id) ?? c.fixed);
  const used = widths.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  // A few pixels for the table's own edges, so the columns never make it scroll sideways.
  let left = Math.max(0, available - EDGES - used);
  let open = columns.flatMap((_c, i) => (widths[i] === undefined ? [i] : []));
  const shareOf = (i: number) => columns[i].share ?? 1;
  const floorOf = (i: number) => columns[i].min ?? 48;
  const sharesOf = (ids: number[]) => ids.reduce((sum, i) => sum + shareOf(i), 0) || 1;
  for (;;) {
    const shares = sharesOf(open);
    const floored = open.filter((i) => (left * shareOf(i)) / shares < floorOf(i));
    if (!floored.length) break;
    for (const i of floored) {
      widths[i] = floorOf(i);
      left = Math.max(0, left - floorOf(i));
    }
    open = open.filter((i) => !floored.includes(i));
  }
  const shares = sharesOf(open);
  for (const i of open) widths[i] = Math.floor((left * shareOf(i)) / shares);
  return widths as number[];
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
