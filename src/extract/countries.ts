// Country gazetteer compiled once from the world-countries package: common and
// official names, alt spellings, demonyms, capitals. A few aliases the package
// lacks are listed by hand in EXTRA_ALIASES.
import worldCountries from 'world-countries';

export interface CountryInfo {
  iso3: string;
  name: string;
  capitals: string[];
}

export interface CountryMatch {
  iso3: string;
  start: number;
  end: number;
  text: string;
  /** "name" for a country name or code, "demonym" for an adjective such as "Cypriot". */
  form: 'name' | 'demonym';
}

/** Short forms and historic names the package does not carry (or carries only as ambiguous codes). */
const EXTRA_ALIASES: Array<[string, string, 'name' | 'demonym']> = [
  ['Britain', 'GBR', 'name'], ['England', 'GBR', 'name'], ['Scotland', 'GBR', 'name'], ['Wales', 'GBR', 'name'],
  ['America', 'USA', 'name'], ['U.S.', 'USA', 'name'], ['United States', 'USA', 'name'],
  ['Turkey', 'TUR', 'name'], ['Czech Republic', 'CZE', 'name'], ['Lao', 'LAO', 'demonym'], ['Laotian', 'LAO', 'demonym'],
  ['PRC', 'CHN', 'name'], ['Chinese mainland', 'CHN', 'name'], ['Russian Federation', 'RUS', 'name'],
  ['Republic of the Congo', 'COG', 'name'], ['Congo-Brazzaville', 'COG', 'name'], ['Congo', 'COG', 'name'],
  ['DRC', 'COD', 'name'], ['DR Congo', 'COD', 'name'], ['Democratic Republic of the Congo', 'COD', 'name'],
  ['UAE', 'ARE', 'name'], ['ROK', 'KOR', 'name'], ['Viet Nam', 'VNM', 'name'], ['East Timor', 'TLS', 'name'],
  ['Timor-Leste', 'TLS', 'name'], ['Vatican', 'VAT', 'name'], ['Holland', 'NLD', 'name'], ['Filipino', 'PHL', 'demonym'],
  ['Emirati', 'ARE', 'demonym'], ['Saudi', 'SAU', 'demonym'], ['Kazakh', 'KAZ', 'demonym'], ['Kyrgyz', 'KGZ', 'demonym'],
  ['Tajik', 'TJK', 'demonym'], ['Uzbek', 'UZB', 'demonym'], ['Turkmen', 'TKM', 'demonym'], ['Belarusian', 'BLR', 'demonym'],
  ['Philippine', 'PHL', 'demonym'], ['Holy See', 'VAT', 'name'], ['Vatican City', 'VAT', 'name'], ['Republic of Türkiye', 'TUR', 'name'],
  ['Palestine', 'PSE', 'name'], ['Bosnia', 'BIH', 'name'], ['Macedonia', 'MKD', 'name'],
];

/** Alt spellings that are two- or three-letter codes collide with ordinary words and initials; keep only these. */
const KEEP_CODES = new Set(['US', 'USA', 'UK', 'DPRK', 'DRC', 'PRC', 'UAE', 'ROK']);

const ALIAS_BLOCKLIST = new Set(['Georgia', 'Jordan', 'Chad']);
/** Those names as countries where a title says so: "Prime Minister of Georgia", "King of Jordan", "President of Chad". */
// ("King Abdullah of Jordan": a name may stand between the title and "of".)
const TITLED_BLOCKED = /\b(?:President|Prime Minister|Premier|Minister|Ambassador|Government|Parliament|Republic|King|Queen|Speaker|Embassy|Kingdom|Hashemite Kingdom)(?: \p{Lu}[\p{L}-]+){0,3} of (?:the )?(Georgia|Jordan|Chad)\b/gu;
/** Those names beside another country: "between Jordan and Saudi Arabia", "Armenia, Georgia and Azerbaijan". */
const BESIDE_COUNTRY = /\b(Georgia|Jordan|Chad)(?=(?:,| and| &) (?:the )?\p{Lu})|(?:,|\band|&) (?:the )?(Georgia|Jordan|Chad)\b/gu;
const BLOCKED_ISO3: Record<string, string> = { Georgia: 'GEO', Jordan: 'JOR', Chad: 'TCD' };

