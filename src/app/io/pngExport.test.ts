import { describe, expect, it } from 'vitest';
import { pngFileName, svgSize } from './pngExport';

describe('svgSize', () => {
  it('reads the root width and height, not those of inner elements', () => {
    const svg = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="800" height="652.5" viewBox="0 0 800 652.5"><rect width="10" height="10"/></svg>';
    expect(svgSize(svg)).toEqual({ width: 800, height: 652.5 });
  });
  it('is null without them', () => {
    expect(svgSize('<svg viewBox="0 0 1 1"></svg>')).toBeNull();
  });
});

describe('pngFileName', () => {
  it('follows the SVG name', () => expect(pngFileName('diplograph-2024-03-04.svg')).toBe('diplograph-2024-03-04@2x.png'));
});
