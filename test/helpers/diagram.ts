// roadmap.sh diagrams for the tests, written box by box as roadmap.sh's editor stores them (React Flow nodes and edges).

export interface Box {
  id: string;
  type?: string;
  label?: string;
  x: number;
  y: number;
  width?: number;
  height?: number;
  legend?: string;
  oldId?: string;
}

/** One node as roadmap.sh stores it: position and positionAbsolute, measured size, the label in data. */
function node({ id, type = 'subtopic', label = id, x, y, width = 150, height = 49, legend, oldId }: Box): Record<string, unknown> {
  return {
    id,
    type,
    position: { x, y },
    positionAbsolute: { x, y },
    data: {
      label,
      style: { fontSize: 17 },
      ...(legend ? { legend: { id: 'l', label: legend, color: '#874efe', position: 'right-center' } } : {}),
      ...(oldId ? { oldId } : {}),
    },
    measured: { width, height },
    width,
    height,
    zIndex: 999,
    selected: false,
    dragging: false,
  };
}

/** A diagram of boxes and edges ([source, target]; an end may be missing, as in roadmap.sh's own data). */
export function diagram(boxes: Box[], edges: [string | undefined, string | undefined][] = [], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...extra,
    nodes: boxes.map(node),
    edges: edges.map(([source, target], i) => ({
      id: `e${i}`,
      ...(source ? { source } : {}),
      ...(target ? { target } : {}),
      sourceHandle: 'x2',
      targetHandle: 'w1',
      data: {},
      style: {},
    })),
  };
}
