// Input decoding, pure: bytes of one file -> the text the pipeline reads, or the
// reason it is skipped, plus warnings. No I/O here (cli.ts and worker.ts read).
//
// - Binary files (NUL bytes or mostly control characters) are skipped.
// - UTF-8 (with or without BOM) is read as is; UTF-16 with a BOM is decoded;
//   anything else is decoded as Windows-1252 with a warning (the same table in
//   Node and in the browser, so both read the same file the same way).
// - What diplograph itself wrote (graph.json, GEXF, GraphML, CSV exports) is
//   skipped: a previous output inside the input folder is not news.
// - HTML (`.html`/`.htm`, or text that looks like HTML) is reduced to its text:
//   tags, attributes (event handlers included) and comments go, script/style/
//   template contents are dropped, block elements become blank-line-separated
//   paragraphs, entities are decoded.
//
// Offsets: sources[].start/end and quote always refer to the TEXT the pipeline
// read (InputFile.text), as a JavaScript string (UTF-16 code units). For a plain
// text file that is the file decoded; for HTML it is the extracted text
// (`htmlToText` of the file), never the markup: quotes are exact slices of that
// text and hold no markup.
import { Parser } from 'htmlparser2';
import { normalisePublished, type FileMeta } from './published';

export type Prepared =
  | { ok: true; text: string; html: boolean; warnings: string[]; meta: FileMeta }
  | { ok: false; reason: string; warnings: string[] };

/** Binary: a NUL byte in the first 8 KiB, or more than 10% control characters there. Empty files are text. */
export function isBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.1;
}

const hasUtf16Bom = (buf: Uint8Array) => buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff));

/**
 * Windows-1252's bytes 0x80-0x9F (the Encoding Standard's table; the five it leaves undefined stay C1 controls).
 * Node 20's TextDecoder('windows-1252') decodes these as ISO-8859-1 C1 controls (dashes and quotes become
 * invisible characters, "Šefčovič" loses its Š) while browsers decode them as here: applied after it, both agree.
 */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
export const decodeWindows1252 = (buf: Uint8Array): string =>
  new TextDecoder('windows-1252').decode(buf).replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]!);

/** Decodes bytes: UTF-16 by BOM, UTF-8 when valid (BOM dropped), else Windows-1252. */
export function decodeText(buf: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' } {
  if (hasUtf16Bom(buf)) {
    const encoding = buf[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(encoding).decode(buf), encoding };
  }
  try {
    // TextDecoder drops a leading BOM by default.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(buf), encoding: 'windows-1252' };
  }
}

const HTML_NAME = /\.x?html?$/i;
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|\?xml)\b/i;
/** Elements that are never prose and that a plain text should never carry. */
const DANGEROUS = /<\s*(?:script|style|iframe|object|embed|svg|math|template|noscript|img|link|meta|form|input|base)\b|<[a-z][^>]*\son[a-z]+\s*=|<!--/i;
const TAGS = /<\/?(?:p|div|span|a|br|hr|b|i|em|strong|body|html|head|title|table|tr|td|th|li|ul|ol|h[1-6]|article|section|header|footer|nav|main|aside|blockquote|pre|figure|figcaption)\b[^<>]*>/i;

/** An `.html`/`.htm` name, a document that starts like HTML, a dangerous tag, or an ordinary tag (plain news text has none). */
export function looksLikeHtml(name: string, text: string): boolean {
  if (HTML_NAME.test(name)) return true;
  if (!text.includes('<')) return false;
  return HTML_START.test(text) || DANGEROUS.test(text) || TAGS.test(text);
}

const DROP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'embed', 'select', 'textarea', 'button']);
const BLOCK = new Set([
  'p', 'div', 'br', 'hr', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'table', 'thead', 'tbody', 'tfoot', 'td', 'th', 'caption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'article', 'section', 'header', 'footer', 'nav', 'main', 'aside', 'blockquote', 'pre',
  'figure', 'figcaption', 'address', 'title', 'body', 'html', 'form', 'fieldset', 'legend', 'details', 'summary', 'center',
]);

/**
 * The readable text of an HTML document: one paragraph per block element, blank
 * lines between them; whitespace inside a block collapsed to single spaces.
 * `<title>` is kept as a paragraph (the page's headline).
 */
export function htmlToText(html: string): string {
  return readHtml(html).text;
}

/** Metadata keys that carry a page's publication date (Open Graph, schema.org microdata, Dublin Core, news sitemaps). */
const DATE_META = new Set(['article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.issued', 'sailthru.date', 'parsely-pub-date', 'citation_publication_date']);

/** A JSON-LD block's datePublished, searched through @graph and arrays. */
function jsonLdDate(json: string): string | null {
  let data: unknown;
  try { data = JSON.parse(json); } catch { return null; }
  const stack = [data];
  for (let n = 0; stack.length && n < 1000; n++) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const d = normalisePublished(o.datePublished ?? o.dateCreated);
      if (d) return d;
      if (o['@graph']) stack.push(o['@graph']);
    }
  }
  return null;
}

