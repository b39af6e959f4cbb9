// Organisation mentions: "Full Name (ACR)" definitions, party names, and a small
// gazetteer of intergovernmental bodies (country null) and well-known national
// bodies that are usually cited by acronym alone.
import { findCountries } from './countries';

export interface OrgInfo {
  key: string;
  name: string;
  acronym: string | null;
  /** ISO3, or null for an intergovernmental body. */
  country: string | null;
  intergovernmental: boolean;
}

export interface OrgMention extends OrgInfo { start: number; end: number; text: string }

/** Intergovernmental bodies: [acronym, full name]. */
export const INTERGOVERNMENTAL: Array<[string, string]> = [
  ['UN', 'United Nations'], ['UNSC', 'United Nations Security Council'], ['BRICS', 'BRICS'], ['SCO', 'Shanghai Cooperation Organisation'],
  ['ASEAN', 'Association of Southeast Asian Nations'], ['EU', 'European Union'], ['AU', 'African Union'],
  ['IAEA', 'International Atomic Energy Agency'], ['NATO', 'North Atlantic Treaty Organization'], ['WHO', 'World Health Organization'],
  ['WTO', 'World Trade Organization'], ['G20', 'Group of Twenty'], ['G7', 'Group of Seven'], ['APEC', 'Asia-Pacific Economic Cooperation'],
  ['OPEC', 'Organization of the Petroleum Exporting Countries'], ['IMF', 'International Monetary Fund'], ['UNESCO', 'UNESCO'],
  ['CELAC', 'Community of Latin American and Caribbean States'], ['OSCE', 'Organization for Security and Co-operation in Europe'],
  ['CIS', 'Commonwealth of Independent States'], ['EAEU', 'Eurasian Economic Union'], ['GCC', 'Gulf Cooperation Council'],
  ['CICA', 'Conference on Interaction and Confidence-Building Measures in Asia'], ['NDB', 'New Development Bank'],
  ['AIIB', 'Asian Infrastructure Investment Bank'], ['OIC', 'Organisation of Islamic Cooperation'], ['UNGA', 'United Nations General Assembly'],
  ['FAO', 'Food and Agriculture Organization'], ['UNDP', 'United Nations Development Programme'], ['ECOWAS', 'Economic Community of West African States'],
  ['SADC', 'Southern African Development Community'], ['', 'Arab League'], ['', 'League of Arab States'], ['', 'World Bank'],
  // More intergovernmental bodies whose officials meet governments (regional, financial, specialised agencies).
  ['OAS', 'Organization of American States'], ['OECD', 'Organisation for Economic Co-operation and Development'], ['', 'Council of Europe'],
  ['', 'Commonwealth Secretariat'], ['', 'European Commission'], ['', 'European Council'], ['', 'European Parliament'],
  ['', 'African Union Commission'], ['', 'ASEAN Secretariat'], ['', 'Mercosur'], ['CARICOM', 'Caribbean Community'],
  ['SAARC', 'South Asian Association for Regional Cooperation'], ['BIMSTEC', 'BIMSTEC'], ['IGAD', 'Intergovernmental Authority on Development'],
  ['EAC', 'East African Community'], ['ECCAS', 'Economic Community of Central African States'], ['CSTO', 'Collective Security Treaty Organization'],
  ['OTS', 'Organization of Turkic States'], ['ECO', 'Economic Cooperation Organization'], ['', 'Pacific Islands Forum'],
  ['ADB', 'Asian Development Bank'], ['AfDB', 'African Development Bank'], ['EBRD', 'European Bank for Reconstruction and Development'],
  ['IsDB', 'Islamic Development Bank'], ['IEA', 'International Energy Agency'], ['IRENA', 'International Renewable Energy Agency'],
  ['OPCW', 'Organisation for the Prohibition of Chemical Weapons'], ['ICAO', 'International Civil Aviation Organization'],
  ['IMO', 'International Maritime Organization'], ['ITU', 'International Telecommunication Union'], ['ILO', 'International Labour Organization'],
  ['IOM', 'International Organization for Migration'], ['UNICEF', 'UNICEF'], ['UNHCR', 'UNHCR'], ['WFP', 'World Food Programme'],
  ['UNCTAD', 'UNCTAD'], ['UNEP', 'United Nations Environment Programme'], ['UNIDO', 'UNIDO'], ['WIPO', 'World Intellectual Property Organization'],
  ['IFAD', 'International Fund for Agricultural Development'], ['UNFPA', 'UNFPA'], ['UNRWA', 'UNRWA'], ['', 'UN Women'],
  ['ICC', 'International Criminal Court'], ['ICJ', 'International Court of Justice'], ['', 'Interpol'],
  ['', 'Andean Community'], ['SICA', 'Central American Integration System'], ['', 'Union for the Mediterranean'], ['IPU', 'Inter-Parliamentary Union'],
];

