// Label placement: the most important labels first, each tried in eight spots
// around its node (the four sides, then the four corners, as cartographers place
// point labels), dropped when every spot would overlap a label already placed, a
// big node or a control, or fall out of view. A forced label (the selection, its
// counterparts, a lit meeting's ends) is never dropped: with no free spot it takes
// the one it overlaps least. Like sigma.js's label grid, a uniform grid of screen
// cells keeps the collision test cheap. Pure: positions + transform + viewport in,
// screen boxes out.
import type { Transform, Viewport } from './scales';

export interface LabelCandidate {
  /** Node index in the scene. */
  index: number;
  text: string;
  /** Text width and height in screen pixels at the label's font. */
  width: number;
  height: number;
  /** Node radius in layout units. */
  r: number;
  /**
   * Always labelled (while its node is on screen), whatever its size, maxLabels and
   * the room around it. Callers put forced candidates first.
   */
  forced?: boolean;
}

export interface PlacedLabel {
  index: number;
  text: string;
  /** Screen position of the text's centre (text-anchor middle, middle baseline). */
  x: number;
  y: number;
  /** Screen box [x0, y0, x1, y1] (with padding) the label occupies. */
  box: [number, number, number, number];
  /** Set when the label stands away from its node: the node's screen centre and radius, for a leader line. */
  leader?: [number, number, number];
}

/** Where a leader line runs: from the node's rim to the nearest point of the label's box. */
export function leaderLine(label: PlacedLabel): [number, number, number, number] | null {
  if (!label.leader) return null;
  const [cx, cy, r] = label.leader;
  const [x0, y0, x1, y1] = label.box;
  const px = Math.max(x0, Math.min(cx, x1));
  const py = Math.max(y0, Math.min(cy, y1));
  const len = Math.hypot(px - cx, py - cy) || 1;
  return [cx + ((px - cx) * r) / len, cy + ((py - cy) * r) / len, px, py];
}

/** Rings a displaced forced label is tried on (RING_STEP px apart, ANGLES directions each). */
const RINGS = 8;
const RING_STEP = 12;
const ANGLES = 16;

export interface LabelOptions {
  maxLabels?: number;
  /** Gap between a node and its label, and padding around labels, in pixels. */
  gap?: number;
  padding?: number;
  /** Labels of nodes smaller than this on screen (radius, px) are not shown. */
  minScreenRadius?: number;
  /** Screen boxes [x0, y0, x1, y1] no label may cover (the legend, the zoom buttons). */
  obstacles?: readonly (readonly number[])[];
  /** Nodes at least this big on screen (radius, px) are kept clear of other nodes' labels. */
  minObstacleRadius?: number;
}

/** Boxes overlap (touching edges do not count). */
export function overlaps(a: readonly number[], b: readonly number[]): boolean {
  return a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;
}

const CELL = 64;

/**
 * Places labels greedily in the order given (callers sort by importance: meeting
 * count, countries first on ties). Candidates whose node is off screen are skipped.
 * A uniform grid makes the overlap test near O(1), so 5,000 candidates cost ~1 ms.
 */
