import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252, htmlToText, isBinary, looksLikeHtml, ownOutput, prepareInput } from './input';

const bytes = (...xs: number[]) => Uint8Array.from(xs);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('isBinary', () => {
  it('flags NUL bytes and control-character soup, not text', () => {
    expect(isBinary(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d))).toBe(true);
    expect(isBinary(bytes(1, 2, 3, 4, 5, 6, 7, 8, 0x41))).toBe(true);
    expect(isBinary(utf8('Plain text\r\n\twith tabs and «accents» é\f'))).toBe(false);
    expect(isBinary(new Uint8Array(0))).toBe(false);
  });
});

describe('decodeText', () => {
  it('reads UTF-8, drops a BOM', () => {
    expect(decodeText(utf8('\uFEFFXi Jinping met Ramaphosa'))).toEqual({ text: 'Xi Jinping met Ramaphosa', encoding: 'utf-8' });
  });
  it('falls back to Windows-1252 for invalid UTF-8', () => {
    // "José Müller" in ISO-8859-1, which Windows-1252 contains.
    const r = decodeText(bytes(0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72));
    expect(r).toEqual({ text: 'José Müller', encoding: 'windows-1252' });
  });
  it('reads Windows-1252 dashes, quotes and letters as themselves, never as C1 control characters', () => {
    // Invented text as a Windows editor saves it: curly quotes, š, Š, ž, an en dash, … and € are all in 0x80-0x9F.
    const cp1252 = bytes(0x93, 0x4d, 0x61, 0x72, 0x6f, 0x9a, 0x20, 0x8a, 0x65, 0x66, 0x9e, 0x69, 0x6b, 0x94, 0x20, 0x96, 0x20, 0x85, 0x20, 0x80, 0x31);
    const { text, encoding } = decodeText(cp1252);
    expect(encoding).toBe('windows-1252');
    expect(text).toBe('“Maroš Šefžik” – … €1');
    expect(text).not.toMatch(/[\u0080-\u009f]/);
    // The five bytes the table leaves undefined stay as they are (as browsers decode them).
    expect(decodeWindows1252(bytes(0x81, 0x8d, 0x8f, 0x90, 0x9d))).toBe('\u0081\u008d\u008f\u0090\u009d');
  });
  it('decodes UTF-16 with a BOM', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0, 0x42, 0))).toEqual({ text: 'AB', encoding: 'utf-16le' });
    expect(decodeText(bytes(0xfe, 0xff, 0, 0x41, 0, 0x42))).toEqual({ text: 'AB', encoding: 'utf-16be' });
  });
});

describe('looksLikeHtml', () => {
  it('by name, by document start, by dangerous or ordinary tags', () => {
    expect(looksLikeHtml('a.html', 'no tags at all')).toBe(true);
    expect(looksLikeHtml('a.HTM', '')).toBe(true);
    expect(looksLikeHtml('a.txt', '  <!DOCTYPE html><p>x')).toBe(true);
    expect(looksLikeHtml('a.txt', 'News <script>alert(1)</script> text')).toBe(true);
    expect(looksLikeHtml('a.txt', 'x <a href="#" onclick="evil()">y</a>')).toBe(true);
    expect(looksLikeHtml('a.txt', '<p>One paragraph</p>')).toBe(true);
  });
  it('not for prose with angle brackets', () => {
    expect(looksLikeHtml('a.txt', 'Trade rose 5% (3 < 4) and <Reuters> reported it; a -> b.')).toBe(false);
    expect(looksLikeHtml('a.txt', 'Xi met Lula in Brasilia.')).toBe(false);
  });
});