/** National bodies usually cited by acronym alone: [acronym, name, ISO3]. */
export const NATIONAL: Array<[string, string, string]> = [
  ['CPC', 'Communist Party of China', 'CHN'], ['NPC', 'National People’s Congress', 'CHN'],
  ['CPPCC', 'Chinese People’s Political Consultative Conference', 'CHN'], ['IDCPC', 'International Department of the CPC Central Committee', 'CHN'],
  ['PLA', 'People’s Liberation Army', 'CHN'], ['WPK', 'Workers’ Party of Korea', 'PRK'], ['CPV', 'Communist Party of Vietnam', 'VNM'],
  ['LPRP', 'Lao People’s Revolutionary Party', 'LAO'], ['ANC', 'African National Congress', 'ZAF'], ['CPRF', 'Communist Party of the Russian Federation', 'RUS'],
];

const HEAD = /\b(?:Party|Congress|Committee|Council|Ministry|Department|Parliament|Assembly|Organi[sz]ation|Union|Agency|Bank|Forum|Association|Front|League|Movement|Commission|Conference|Embassy|Mission|Alliance|Fund|Programme|Program|Court|Senate|Government|Office|Institute|Academy|Federation|Cooperation|Community|Authority|Corporation|Administration|Bureau|Society|Chamber|Campaign|Secretariat|Cabinet|Army|Duma|Diet|Deputies|Solidarity|Initiative)\b/;
const TITLES = /^(?:President|Premier|Minister|Vice-minister|Secretary|Chairman|Chairwoman|Chair|Speaker|Ambassador|Director|Leader|Envoy|Spokesperson|Member)$/;
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&', 'de', 'du']);

export const slug = (s: string): string =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';

export type OrgRegistry = Map<string, OrgInfo>;

