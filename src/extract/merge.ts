// Joins per-file results into one GraphDocument. Kept apart from the per-file
// stages so the CLI's main thread can merge without loading compromise or chrono
// (the workers do the extraction).
import type { Entity, GraphDocument } from '../model';
import { MAX_YEAR, MIN_YEAR, plausibleYear } from '../model/years';
import { countryName, gazetteer } from './countries';
import { dedupeMeetings, type DraftMeeting } from './dedupe';
import { assembleGraph } from './graph';
import { stripTags } from './input';
import { canonicalName } from './names';
import { slug, type OrgInfo } from './organisations';

export interface PersonRecord {
  key: string;
  names: Record<string, number>;
  aliases: string[];
  countryVotes: Record<string, number>;
  shapeCountry: string | null;
  /** The one country a sentence left for this titled official ("Minister X met in Poland ..."): a guess, weaker than a known office. */
  sentenceCountry?: string | null;
  /** The article's main foreign country, used when no title or role names one. */
  fallbackCountry?: string | null;
  role: string | null;
  orgs: string[];
}

export interface FileResult {
  file: string;
  articles: number;
  bytes: number;
  persons: PersonRecord[];
  orgs: OrgInfo[];
  meetings: DraftMeeting[];
  /** Problems with the file's metadata (bad front matter), each naming the file. */
  warnings?: string[];
  /** Articles with no publication date to count relative dates from, named ("file.txt (\"headline\")"). */
  undated?: string[];
}

export function personCountry(r: PersonRecord | undefined): string | null {
  if (!r) return null;
  const best = Object.entries(r.countryVotes).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best ? best[0] : r.shapeCountry ?? r.sentenceCountry ?? r.fallbackCountry ?? null;
}

/**
 * A name or label as shown to people: no control, format or bidirectional-override
 * characters (they would reorder or hide text around it), no markup tags, single
 * spaces. Quotes are never cleaned: they stay exact slices of the text read.
 */
