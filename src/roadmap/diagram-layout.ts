/**
 * Geometry of a diagram's boxes: which touch, which lie inside another, how far apart two are, and
 * the order a reader takes them in. What a roadmap.sh diagram's layout says and its data does not.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Boxes this close (in the diagram's pixels) are drawn as one stack or row of boxes. */
export const TOUCHING = 8;
/** Boxes whose tops are this close are on one line, read left to right. */
const SAME_ROW = 20;

/** A line drawn as a box of its own ends this close to the boxes it joins (its ends stop short of the handles). */
const LINE_REACH = 24;

/**
 * The two ends of a line drawn as a box (tall: vertical, wide: horizontal), each a box of no width
 * across the line reaching LINE_REACH along it: what the line joins are the boxes they touch.
 */
export function lineEnds(line: Box): [Box, Box] {
  if (line.height >= line.width) {
    const x = line.x + line.width / 2;
    return [
      { x, y: line.y - LINE_REACH, width: 0, height: 2 * LINE_REACH },
      { x, y: line.y + line.height - LINE_REACH, width: 0, height: 2 * LINE_REACH },
    ];
  }
  const y = line.y + line.height / 2;
  return [
    { x: line.x - LINE_REACH, y, width: 2 * LINE_REACH, height: 0 },
    { x: line.x + line.width - LINE_REACH, y, width: 2 * LINE_REACH, height: 0 },
  ];
}

export function touching(a: Box, b: Box, gap = TOUCHING): boolean {
  return a.x - gap <= b.x + b.width && b.x - gap <= a.x + a.width && a.y - gap <= b.y + b.height && b.y - gap <= a.y + a.height;
}

/** Whether the middle of `inner` lies inside `outer` (grown by `margin` on every side). */
export function inside(inner: Box, outer: Box, margin = 0): boolean {
  const x = inner.x + inner.width / 2;
  const y = inner.y + inner.height / 2;
  return x >= outer.x - margin && x <= outer.x + outer.width + margin && y >= outer.y - margin && y <= outer.y + outer.height + margin;
}

/** The gap between two boxes (0 when they overlap). */
export function distance(a: Box, b: Box): number {
  const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
  const dy = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height));
  return Math.hypot(dx, dy);
}

/** Top to bottom, then left to right along a line: a sorted copy. */
export function readingOrder<T extends { box: Box }>(items: readonly T[]): T[] {
  const byTop = [...items].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  const rows: T[][] = [];
  for (const item of byTop) {
    const row = rows.at(-1);
    if (row && item.box.y - row[0].box.y <= SAME_ROW) row.push(item);
    else rows.push([item]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.box.x - b.box.x));
}

/** Groups of items whose boxes touch, directly or through others (union-find); `alsoJoin` adds pairs to join. */
export function touchingGroups<T extends { box: Box }>(items: readonly T[], alsoJoin: readonly [number, number][] = []): T[][] {
  const parent = items.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const join = (a: number, b: number) => {
    parent[root(a)] = root(b);
  };
  // Sorted by left edge, each box is compared only with those that start before it ends.
  const order = items.map((_, i) => i).sort((a, b) => items[a].box.x - items[b].box.x);
  for (let i = 0; i < order.length; i++) {
    const a = items[order[i]].box;
    for (let j = i + 1; j < order.length && items[order[j]].box.x <= a.x + a.width + TOUCHING; j++) {
      if (touching(a, items[order[j]].box)) join(order[i], order[j]);
    }
  }
  for (const [a, b] of alsoJoin) join(a, b);
  const groups = new Map<number, T[]>();
  for (const [i, item] of items.entries()) {
    const key = root(i);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}
