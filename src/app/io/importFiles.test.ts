import { describe, expect, it } from 'vitest';
import { classifyFile, extensionOf } from './importFiles';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('extensionOf', () => {
  it.each([
    ['news.txt', '.txt'],
    ['folder/Report.HTML', '.html'],
    ['notes.tar.md', '.md'],
    ['.hidden', ''],
    ['README', ''],
  ])('%s → %j', (name, ext) => expect(extensionOf(name)).toBe(ext));
});

describe('classifyFile', () => {
  // [name, bytes, ok, reason or text pattern, notes pattern]
  const table: Array<[string, Uint8Array, boolean, RegExp, RegExp | null]> = [
    ['a.txt', utf8('Wang Yi met Mauro Vieira.'), true, /^Wang Yi met Mauro Vieira\.$/, null],
    ['a.md', utf8('# Talks\n\nThey met.'), true, /They met\./, null],
    ['page.html', utf8('<html><head><title>Talks</title><script>alert(1)</script></head><body><p>Wang Yi met <b>Mauro Vieira</b>.</p></body></html>'), true, /^Talks\n\nWang Yi met Mauro Vieira\.\n$/, null],
    ['latin.txt', new Uint8Array([0x53, 0xe3, 0x6f, 0x20, 0x50, 0x61, 0x75, 0x6c, 0x6f]), true, /^São Paulo$/, /^is not valid UTF-8: decoded as Windows-1252$/],
    ['tagged.txt', utf8('<p>They met.</p>'), true, /They met\./, /looks like HTML/],
    ['junk.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03]), false, /^binary content, not text$/, null],
    ['empty.txt', new Uint8Array(0), false, /^empty file$/, null],
    ['blank.txt', utf8(' \n\t\n'), false, /^only blank space$/, null],
    ['script.html', utf8('<script>x()</script>'), false, /^no text in this HTML$/, null],
    ['report.pdf', utf8('%PDF-1.7'), false, /^unsupported file type \(\.pdf\): use \.txt, \.md or \.html$/, null],
    ['README', utf8('They met.'), false, /^unsupported file type: use/, null],
  ];
  it.each(table)('%s', (name, bytes, ok, pattern, notes) => {
    const c = classifyFile(name, bytes);
    expect(c.ok).toBe(ok);
    expect(c.ok ? c.text : c.reason).toMatch(pattern);
    if (notes) expect(c.notes.join('\n')).toMatch(notes);
    else expect(c.notes).toEqual([]);
  });
});