export function cleanLabel(s: string): string {
  return stripTags(s)
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/[\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A file's results without dates outside MIN_YEAR..MAX_YEAR ("December 31, 9999" in the text, "date: 0001-01-01" in
 * front matter): the model refuses them, so the meeting stays, undated, and the summary names the file and dates.
 */
export function boundDates(result: FileResult): { result: FileResult; warnings: string[] } {
  const bad = new Set<string>();
  const keep = (d: string | null | undefined): boolean => {
    if (!d || plausibleYear(d)) return true;
    bad.add(d);
    return false;
  };
  const meetings = result.meetings.map((m) => {
    const dated = keep(m.date);
    const anchored = keep(m.dateBasis?.anchor);
    const sources = m.sources.map((s) => (keep(s.published) ? s : { ...s, published: null, publishedFrom: null }));
    if (dated && anchored && sources.every((s, i) => s === m.sources[i])) return m;
    const dateBasis = !dated ? null : anchored || !m.dateBasis ? m.dateBasis : { ...m.dateBasis, anchor: null, anchorFrom: null };
    return { ...m, date: dated ? m.date : null, dateBasis, sources };
  });
  if (!bad.size) return { result, warnings: [] };
  const list = [...bad].sort();
  return {
    result: { ...result, meetings },
    warnings: [`${result.file}: ${list.length} date${list.length > 1 ? 's' : ''} outside ${MIN_YEAR}–${MAX_YEAR} left out (a typo or a placeholder?): ${list.slice(0, 3).join(', ')}${list.length > 3 ? ', …' : ''}`],
  };
}

/**
 * One entity per organisation: a file that spelled out "Communist Party of Britain (CPB)" keys it by its acronym, one
 * that did not by its name and country; the same name in the same country is the same party. The acronym's key wins
 * (it is the more specific), else the first key in order; the others map onto it.
 */
export function oneOrgPerName(read: Map<string, OrgInfo>): { orgs: Map<string, OrgInfo>; orgKey: (key: string) => string } {
  const byName = new Map<string, OrgInfo>();
  const alias = new Map<string, string>();
  const nameKey = (o: OrgInfo) => `${slug(o.name)}|${o.intergovernmental ? 'INT' : o.country ?? ''}`;
  const order = [...read.values()].sort((a, b) => Number(!!b.acronym) - Number(!!a.acronym) || (a.key < b.key ? -1 : 1));
  for (const o of order) {
    const first = byName.get(nameKey(o));
    if (first) alias.set(o.key, first.key);
    else byName.set(nameKey(o), o);
  }
  const orgs = new Map([...read].filter(([k]) => !alias.has(k)));
  return { orgs, orgKey: (key) => alias.get(key) ?? key };
}

/** Joins per-file results: persons merge by key across files, meetings dedupe across files. */
export function mergeFiles(results: FileResult[]): GraphDocument {
  results = results.map((r) => boundDates(r).result);
  const persons = new Map<string, PersonRecord>();
  for (const res of results) {
    for (const p of res.persons) {
      const r = persons.get(p.key);
      if (!r) { persons.set(p.key, { ...p, names: { ...p.names }, aliases: [...p.aliases], countryVotes: { ...p.countryVotes }, orgs: [...p.orgs] }); continue; }
      for (const [n, c] of Object.entries(p.names)) r.names[n] = (r.names[n] ?? 0) + c;
      for (const a of p.aliases) if (!r.aliases.includes(a)) r.aliases.push(a);
      for (const [n, c] of Object.entries(p.countryVotes)) r.countryVotes[n] = (r.countryVotes[n] ?? 0) + c;
      r.shapeCountry ??= p.shapeCountry;
      r.sentenceCountry ??= p.sentenceCountry ?? null;
      r.fallbackCountry ??= p.fallbackCountry;
      r.role ??= p.role;
      for (const o of p.orgs) if (!r.orgs.includes(o)) r.orgs.push(o);
    }
  }
  const read = new Map<string, OrgInfo>();
  for (const res of results) for (const o of res.orgs) if (!read.has(o.key) || (!read.get(o.key)!.country && o.country)) read.set(o.key, o);
  const { orgs, orgKey } = oneOrgPerName(read);

  // Person ids: slug of the canonical name (the most frequent full form), unique.
  const canonical = new Map<string, string>();
  const pid = new Map<string, string>();
  const taken = new Set<string>();
  for (const p of [...persons.values()].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    const name = canonicalName(p.names);
    if (!name) continue;
    canonical.set(p.key, name);
    let id = 'person:' + slug(name);
    for (let k = 2; taken.has(id); k++) id = 'person:' + slug(name) + '-' + k;
    pid.set(p.key, id);
    taken.add(id);
  }
  const remap = (id: string) => (id.startsWith('person:') ? pid.get(id.slice(7)) ?? id : id.startsWith('organisation:') ? 'organisation:' + orgKey(id.slice(13)) : id);
  const meetings = dedupeMeetings(results.flatMap((r) => r.meetings.map((m) => ({ ...m, participants: [...new Set(m.participants.map(remap))].sort() }))));
  const usedIds = new Set(meetings.flatMap((m) => m.participants));
  const entities: Entity[] = [];
  const countries = new Set<string>();
  for (const m of meetings) for (const c of m.countries) if (c !== 'INT') countries.add(c);
  for (const p of persons.values()) {
    const id = pid.get(p.key);
    const name = canonical.get(p.key);
    if (!id || !name) continue;
    const country = personCountry(p);
    if (!usedIds.has(id) && !p.role && !country) continue;
    if (country) countries.add(country);
    const shown = cleanLabel(name) || id.slice(7);
    const aliases = [...new Set(p.aliases.map(cleanLabel))].filter((a) => a && a !== shown).sort();
    entities.push({ id, type: 'person', name: shown, aliases, country, role: p.role === null ? null : cleanLabel(p.role) || null, orgs: [...new Set(p.orgs.map((o) => 'organisation:' + orgKey(o)))].filter((o) => orgs.has(o.slice(13))).sort() });
  }
  for (const o of orgs.values()) {
    if (o.country) countries.add(o.country);
    const name = cleanLabel(o.name) || cleanLabel(o.acronym ?? '') || o.key;
    const acronym = o.acronym ? cleanLabel(o.acronym) : '';
    entities.push({ id: 'organisation:' + o.key, type: 'organisation', name, aliases: acronym && acronym !== name ? [acronym] : [], country: o.intergovernmental ? null : o.country });
  }
  for (const c of countries) if (gazetteer().countries.has(c)) entities.push({ id: 'country:' + c, type: 'country', name: countryName(c), aliases: [], country: c });
  // Person ids come from keys; make sure every participant exists.
  const ids = new Set(entities.map((e) => e.id));
  for (const m of meetings) m.participants = m.participants.filter((p) => ids.has(p));
  const kept = meetings.filter((m) => m.participants.length > 0);
  for (const m of kept) {
    if (m.location !== null) m.location = cleanLabel(m.location) || null;
    m.sources = m.sources.map((src) => ({ ...src, article: cleanLabel(src.article) }));
  }
  return assembleGraph(entities, kept, {
    files: results.length,
    articles: results.reduce((n, r) => n + r.articles, 0),
    bytes: results.reduce((n, r) => n + r.bytes, 0),
  });
}