/**
 * The text of an HTML document and what its markup says about it: the publication date from
 * `<meta property="article:published_time">` and its kin, JSON-LD `datePublished`, or the first
 * `<time datetime>` (in that order of trust), and the `<title>`. One parse, with htmlparser2.
 */
export function readHtml(html: string): { text: string; meta: FileMeta } {
  const blocks: string[] = [];
  let metaDate: string | null = null, ldDate: string | null = null, timeDate: string | null = null, title: string | null = null;
  let ld: string | null = null;
  let cur = '';
  let drop = 0;
  let inTitle = false;
  const flush = () => {
    const t = cur.replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
    cur = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (!metaDate && DATE_META.has(key)) metaDate = normalisePublished(attrs.content ?? '');
        } else if (name === 'time' && !timeDate && attrs.datetime) timeDate = normalisePublished(attrs.datetime);
        else if (name === 'script' && (attrs.type ?? '').toLowerCase() === 'application/ld+json') ld = '';
        if (name === 'title') { flush(); inTitle = true; return; }
        if (DROP.has(name)) { drop++; return; }
        if (BLOCK.has(name)) flush();
      },
      ontext(data) {
        if (ld !== null) ld += data;
        if (drop === 0) cur += data;
      },
      onclosetag(name) {
        // A title is raw text in HTML: tag-like runs inside it are markup typed by mistake (or an attack), not words.
        if (name === 'script' && ld !== null) { ldDate ??= jsonLdDate(ld); ld = null; }
        if (name === 'title' && inTitle) { cur = stripTags(cur); title ??= cur.replace(/\s+/g, ' ').trim() || null; flush(); inTitle = false; return; }
        if (DROP.has(name)) { drop = Math.max(0, drop - 1); return; }
        if (BLOCK.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  const published = metaDate ?? ldDate ?? timeDate;
  return { text: blocks.join('\n\n') + (blocks.length ? '\n' : ''), meta: { published: published ? { date: published, from: 'html-meta' } : null, title } };
}

/** Tag-like runs out of raw text (nested ones too: `<p a='<b>'>`), and any `<` still opening one. */
export function stripTags(s: string): string {
  for (let i = 0; i < 20; i++) {
    const t = s.replace(/<!--[\s\S]*?(?:-->|$)|<\/?[A-Za-z][^<>]*>/g, ' ');
    if (t === s) break;
    s = t;
  }
  return s.replace(/<(?=[A-Za-z/!?])/g, ' ');
}

/** The export CSV's header row (src/export/csv.ts, MEETING_COLUMNS). */
const CSV_HEADER = /^\uFEFF?id,date,kind,participants,countries,location,quote,article,file,sources\r?\n/;

/**
 * Which of diplograph's own outputs `text` is, by content, or null: a graph document (a JSON object with
 * schemaVersion and entities or meetings), a GEXF or GraphML export, a CSV export of meetings.
 */
export function ownOutput(text: string): string | null {
  const head = text.slice(0, 2000);
  if (/^\s*\{/.test(head) && head.includes('"schemaVersion"')) {
    try {
      const j = JSON.parse(text) as Record<string, unknown> | null;
      if (j && typeof j === 'object' && 'schemaVersion' in j && (Array.isArray(j.entities) || Array.isArray(j.meetings))) return 'graph';
    } catch { /* not JSON after all: read as text */ }
  }
  if (/<gexf\b/.test(head) && head.includes('<creator>diplograph</creator>')) return 'GEXF export';
  if (/<graphml\b/.test(head) && head.includes('<graph id="diplograph"')) return 'GraphML export';
  if (CSV_HEADER.test(head)) return 'CSV export';
  return null;
}

/** Bytes of one input file -> the text to extract, or why it is skipped. Pure. */
export function prepareInput(name: string, buf: Uint8Array): Prepared {
  const warnings: string[] = [];
  if (!hasUtf16Bom(buf) && isBinary(buf)) return { ok: false, reason: 'binary file', warnings };
  const { text: decoded, encoding } = decodeText(buf);
  const own = ownOutput(decoded);
  if (own) return { ok: false, reason: `a ${own} written by diplograph (an earlier output?), not news text`, warnings };
  if (encoding === 'windows-1252') warnings.push(`${name} is not valid UTF-8: decoded as Windows-1252`);
  else if (encoding !== 'utf-8') warnings.push(`${name} is ${encoding.toUpperCase()}: decoded`);
  if (looksLikeHtml(name, decoded)) {
    if (!HTML_NAME.test(name)) warnings.push(`${name} looks like HTML: reduced to its text`);
    const { text, meta } = readHtml(decoded);
    return { ok: true, text, html: true, warnings, meta };
  }
  return { ok: true, text: decoded, html: false, warnings, meta: {} };
}
