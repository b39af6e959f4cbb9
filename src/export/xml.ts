// Names and quotes come from scraped news: they can hold markup, quotes and
// even control characters. XML 1.0 cannot represent most control characters at
// all (not even as &#1;), so they are dropped; the rest is escaped.

// Everything outside XML 1.0's Char production: C0 controls other than tab/LF/CR,
// lone surrogates, and U+FFFE/U+FFFF.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/**
 * Escapes text for element content or a double- or single-quoted attribute.
 * Tab, LF and CR become character references because a parser normalises them
 * to spaces inside attribute values; a quote with line breaks should keep them.
 */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c] ?? c);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** `name="value"` pairs for a start tag; null/undefined values are left out. */
export function xmlAttributes(attributes: Record<string, string | number | null | undefined>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

/**
 * Text as an xsd:token, the type GEXF gives node and edge labels: no line
 * breaks or tabs, no leading, trailing or doubled spaces. A name scraped across
 * a line break would otherwise make the document invalid against the schema.
 */
export function asToken(text: string): string {
  // Strip first: a control character between two spaces would otherwise keep them apart until escaping removes it.
  return stripInvalidXmlChars(text).replace(/[\t\n\r ]+/g, ' ').trim();
}
