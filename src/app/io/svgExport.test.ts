import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import fc from 'fast-check';
import { describeFilters, escapeXml, exportFileName, renderSvg, type ExportSnapshot } from './svgExport';
import { ENTITY_TYPES, MEETING_KINDS } from '../../model';

const HOSTILE = ['<img src=x onerror=alert(1)>', `"&'`, '<script>alert(1)</script>', ']]><x>', 'A & B <Ltd>'];

function snapshot(names: string[] = ['China', 'Wang Yi']): ExportSnapshot {
  return {
    width: 800,
    height: 600,
    nodes: names.map((name, i) => ({ x: 100 + 50 * i, y: 200, r: 6, color: '#0072B2', name, opacity: 1, ring: i === 0 })),
    edges: [
      { x1: 100, y1: 200, x2: 150, y2: 200, width: 1, color: '#9aa5b1', opacity: 0.55, dash: '' },
      { x1: 100, y1: 200, x2: 150, y2: 260, width: 0.75, color: '#b9c3cd', opacity: 1, dash: '3 2.5' },
      { x1: 100, y1: 200, x2: 190, y2: 260, width: 3, color: '#9aa5b1', opacity: 0.55, dash: '' },
    ],
    labels: names.map((text, i) => ({ x: 100 + 50 * i, y: 215, text, size: 12, weight: 600, color: '#1f2933', opacity: 1 })),
    legend: [
      { label: 'Country', color: '#0072B2', shape: 'dot' },
      { label: 'Belongs to country', color: '#b9c3cd', shape: 'dash' },
    ],
    title: 'diplograph: who meets whom',
    caption: 'All dates · all kinds · 2 entities, 1 meetings',
    credit: 'Made with diplograph · source: 5 files',
  };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', processEntities: true, htmlEntities: false });

describe('renderSvg', () => {
  it('draws a leader line under a label that stands away from its node', () => {
    const s = snapshot();
    s.labels[1] = { ...s.labels[1]!, y: 260, leader: [150, 206, 150, 253] };
    const svg = renderSvg(s);
    expect(svg).toContain('<line x1="150" y1="206" x2="150" y2="253"');
    expect(svg.indexOf('<line x1="150" y1="206"')).toBeLessThan(svg.indexOf('>Wang Yi</text>'));
    expect(renderSvg(snapshot())).not.toContain('y1="206"');
  });
  it('is well-formed XML with an <svg> root in the SVG namespace, sized to the viewport plus the footer', () => {
    const svg = renderSvg(snapshot());
    expect(XMLValidator.validate(svg)).toBe(true);
    const doc = parser.parse(svg);
    expect(doc.svg['@xmlns']).toBe('http://www.w3.org/2000/svg');
    expect(Number(doc.svg['@width'])).toBe(800);
    expect(Number(doc.svg['@height'])).toBeGreaterThan(600);
  });

  it('contains the labels, the caption and the credit line as text', () => {
    const svg = renderSvg(snapshot());
    expect(svg).toContain('>China</text>');
    expect(svg).toContain('>Wang Yi</text>');
    expect(svg).toContain('All dates · all kinds');
    expect(svg).toContain('Made with diplograph · source: 5 files');
  });

  it('batches edges into one group per style, in paths of at most 100 segments', () => {
    const svg = renderSvg(snapshot());
    expect(svg.match(/<path /g)).toHaveLength(3);
    expect(svg.match(/<g fill="none"/g)).toHaveLength(3);
    expect(svg).toContain('stroke-dasharray="3 2.5"');
    const many = snapshot();
    many.edges = Array.from({ length: 250 }, (_, i) => ({ x1: i, y1: 0, x2: i, y2: 10, width: 1, color: '#9aa5b1', opacity: 0.5, dash: '' }));
    const big = renderSvg(many);
    expect(big.match(/<path /g)).toHaveLength(3);
    expect(big.match(/M/g)!.length).toBeGreaterThanOrEqual(250);
    expect(big).toContain('opacity="0.5"');
  });

  it('escapes hostile names so they stay text', () => {
    const svg = renderSvg(snapshot(HOSTILE));
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/<img/i);
    expect(svg).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain('&quot;&amp;&apos;');
    // The parser gets the original strings back.
    const texts: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === 'string') texts.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(parser.parse(svg));
    for (const name of HOSTILE) expect(texts).toContain(name);
  });

  it('has no scripts, event handlers, foreign content or external references', () => {
    const svg = renderSvg(snapshot());
    expect(svg).not.toMatch(/<script|foreignObject|<style|var\(--|filter=|xlink:href|href=/i);
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(svg).toContain('font-family="');
    expect(svg).toMatch(/font-family="[^"]*sans-serif"/);
  });

  it('stays well-formed and script-free for any names (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { minLength: 1, maxLength: 6 }), (names) => {
        const svg = renderSvg(snapshot(names.map((n) => n || 'x')));
        expect(XMLValidator.validate(svg)).toBe(true);
        expect(svg).not.toMatch(/<script/i);
        expect(svg).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses colours that are not plain colours', () => {
    const s = snapshot();
    s.nodes[0]!.color = '"/><script>alert(1)</script>';
    const svg = renderSvg(s);
    expect(svg).not.toMatch(/<script/i);
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  it('handles an empty view and non-finite numbers', () => {
    const s = snapshot([]);
    s.edges = [{ x1: NaN, y1: Infinity, x2: 0, y2: 0, width: 1, color: '#000', opacity: 1, dash: '' }];
    const svg = renderSvg(s);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/NaN|Infinity/);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials and drops control characters', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    expect(escapeXml('a\u0000b\u0008c')).toBe('abc');
  });
});

describe('exportFileName', () => {
  it('is diplograph-YYYY-MM-DD.svg', () => {
    expect(exportFileName(new Date(2024, 1, 7))).toBe('diplograph-2024-02-07.svg');
  });
});

describe('describeFilters', () => {
  const base = { from: null, to: null, kinds: [...MEETING_KINDS], types: [...ENTITY_TYPES], countriesOnly: false, nodeCount: 1200, meetingCount: 3 };
  it('says when nothing is filtered', () => {
    expect(describeFilters(base)).toBe('All dates · all kinds · 1,200 entities, 3 meetings');
  });
  it('names the time range and the filters that are on', () => {
    expect(describeFilters({ ...base, from: '2024-01-01', to: '2024-06-30', kinds: ['summit', 'talks'], types: ['country'], countriesOnly: true })).toBe(
      'Meetings 2024-01-01 to 2024-06-30 · kinds: talks, summit · showing: countries · countries only · 1,200 entities, 3 meetings',
    );
  });
  it('names the highlighted entity', () => {
    expect(describeFilters({ ...base, selected: 'China' })).toContain('highlighted: China and its counterparts');
  });
});
