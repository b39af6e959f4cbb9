import { describe, expect, it } from 'vitest';
import { tooltipPlace } from './graphTooltip';

const v = { width: 400, height: 300 };

describe('graph tooltip', () => {
  it('sits right of the node, centred on it', () => {
    expect(tooltipPlace(100, 150, 5, [180, 70], v)).toEqual([117, 115]);
  });

  it('flips left of the node near the right edge', () => {
    expect(tooltipPlace(300, 150, 5, [180, 70], v)).toEqual([103, 115]);
  });

  it('stays inside the stage at the top and the bottom', () => {
    expect(tooltipPlace(100, 0, 5, [180, 70], v)[1]).toBe(8);
    expect(tooltipPlace(100, 300, 5, [180, 70], v)[1]).toBe(222);
    expect(tooltipPlace(4, 150, 2, [390, 70], v)[0]).toBe(8);
  });
});
