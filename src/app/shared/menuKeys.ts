// Arrow-key movement inside a menu (WAI-ARIA menu pattern). Pure: the view maps the
// index back to its buttons and focuses one.

/**
 * The index of the menu item `key` moves to from `current` (-1: focus is not on an
 * item, e.g. on the menu's button), skipping disabled items and wrapping around;
 * null for a key that does not move, or when no item is enabled.
 */
export function menuIndexAfter(key: string, current: number, disabled: readonly boolean[]): number | null {
  const n = disabled.length;
  const enabled = (i: number) => !disabled[i];
  if (!disabled.some((d) => !d)) return null;
  const scan = (start: number, step: 1 | -1) => {
    for (let k = 0, i = start; k < n; k++, i = (i + step + n) % n) if (enabled(i)) return i;
    return null;
  };
  switch (key) {
    case 'ArrowDown':
      return scan(current < 0 ? 0 : (current + 1) % n, 1);
    case 'ArrowUp':
      return scan(current < 0 ? n - 1 : (current - 1 + n) % n, -1);
    case 'Home':
      return scan(0, 1);
    case 'End':
      return scan(n - 1, -1);
    default:
      return null;
  }
}