export interface Gazetteer {
  countries: Map<string, CountryInfo>;
  /** surface form -> iso3 */
  forms: Map<string, { iso3: string; form: 'name' | 'demonym' }>;
  regex: RegExp;
  /** city (capital) -> iso3 */
  cities: Map<string, string>;
  cityRegex: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Accepts both straight and curly apostrophes wherever the form has one. */
const apostrophes = (s: string) => escape(s).replace(/'/g, "['’]");

const EXTRA_CITIES: Array<[string, string]> = [
  ['Washington', 'USA'], ['New York', 'USA'], ['San Francisco', 'USA'], ['Shanghai', 'CHN'], ['Tianjin', 'CHN'],
  ['Wuhan', 'CHN'], ['Xi’an', 'CHN'], ["Xi'an", 'CHN'], ['Hangzhou', 'CHN'], ['Guangzhou', 'CHN'], ['Shenzhen', 'CHN'], ['Chengdu', 'CHN'],
  ['Xiamen', 'CHN'], ['Qingdao', 'CHN'], ['Kunming', 'CHN'], ['Nanning', 'CHN'], ['Harbin', 'CHN'], ['Chongqing', 'CHN'], ['Dalian', 'CHN'],
  ['Geneva', 'CHE'], ['Davos', 'CHE'], ['St. Petersburg', 'RUS'], ['Saint Petersburg', 'RUS'], ['Vladivostok', 'RUS'], ['Kazan', 'RUS'],
  ['Rio de Janeiro', 'BRA'], ['Sao Paulo', 'BRA'], ['São Paulo', 'BRA'], ['Johannesburg', 'ZAF'], ['Durban', 'ZAF'], ['Cape Town', 'ZAF'],
  ['Astana', 'KAZ'], ['Almaty', 'KAZ'], ['Samarkand', 'UZB'], ['Munich', 'DEU'], ['Hamburg', 'DEU'], ['Milan', 'ITA'], ['Istanbul', 'TUR'],
  ['Mumbai', 'IND'], ['New Delhi', 'IND'], ['Karachi', 'PAK'], ['Lahore', 'PAK'], ['Ho Chi Minh City', 'VNM'], ['Sochi', 'RUS'],
  ['Jakarta', 'IDN'], ['Bali', 'IDN'], ['Osaka', 'JPN'], ['Hiroshima', 'JPN'], ['Busan', 'KOR'], ['Dubai', 'ARE'], ['Jeddah', 'SAU'],
  ['Brasilia', 'BRA'], ['Hong Kong', 'CHN'], ['Macao', 'CHN'], ['Dar es Salaam', 'TZA'], ['Lagos', 'NGA'], ['Alexandria', 'EGY'],
  ['Capri', 'ITA'], ['Manila', 'PHL'], ['Kigali', 'RWA'],
  // Seats of government the package does not list as capitals.
  ['Putrajaya', 'MYS'], ['Nay Pyi Taw', 'MMR'], ['Naypyitaw', 'MMR'], ['Sejong', 'KOR'], ['The Hague', 'NLD'], ['Sydney', 'AUS'], ['Toronto', 'CAN'],
  // Seats of government that stand for their country in wire copy ("the White House said", "talks in the Kremlin").
  ['White House', 'USA'], ['Kremlin', 'RUS'], ['Élysée Palace', 'FRA'], ['Élysée', 'FRA'], ['Downing Street', 'GBR'], ['Zhongnanhai', 'CHN'],
  ['Malacañang', 'PHL'], ['Rashtrapati Bhavan', 'IND'], ['Hyderabad House', 'IND'], ['Kantei', 'JPN'],
];

let cached: Gazetteer | undefined;

/** Compiles the gazetteer once per process (or worker). */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const countries = new Map<string, CountryInfo>();
  const forms = new Map<string, { iso3: string; form: 'name' | 'demonym' }>();
  const cities = new Map<string, string>();
  const add = (f: string, iso3: string, form: 'name' | 'demonym') => {
    const s = f.trim();
    if (s.length < 2 || ALIAS_BLOCKLIST.has(s)) return;
    // Any capital letter, not only A-Z: "Åland Islands", "Éire".
    if (!/^\p{Lu}/u.test(s)) return;
    if (!forms.has(s)) forms.set(s, { iso3, form });
  };
  // Independent UN members first, so a demonym shared with a territory ("Dutch") names the state.
  type Row = {
    cca3: string; name: { common: string; official: string }; altSpellings: string[];
    demonyms?: { eng?: { m: string; f: string } }; capital?: string[]; independent?: boolean | null; unMember?: boolean;
  };
  const rows = [...(worldCountries as unknown as Row[])].sort((a, b) => Number(!!b.unMember) - Number(!!a.unMember));
  for (let c of rows as Array<{
    cca3: string; name: { common: string; official: string }; altSpellings: string[];
    demonyms?: { eng?: { m: string; f: string } }; capital?: string[]; independent?: boolean | null;
  }>) {
    // Kosovo has no ISO 3166-1 code: world-countries says "UNK", the EU, the IMF and most data sets "XKX".
    if (c.cca3 === 'UNK') c = { ...c, cca3: 'XKX' };
    countries.set(c.cca3, { iso3: c.cca3, name: c.name.common, capitals: c.capital ?? [] });
    add(c.name.common, c.cca3, 'name');
    add(c.name.official, c.cca3, 'name');
    for (const a of c.altSpellings) {
      // Alt spellings in the Latin script, accents included ("Côte d'Ivoire", "Curaçao", "România"); codes only as kept above.
      if (/^[A-Z]{2,4}$/.test(a) ? KEEP_CODES.has(a) : /^\p{Script=Latin}[\p{Script=Latin}\p{M} '’.-]+$/u.test(a) && !a.includes(',')) add(a, c.cca3, 'name');
    }
    if (c.demonyms?.eng) { add(c.demonyms.eng.m, c.cca3, 'demonym'); add(c.demonyms.eng.f, c.cca3, 'demonym'); }
    for (const cap of c.capital ?? []) if (/^\p{Lu}/u.test(cap)) cities.set(cap.replace(/ D\.C\.$/, ''), c.cca3);
  }
  // "Congolese" is shared by both Congos: keep the package's first, but the DRC's own forms win above.
  for (const [f, iso3, form] of EXTRA_ALIASES) forms.set(f, { iso3, form });
  for (const [city, iso3] of EXTRA_CITIES) cities.set(city, iso3);
  const alternation = [...forms.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(apostrophes).join('|');
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])(?:['’]s)?`, 'gu');
  const cityAlt = [...cities.keys()].sort((a, b) => b.length - a.length).map(apostrophes).join('|');
  const cityRegex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${cityAlt})(?![\\p{L}\\p{N}])`, 'gu');
  cached = { countries, forms, regex, cities, cityRegex };
  return cached;
}

const normApos = (s: string) => s.replace(/’/g, "'");

/** Every country name, code or demonym in `text`, offsets relative to `text` plus `base`. */
export function findCountries(text: string, base = 0): CountryMatch[] {
  const g = gazetteer();
  const out: CountryMatch[] = [];
  g.regex.lastIndex = 0;
  for (let m = g.regex.exec(text); m; m = g.regex.exec(text)) {
    const raw = m[0].replace(/['’]s$/, '');
    const hit = g.forms.get(raw) ?? g.forms.get(normApos(raw)) ?? lookupApos(g, raw);
    if (!hit) continue;
    // "US" inside an all-caps heading or "us" is excluded by case-sensitivity; "Lao" must not be "Laos".
    out.push({ iso3: hit.iso3, start: base + m.index, end: base + m.index + raw.length, text: raw, form: hit.form });
  }
  TITLED_BLOCKED.lastIndex = 0;
  for (let m = TITLED_BLOCKED.exec(text); m; m = TITLED_BLOCKED.exec(text)) {
    const at = m.index + m[0].length - m[1]!.length;
    out.push({ iso3: BLOCKED_ISO3[m[1]!]!, start: base + at, end: base + at + m[1]!.length, text: m[1]!, form: 'name' });
  }
  if (out.length) {
    BESIDE_COUNTRY.lastIndex = 0;
    for (let m = BESIDE_COUNTRY.exec(text); m; m = BESIDE_COUNTRY.exec(text)) {
      const name = (m[1] ?? m[2])!;
      const at = m.index + m[0].length - (m[1] ? m[0].length : name.length);
      if (out.some((c) => c.start === base + at)) continue;
      // Only when the neighbour in the list is itself a country.
      const after = text.slice(at + name.length, at + name.length + 40);
      const before = text.slice(Math.max(0, at - 40), at);
      const nextIsCountry = m[1] && out.some((c) => c.start - base > at && c.start - base <= at + name.length + (/^(?:,| and| &) (?:the )?/.exec(after)?.[0].length ?? -99));
      const prevIsCountry = m[2] && out.some((c) => c.end - base < at && c.end - base >= at - (/\s*(?:,|\band|&) (?:the )?$/.exec(before)?.[0].length ?? 99));
      // ("Michael Jordan and Chile": a given name before it makes it a person's.)
      // ("Chile and Jordan Smith": nor a surname after it.)
      if (m[1] && /\p{Lu}[\p{L}-]+\s$/u.test(before)) continue;
      if (m[2] && /^\s\p{Lu}[\p{L}-]+/u.test(after) && !/^\s(?:and|or)\b/.test(after)) continue;
      if (nextIsCountry || prevIsCountry) out.push({ iso3: BLOCKED_ISO3[name]!, start: base + at, end: base + at + name.length, text: name, form: 'name' });
    }
  }
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

function lookupApos(g: Gazetteer, raw: string) {
  for (const [k, v] of g.forms) if (normApos(k) === normApos(raw)) return v;
  return undefined;
}

/** Cities (capitals and a few large cities) in `text`. */
export function findCities(text: string, base = 0): Array<{ city: string; iso3: string; start: number; end: number }> {
  // Pure, and asked several times per sentence (persons, facts, place, nationality): memoised per process.
  let hit = cityCache.get(text);
  if (!hit) {
    if (cityCache.size >= 100_000) cityCache.clear();
    hit = scanCities(text);
    cityCache.set(flat(text), hit.map((c) => ({ ...c, city: flat(c.city) })));
  }
  return hit.map((c) => ({ ...c, start: c.start + base, end: c.end + base }));
}
/** A flat copy: a substring would keep its whole file's text alive for as long as the cache holds it. */
const flat = (s: string): string => (' ' + s).slice(1);
const cityCache = new Map<string, Array<{ city: string; iso3: string; start: number; end: number }>>();

function scanCities(text: string, base = 0): Array<{ city: string; iso3: string; start: number; end: number }> {
  const g = gazetteer();
  const out: Array<{ city: string; iso3: string; start: number; end: number }> = [];
  g.cityRegex.lastIndex = 0;
  for (let m = g.cityRegex.exec(text); m; m = g.cityRegex.exec(text)) {
    const iso3 = g.cities.get(m[0]) ?? g.cities.get(m[0].replace(/’/g, "'")) ?? g.cities.get(m[0].replace(/'/g, '’'));
    if (iso3) out.push({ city: m[0].replace(/'/g, '’'), iso3, start: base + m.index, end: base + m.index + m[0].length });
  }
  return out;
}

/** Looks a single surface form up ("Cypriot" -> CYP), or undefined. */
export function countryOf(form: string): string | undefined {
  const g = gazetteer();
  const s = form.replace(/['’]s$/, '');
  return (g.forms.get(s) ?? g.forms.get(normApos(s)) ?? lookupApos(g, s))?.iso3;
}

export function countryName(iso3: string): string {
  return gazetteer().countries.get(iso3)?.name ?? iso3;
}

/** Groups of countries named as a whole ("the five Central Asian countries"). */
const REGIONS: Array<[RegExp, string[]]> = [
  [/Central Asian?/, ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']],
  [/Nordic/, ['DNK', 'FIN', 'ISL', 'NOR', 'SWE']],
  [/Baltic/, ['EST', 'LTU', 'LVA']],
  [/South Caucasus|South Caucasian/, ['ARM', 'AZE', 'GEO']],
  [/Benelux/, ['BEL', 'LUX', 'NLD']],
  [/Gulf Cooperation Council|GCC|Gulf Arab/, ['ARE', 'BHR', 'KWT', 'OMN', 'QAT', 'SAU']],
  [/Mekong|Lancang-Mekong/, ['KHM', 'LAO', 'MMR', 'THA', 'VNM']],
];
// (Also "the heads of state of China and the five Central Asian countries": the country named first is a side too.)
const REGION_SIDES = /\b(?:heads? of (?:state|government)|leaders|presidents|foreign ministers|representatives|delegations) of (?:((?:\p{Lu}[\p{L}-]*\s?){1,3}) and )?the (?:(?:two|three|four|five|six|\d) )?((?:\p{Lu}[\p{L}-]*\s?){1,3}) (?:countries|states|nations)\b/u;

/** Members of a region whose leaders are named as a group ("the heads of state of the five Central Asian countries"), else []. */
export function regionMembers(text: string): string[] {
  const m = REGION_SIDES.exec(text);
  if (!m) return [];
  const hit = REGIONS.find(([re]) => re.test(m[2]!.trim()));
  if (!hit) return [];
  const first = m[1] ? findCountries(m[1].trim())[0]?.iso3 : undefined;
  return first && !hit[1].includes(first) ? [first, ...hit[1]] : hit[1];
}

/** Seats of government that stand for their country in wire copy. */
export const SEATS = new Set(['White House', 'Kremlin', 'Élysée', 'Elysee Palace', 'Élysée Palace', 'Downing Street', 'Zhongnanhai', 'Malacañang', 'Blue House', 'Kantei', 'Quirinale', 'Rashtrapati Bhavan', 'Hyderabad House']);