describe('htmlToText', () => {
  it('keeps the title and paragraphs, drops scripts, styles, comments and attributes', () => {
    const html = `<!doctype html><html><head><title>Xi meets Lula</title><style>p{color:red}</style>
      <script>var s = "<p>Fake Minister</p>"; document.write(s)</script></head>
      <body onload="steal()"><nav><a href="/">Home</a></nav><!-- Hidden Comment -->
      <article><h1>Xi meets Lula</h1><p>BEIJING, March 3 (Xinhua) &mdash; Chinese President <b>Xi&nbsp;Jinping</b>
      met with Brazilian President Luiz Inacio Lula da Silva on Tuesday.</p>
      <p><img src=x onerror="alert(1)">Both sides &amp; friends agreed.<br>Second line</p></article>
      <noscript>Enable JavaScript</noscript><template><p>Template text</p></template></body></html>`;
    const text = htmlToText(html);
    expect(text).toBe(
      [
        'Xi meets Lula',
        'Home',
        'Xi meets Lula',
        'BEIJING, March 3 (Xinhua) — Chinese President Xi Jinping met with Brazilian President Luiz Inacio Lula da Silva on Tuesday.',
        'Both sides & friends agreed.',
        'Second line',
      ].join('\n\n') + '\n',
    );
    for (const bad of ['<', 'steal', 'alert', 'color:red', 'Fake', 'Hidden', 'Enable', 'Template']) expect(text).not.toContain(bad);
  });
  it('survives broken markup and empty input', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText('<p>unclosed <b>bold <i>italic')).toBe('unclosed bold italic\n');
    expect(htmlToText('<script>never closed <p>hidden')).toBe('');
    expect(htmlToText('</p></div>text<<>>')).toContain('text');
  });
});

describe('prepareInput', () => {
  it('skips binary files and warns about Windows-1252 and HTML-looking text', () => {
    expect(prepareInput('x.png', bytes(0x89, 0x50, 0x4e, 0x47, 0, 0))).toMatchObject({ ok: false, reason: 'binary file' });
    const latin = prepareInput('l.txt', bytes(0x4a, 0x6f, 0x73, 0xe9));
    expect(latin).toMatchObject({ ok: true, text: 'José', html: false });
    expect(latin.warnings).toEqual(['l.txt is not valid UTF-8: decoded as Windows-1252']);
    const looks = prepareInput('h.txt', utf8('<p>Hello <script>x()</script>world</p>'));
    expect(looks).toMatchObject({ ok: true, text: 'Hello world\n', html: true });
    expect(looks.warnings).toEqual(['h.txt looks like HTML: reduced to its text']);
    expect(prepareInput('h.html', utf8('<p>Hi</p>'))).toEqual({ ok: true, text: 'Hi\n', html: true, warnings: [], meta: { published: null, title: null } });
    expect(prepareInput('e.txt', new Uint8Array(0))).toEqual({ ok: true, text: '', html: false, warnings: [], meta: {} });
  });
});

describe('ownOutput', () => {
  const graph = { schemaVersion: 2, entities: [{ id: 'country:HRV', type: 'country', name: 'Croatia', aliases: [], country: 'HRV' }], meetings: [] };
  it("recognises diplograph's own outputs by content, whatever the file is called", () => {
    expect(ownOutput(JSON.stringify(graph, null, 1))).toBe('graph');
    expect(ownOutput(JSON.stringify({ meetings: [], schemaVersion: 1 }))).toBe('graph');
    expect(ownOutput('<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n  <meta>\n    <creator>diplograph</creator>')).toBe('GEXF export');
    expect(ownOutput('<?xml version="1.0"?>\n<graphml xmlns="x">\n  <graph id="diplograph" edgedefault="undirected">')).toBe('GraphML export');
    expect(ownOutput('id,date,kind,participants,countries,location,quote,article,file,sources\r\nm-1,2021,talks,A; B,HRV; NOR,,q,a,f,1\r\n')).toBe('CSV export');
    const skipped = prepareInput('notes/old-graph.txt', utf8(JSON.stringify(graph)));
    expect(skipped).toMatchObject({ ok: false, reason: 'a graph written by diplograph (an earlier output?), not news text' });
  });
  it('reads news that merely talks about JSON or graphs', () => {
    expect(ownOutput('{"schemaVersion": 2} is what the file starts with, said Foreign Minister Ivo Marek.')).toBeNull();
    expect(ownOutput(JSON.stringify({ schemaVersion: 3, title: 'not ours' }))).toBeNull();
    expect(ownOutput('Foreign Minister Ivo Marek of Croatia met Lena Sorvik.')).toBeNull();
  });
});