export function computeLabelPlacement(
  candidates: readonly LabelCandidate[],
  positions: ArrayLike<number>,
  transform: Transform,
  viewport: Viewport,
  { maxLabels = 400, gap = 2, padding = 2, minScreenRadius = 0, obstacles = [], minObstacleRadius = 4 }: LabelOptions = {},
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  // Occupied boxes: placed labels (owner -1) and the discs of big nodes (owner = node
  // index; disc = [cx, cy, r], tested as a circle so a label may pass its square's corners).
  type Occupied = { box: readonly number[]; owner: number; disc?: readonly [number, number, number] };
  const hits = (b: readonly number[], p: Occupied) => {
    if (!overlaps(b, p.box)) return false;
    if (!p.disc) return true;
    const [cx, cy, r] = p.disc;
    const dx = cx - Math.max(b[0]!, Math.min(cx, b[2]!));
    const dy = cy - Math.max(b[1]!, Math.min(cy, b[3]!));
    return dx * dx + dy * dy < r * r;
  };
  const grid = new Map<number, Occupied[]>();
  const cols = Math.ceil(viewport.width / CELL) + 1;
  const rows = Math.ceil(viewport.height / CELL) + 1;
  const cellsOf = (b: readonly number[]): number[] => {
    const out: number[] = [];
    const cx0 = Math.max(0, Math.floor(b[0]! / CELL));
    const cx1 = Math.min(cols - 1, Math.floor(b[2]! / CELL));
    const cy0 = Math.max(0, Math.floor(b[1]! / CELL));
    const cy1 = Math.min(rows - 1, Math.floor(b[3]! / CELL));
    for (let cy = cy0; cy <= cy1; cy++) for (let cx = cx0; cx <= cx1; cx++) out.push(cy * cols + cx);
    return out;
  };
  const occupy = (o: Occupied) => {
    for (const cell of cellsOf(o.box)) {
      const list = grid.get(cell);
      if (list) list.push(o);
      else grid.set(cell, [o]);
    }
  };
  const free = (b: readonly number[], self: number) => {
    if (b[0]! < 0 || b[1]! < 0 || b[2]! > viewport.width || b[3]! > viewport.height) return false;
    for (const o of obstacles) if (overlaps(b, o)) return false;
    for (const c of cellsOf(b)) for (const p of grid.get(c) ?? []) if (p.owner !== self && hits(b, p)) return false;
    return true;
  };

  // A label may not hide a big node (its own aside).
  for (const c of candidates) {
    const sr = transform.k * c.r;
    if (!(sr >= minObstacleRadius)) continue;
    const sx = transform.k * positions[2 * c.index]! + transform.x;
    const sy = transform.k * positions[2 * c.index + 1]! + transform.y;
    if (sx + sr < 0 || sy + sr < 0 || sx - sr > viewport.width || sy - sr > viewport.height) continue;
    occupy({ box: [sx - sr, sy - sr, sx + sr, sy + sr], owner: c.index, disc: [sx, sy, sr] });
  }

  // Overlap of a box with what is already there (area, in px²), for a forced label's last resort.
  const clutter = (b: readonly number[], self: number) => {
    const area = (o: readonly number[]) => Math.max(0, Math.min(b[2]!, o[2]!) - Math.max(b[0]!, o[0]!)) * Math.max(0, Math.min(b[3]!, o[3]!) - Math.max(b[1]!, o[1]!));
    // Off screen counts most: a label half out of view cannot be read at all.
    let sum = 4 * ((b[2]! - b[0]!) * (b[3]! - b[1]!) - area([0, 0, viewport.width, viewport.height]));
    for (const o of obstacles) sum += 2 * area(o);
    const seen = new Set<Occupied>();
    for (const c of cellsOf(b))
      for (const p of grid.get(c) ?? []) {
        if (p.owner === self || seen.has(p) || !hits(b, p)) continue;
        seen.add(p);
        sum += area(p.box);
      }
    return sum;
  };

  let shown = 0;
  for (const c of candidates) {
    const forced = c.forced === true;
    if (!forced && shown >= maxLabels) continue;
    const lx = positions[2 * c.index]!;
    const ly = positions[2 * c.index + 1]!;
    if (!Number.isFinite(lx) || !Number.isFinite(ly)) continue;
    const sx = transform.k * lx + transform.x;
    const sy = transform.k * ly + transform.y;
    const sr = transform.k * c.r;
    if (!forced && sr < minScreenRadius) continue;
    if (forced ? sx < 0 || sy < 0 || sx > viewport.width || sy > viewport.height : sx < -c.width || sx > viewport.width + c.width || sy < -c.height - sr || sy > viewport.height + c.height + sr) continue;
    const w = c.width / 2 + padding;
    const h = c.height / 2 + padding;
    // Below, above, right, left of the node; then its four corners (the disc's diagonal at 45°).
    const d = sr * Math.SQRT1_2 + gap;
    const spots: [number, number][] = [
      [sx, sy + sr + gap + c.height / 2],
      [sx, sy - sr - gap - c.height / 2],
      [sx + sr + gap + c.width / 2, sy],
      [sx - sr - gap - c.width / 2, sy],
      [sx + d + c.width / 2, sy + d + c.height / 2],
      [sx + d + c.width / 2, sy - d - c.height / 2],
      [sx - d - c.width / 2, sy + d + c.height / 2],
      [sx - d - c.width / 2, sy - d - c.height / 2],
    ];
    let best: { x: number; y: number; box: [number, number, number, number]; cost: number } | null = null;
    for (const [x, y] of spots) {
      const box: [number, number, number, number] = [x - w, y - h, x + w, y + h];
      if (free(box, c.index)) {
        best = { x, y, box, cost: 0 };
        break;
      }
      if (!forced) continue;
      const cost = clutter(box, c.index);
      if (!best || cost < best.cost) best = { x, y, box, cost };
    }
    // A forced label with no free spot beside its node moves out along rings around
    // it, held by a leader line, before it would ever overlap another.
    let leader: PlacedLabel['leader'];
    if (forced && best && best.cost > 0) {
      search: for (let ring = 1; ring <= RINGS; ring++) {
        const dist = sr + gap + ring * RING_STEP;
        for (let a = 0; a < ANGLES; a++) {
          // Start below and go round, so neighbours fan out evenly instead of piling up on one side.
          const angle = Math.PI / 2 + (2 * Math.PI * ((a * 5) % ANGLES)) / ANGLES;
          const cos = Math.cos(angle);
          const sin = Math.sin(angle);
          const x = sx + cos * (dist + w * Math.abs(cos));
          const y = sy + sin * (dist + h * Math.abs(sin));
          const box: [number, number, number, number] = [x - w, y - h, x + w, y + h];
          if (!free(box, c.index)) continue;
          best = { x, y, box, cost: 0 };
          leader = [sx, sy, sr];
          break search;
        }
      }
    }
    if (!best) continue;
    placed.push({ index: c.index, text: c.text, x: best.x, y: best.y, box: best.box, ...(leader ? { leader } : {}) });
    occupy({ box: best.box, owner: -1 });
    if (!forced) shown++;
  }
  return placed;
}
