import { describe, expect, it } from 'vitest';
import { menuIndexAfter } from './menuKeys';

const five = [false, false, false, false, false];
const lastDisabled = [false, false, false, false, true];

describe('menuIndexAfter', () => {
  it.each([
    ['ArrowDown', -1, five, 0],
    ['ArrowDown', 0, five, 1],
    ['ArrowDown', 4, five, 0],
    ['ArrowUp', 0, five, 4],
    ['ArrowUp', -1, five, 4],
    ['Home', 3, five, 0],
    ['End', 1, five, 4],
    // A disabled item (PNG before the map is drawn) is skipped, also when wrapping.
    ['ArrowDown', 3, lastDisabled, 0],
    ['ArrowUp', 0, lastDisabled, 3],
    ['End', 0, lastDisabled, 3],
  ] as const)('%s from %i → %i', (key, current, disabled, expected) => {
    expect(menuIndexAfter(key, current, disabled)).toBe(expected);
  });

  it('ignores other keys and menus with nothing enabled', () => {
    expect(menuIndexAfter('a', 0, five)).toBeNull();
    expect(menuIndexAfter('Tab', 0, five)).toBeNull();
    expect(menuIndexAfter('ArrowDown', -1, [true, true])).toBeNull();
  });
});
