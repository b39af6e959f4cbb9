import { describe, expect, it } from 'vitest';
import { isDragEnd, keyAction } from './graphInput';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('graph input', () => {
  it('maps + and - to zooms and 0 to a fit', () => {
    expect(keyAction(key('+'))).toBe('zoomIn');
    expect(keyAction(key('='))).toBe('zoomIn');
    expect(keyAction(key('-'))).toBe('zoomOut');
    expect(keyAction(key('_'))).toBe('zoomOut');
    expect(keyAction(key('0'))).toBe('fit');
  });

  it('leaves other keys and the browser shortcuts alone', () => {
    expect(keyAction(key('a'))).toBeNull();
    expect(keyAction(key('Enter'))).toBeNull();
    expect(keyAction(key('+', { ctrlKey: true }))).toBeNull();
    expect(keyAction(key('0', { metaKey: true }))).toBeNull();
    expect(keyAction(key('-', { altKey: true }))).toBeNull();
  });

  it('takes a click more than 4px from its press for the end of a drag', () => {
    expect(isDragEnd(null, 10, 10)).toBe(false);
    expect(isDragEnd([10, 10], 13, 12)).toBe(false);
    expect(isDragEnd([10, 10], 15, 10)).toBe(true);
  });
});
