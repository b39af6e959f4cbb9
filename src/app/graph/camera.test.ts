import { describe, expect, it } from 'vitest';
import { cameraOf, formatCamera, parseCamera, transformOf } from './camera';

describe('camera', () => {
  it('is the layout point at the centre, the same on any screen size', () => {
    const camera = cameraOf({ k: 2, x: 100, y: 50 }, { width: 900, height: 400 });
    expect(camera).toEqual({ cx: 175, cy: 75, k: 2 });
    // Another viewport: the same point stays at its centre.
    const t = transformOf(camera, { width: 1600, height: 700 });
    expect((800 - t.x) / t.k).toBe(175);
    expect((350 - t.y) / t.k).toBe(75);
  });

  it('reads back what it writes', () => {
    const c = { cx: -120.5, cy: 30, k: 1.6 };
    expect(formatCamera(c)).toBe('1.6,-120.5,30');
    expect(parseCamera(formatCamera(c))).toEqual(c);
  });

  it.each([null, '', '1,2', '1,2,3,4', 'a,b,c', '0,1,1', '99,1,1', '1,1e9,1', '1,Infinity,1', '1, 2,3'])('ignores %j', (raw) => {
    expect(parseCamera(raw)).toBeUndefined();
  });
});
