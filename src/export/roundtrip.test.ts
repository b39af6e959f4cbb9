// Property tests: whatever text the news throws at us, every format carries it
// as text (XML-invalid characters dropped, formulas neutralised), never as markup.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toMeetingsCsv, wellFormed } from './csv';
import { graphOf, meeting, person } from './fixtures/graphs';
import { parseXml } from './fixtures/xml';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { asToken, stripInvalidXmlChars } from './xml';

// Random Unicode rarely hits the characters that matter, so half the strings are
// built from markup, quote, formula, whitespace and XML-invalid characters.
const troublemakers = ['<', '>', '&', '"', "'", ']]>', '&amp;', '&#10;', '=', '+', '-', '@', '\t', '\n', '\r', ' ', '\u0000', '\u0001', '\uD800', '\uDC00', '\uFFFE', ',', ';', 'a', '王'];
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...troublemakers), minLength: 1, maxLength: 20 }),
);

function twoPeople(name: string, location: string) {
  return graphOf([person('a', name), person('b', 'B')], [meeting('m-1', ['person:a', 'person:b'], { location })]);
}

describe('any text round-trips', () => {
  it('through GEXF as a node label', () => {
    fc.assert(
      fc.property(hostileText, (name) => {
        const nodes = parseXml(toGexf(twoPeople(name, 'x'))).gexf.graph.nodes.node;
        const label: string = nodes.find((n: any) => n.id === 'person:a').label;
        expect(label).toBe(asToken(name));
        expect(label).toMatch(/^([^\t\n\r ]+( [^\t\n\r ]+)*)?$/); // xsd:token
      }),
      { numRuns: 200 },
    );
  });

  it('through GraphML as a label and a location', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (name, location) => {
        const g = parseXml(toGraphml(twoPeople(name, location))).graphml.graph;
        const label = g.node.find((n: any) => n.id === 'person:a').data.find((d: any) => d.key === 'label');
        expect(label['#text'] ?? '').toBe(stripInvalidXmlChars(name));
        const where = g.edge[0].data.find((d: any) => d.key === 'location');
        expect(where['#text'] ?? '').toBe(stripInvalidXmlChars(location));
      }),
      { numRuns: 200 },
    );
  });

  it('through the meetings CSV, formula-neutralised', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (name, location) => {
        const [row] = parse(toMeetingsCsv(twoPeople(name, location)), { columns: true }) as Record<string, string>[];
        expect(row!.location).toBe(neutraliseFormula(wellFormed(location)));
        expect(row!.participants).toBe(neutraliseFormula(wellFormed(`${name}; B`)));
      }),
      { numRuns: 200 },
    );
  });
});
