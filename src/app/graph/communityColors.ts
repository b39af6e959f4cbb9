// "Colour by community": one colour per Louvain community (numbered by size, so the
// largest communities get the clearest colours); the long tail of small ones
// shares a neutral grey. Distinct from each other on paper and for common forms
// of colour blindness (Okabe–Ito, then Tableau's muted tones).
export const COMMUNITY_COLORS: readonly string[] = [
  '#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9',
  '#8C6D31', '#7F3C8D', '#3B8686', '#B5485D', '#6B8E23', '#4E5D9C',
];

export const OTHER_COMMUNITY = '#A8A294';

export function communityColor(community: number | undefined): string {
  return community !== undefined && community >= 0 && community < COMMUNITY_COLORS.length ? COMMUNITY_COLORS[community]! : OTHER_COMMUNITY;
}

/**
 * The fill of each drawn node, as a small palette and one palette index per node, so
 * a canvas can keep one batched path per colour. By type: the palette is the type
 * colours in the scene's type order and the index is the node's type. By community
 * (once the metrics are in): COMMUNITY_COLORS then OTHER_COMMUNITY.
 */
export function nodePalette(
  ids: readonly string[],
  types: Uint8Array,
  typeColors: readonly string[],
  colorBy: 'type' | 'community',
  community: ((id: string) => number | undefined) | null,
): { palette: readonly string[]; colorOf: Uint8Array } {
  if (colorBy === 'type' || !community) return { palette: typeColors, colorOf: types };
  const palette = [...COMMUNITY_COLORS, OTHER_COMMUNITY];
  const colorOf = new Uint8Array(ids.length);
  ids.forEach((id, i) => {
    const c = community(id);
    colorOf[i] = c !== undefined && c >= 0 && c < COMMUNITY_COLORS.length ? c : COMMUNITY_COLORS.length;
  });
  return { palette, colorOf };
}

/** A node colouring: the palette and each node's index into it. */
export type NodeFill = ReturnType<typeof nodePalette>;