/** Registry keyed by acronym and by lower-cased name; seeded with the gazetteers. */
export function baseRegistry(): OrgRegistry {
  const reg: OrgRegistry = new Map();
  for (const [acr, name] of INTERGOVERNMENTAL) {
    const info: OrgInfo = { key: slug(acr || name), name, acronym: acr || null, country: null, intergovernmental: true };
    if (acr) reg.set(acr, info);
    reg.set(name.toLowerCase(), info);
  }
  for (const [acr, name, iso3] of NATIONAL) {
    const info: OrgInfo = { key: slug(acr), name, acronym: acr, country: iso3, intergovernmental: false };
    reg.set(acr, info);
    reg.set(name.toLowerCase().replace(/'/g, '’'), info);
  }
  return reg;
}

/** Walks back from `end` over a run of capitalised words and connectors: the name before "(ACR)". */
export function nameBefore(text: string, end: number): { start: number; name: string } | null {
  const words = [...text.slice(Math.max(0, end - 160), end).matchAll(/[\p{L}\p{N}’'&-]+/gu)];
  const offset = Math.max(0, end - 160);
  let i = words.length - 1;
  let first = -1;
  for (; i >= 0; i--) {
    const w = words[i]![0];
    const gapEnd = i + 1 < words.length ? words[i + 1]!.index! : end - offset;
    const gap = text.slice(offset + words[i]!.index! + w.length, offset + gapEnd);
    if (/[,;:.()“”"]/.test(gap)) break;
    if (/^\p{Lu}/u.test(w) || /^\p{N}/u.test(w)) first = i;
    else if (!CONNECTORS.has(w)) break;
  }
  if (first < 0) return null;
  // A title inside the run belongs to a person ("Minister Liu Jianchao of the International Department"): start after it.
  for (let k = words.length - 1; k > first; k--) {
    if (TITLES.test(words[k]![0])) { first = k + 1; break; }
  }
  while (first < words.length && CONNECTORS.has(words[first]![0])) first++;
  if (first >= words.length) return null;
  let start = offset + words[first]!.index!;
  let name = text.slice(start, end).trim();
  // "Liu Jianchao of the International Department of ...": leading segments without an organisation word are not part of it.
  for (let cut = /^(.*?)\s+of\s+(?:the\s+)?/.exec(name); cut && !HEAD.test(cut[1]!) && HEAD.test(name.slice(cut[0].length)); cut = /^(.*?)\s+of\s+(?:the\s+)?/.exec(name)) {
    start += cut[0].length;
    name = name.slice(cut[0].length);
  }
  return { start, name };
}

const DEF = /\(([A-Z][A-Za-z]{1,9})\)/g;
const PARTY_HEAD = /Party|Front|Movement|League/;
const PARTY = /(?:\p{Lu}[\p{L}’'-]+ ){1,6}(?:Party|Front|Movement|League)(?: of (?:the )?\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){0,3})?/gu;

function countryIn(name: string, after: string): string | null {
  const inside = findCountries(name);
  const tail = /^\s*of (?:the )?([\p{Lu}][\p{L}’' -]+)/u.exec(after);
  if (tail) {
    const c = findCountries(tail[1]!);
    if (c[0] && c[0].start === 0) return c[0].iso3;
  }
  const of = inside.filter((c) => c.form === 'name');
  return (of[of.length - 1] ?? inside[0])?.iso3 ?? null;
}

/** Learns "Name (ACR)" definitions and party names from a text into the registry (mutates a copy, returns it). */
export function learnOrganisations(text: string, registry: OrgRegistry): OrgRegistry {
  const reg = new Map(registry);
  DEF.lastIndex = 0;
  for (let m = DEF.exec(text); m; m = DEF.exec(text)) {
    const acr = m[1]!;
    const before = nameBefore(text, m.index);
    if (!before || !HEAD.test(before.name)) continue;
    const name = before.name.replace(/^(?:the|The)\s+/, '');
    if (reg.get(acr)?.intergovernmental) continue;
    const country = countryIn(name, text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    const known = reg.get(acr);
    if (known && known.country && !country) continue;
    const info: OrgInfo = { key: slug(acr), name: stripDemonym(name), acronym: acr, country: country ?? known?.country ?? null, intergovernmental: false };
    if (!known || (!known.country && info.country)) reg.set(acr, info);
    if (!reg.has(info.name.toLowerCase())) reg.set(info.name.toLowerCase(), reg.get(acr)!);
  }
  return reg;
}

const stripDemonym = (name: string) => {
  const c = findCountries(name);
  if (c[0] && c[0].start === 0 && c[0].form === 'demonym') return name.slice(c[0].end).trim();
  return name;
};

const compiled = new WeakMap<OrgRegistry, RegExp | null>();

/** One alternation of the registry's multi-word names (lower case), compiled once per registry. */
function namesRegex(reg: OrgRegistry): RegExp | null {
  if (compiled.has(reg)) return compiled.get(reg)!;
  const names = [...reg].filter(([n, info]) => n !== info.acronym && n.length >= 8 && n.includes(' ')).map(([n]) => n).sort((a, b) => b.length - a.length);
  const re = names.length ? new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g') : null;
  compiled.set(reg, re);
  return re;
}

/** Organisation mentions in a span of text (acronyms and names known to the registry, party names). */
export function findOrganisations(text: string, base: number, reg: OrgRegistry): OrgMention[] {
  const out: OrgMention[] = [];
  const acr = /\b[A-Z][A-Z0-9]{1,7}\b/g;
  for (let m = acr.exec(text); m; m = acr.exec(text)) {
    const info = reg.get(m[0]);
    if (info) out.push({ ...info, start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
  }
  PARTY.lastIndex = 0;
  // The party regex is costly on every sentence; it cannot match without one of its head words.
  for (let m = PARTY_HEAD.test(text) ? PARTY.exec(text) : null; m; m = PARTY.exec(text)) {
    // ("the Communist Party of China’s support": the possessive is not the party's name.)
    const whole = m[0].replace(/['’]s$/, '');
    let raw = whole.replace(/^(?:The|A|An|And|Of)\s+/, '');
    const lead = whole.length - raw.length;
    const name = stripDemonym(raw);
    const known = reg.get(name.toLowerCase()) ?? reg.get(name.toLowerCase().replace(/'/g, '’'));
    const country = known?.country ?? countryIn(raw, text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    raw = whole.slice(lead);
    out.push({
      key: known?.key ?? slug(name + (country ? ' ' + country : '')), name: known?.name ?? name, acronym: known?.acronym ?? null,
      country, intergovernmental: known?.intergovernmental ?? false, start: base + m.index + lead, end: base + m.index + whole.length, text: raw,
    });
  }
  const names = namesRegex(reg);
  if (names) {
    const low = text.toLowerCase();
    names.lastIndex = 0;
    for (let m = names.exec(low); m; m = names.exec(low)) {
      const info = reg.get(m[0])!;
      const i = m.index;
      if (!out.some((o) => o.start <= base + i && o.end >= base + i + m![0].length)) out.push({ ...info, start: base + i, end: base + i + m[0].length, text: text.slice(i, i + m[0].length) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
