import { describe, expect, it } from 'vitest';
import { COMMUNITY_COLORS, communityColor, nodePalette, OTHER_COMMUNITY } from './communityColors';

describe('communityColor', () => {
  it('gives the largest communities distinct colours and the rest grey', () => {
    expect(new Set(COMMUNITY_COLORS).size).toBe(COMMUNITY_COLORS.length);
    expect(communityColor(0)).toBe(COMMUNITY_COLORS[0]);
    expect(communityColor(COMMUNITY_COLORS.length - 1)).toBe(COMMUNITY_COLORS.at(-1));
    expect(communityColor(COMMUNITY_COLORS.length)).toBe(OTHER_COMMUNITY);
    expect(communityColor(undefined)).toBe(OTHER_COMMUNITY);
    expect(COMMUNITY_COLORS).not.toContain(OTHER_COMMUNITY);
  });
});

describe('nodePalette', () => {
  const ids = ['country:CHN', 'person:a', 'person:b', 'organisation:x'];
  const types = new Uint8Array([0, 2, 2, 1]);
  const typeColors = ['#111111', '#222222', '#333333'];
  const communities: Record<string, number> = { 'country:CHN': 0, 'person:a': 1, 'person:b': 40 };

  it('by type: the type colours, indexed by type', () => {
    const p = nodePalette(ids, types, typeColors, 'type', (id) => communities[id]);
    expect(p.palette).toBe(typeColors);
    expect([...p.colorOf]).toEqual([0, 2, 2, 1]);
  });

  it('by community: one colour per large community, grey for the tail and the unknown', () => {
    const p = nodePalette(ids, types, typeColors, 'community', (id) => communities[id]);
    expect([...p.colorOf].map((i) => p.palette[i])).toEqual([COMMUNITY_COLORS[0], COMMUNITY_COLORS[1], OTHER_COMMUNITY, OTHER_COMMUNITY]);
  });

  it('by community before the metrics are in: still by type', () => {
    expect(nodePalette(ids, types, typeColors, 'community', null).palette).toBe(typeColors);
  });
});
