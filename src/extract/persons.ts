// Person mentions: runs of capitalised name tokens, accepted by their context
// (a title before, a role apposition after, a Chinese-name shape, or compromise),
// each with a role and a country read from the same context.
import { countryOf, findCities, findCountries, SEATS, type CountryMatch } from './countries';
import { SURNAME_MONTHS } from './names';
import { findOrganisations, type OrgMention, type OrgRegistry } from './organisations';

export interface PersonMention {
  /** Surface name as written (title stripped). */
  name: string;
  tokens: string[];
  start: number;
  end: number;
  role: string | null;
  country: string | null;
  /** Where the country came from, strongest first: title, apposition, shape. */
  countryFrom: 'title' | 'role' | 'shape' | 'sentence' | null;
  titled: boolean;
  orgs: string[];
  /** An untitled full name with no cue of its own: kept only when the same name is confirmed elsewhere (see resolve.ts). */
  weak?: boolean;
}

export const TITLE_WORDS = new Set(
  ('president vice premier minister prime deputy secretary general secretary-general chairman chairwoman chairperson chair speaker ' +
    'ambassador king queen prince princess emir sultan chancellor governor mayor senator leader director director-general envoy special ' +
    'councillor councilor commissioner chief head spokesperson spokesman spokeswoman counterpart comrade dr mr mrs ms madam lord sir marshal admiral baroness baron dame ' +
    'member co-editor editor founder professor prof adviser advisor representative consul executive foreign defence defense president-elect ' +
    'vice-president vice-chairman vice-chairwoman vice-minister vice-premier vice-chair pm fm state federal first second permanent senior ' +
    'assistant under-secretary-general under-secretary undersecretary chargé chairman-elect ceo sheikh his her excellency majesty highness ' +
    'taoiseach tánaiste tanaiste councillor federal honourable honorable right rt hon dame baroness baron earl duke duchess emperor empress ' +
    'dato datuk seri sri utama pehin tengku tunku pope father cardinal archbishop bishop general-secretary first-secretary premier-elect minister-president alternate h.e h.e. hon eam high ' +
    // the portfolio words of a title ("Minister for External Affairs", "Home Secretary"): never a name
    'external interior home')
    .split(' '),
);

/** Words of standing before a title in an apposition: "the visiting Speaker", "the outgoing President". */
const STANDING = /^(?:the|visiting|new|newly|outgoing|incoming|acting|current|former|then|interim|designated|appointed)$/i;

/** Capitalised words that are never part of a person's name. */
const STOP = new Set(
  ('the a an on in at of for and or but with by from to as after before during when while since until this that these those there here it its ' +
    'he she they we i you his her their our my your both all some many most more other such each every no not also then thus however meanwhile ' +
    'today yesterday tomorrow last next earlier later according following noting stressing adding calling saying speaking welcoming responding ' +
    'previously subsequently separately additionally afterwards recently likewise moreover furthermore besides ' +
    'january february march april may june july august september october november december feb sept ' +
    'monday tuesday wednesday thursday friday saturday sunday spring festival new year lunar ' +
    'party committee central council congress ministry department parliament assembly union agency bank forum association front league movement ' +
    'commission conference embassy mission alliance fund programme court senate government office institute academy federation cooperation ' +
    'community group authority corporation administration bureau society chamber campaign secretariat cabinet army people’s people\'s peoples ' +
    'republic democratic socialist communist workers’ workers\' national international political standing affairs foreign international ' +
    'global south north east west western eastern southern northern central great hall belt road initiative development security civilization ' +
    'xinhua news daily times global mfa cpc npc china chinese beijing god marxism leninism thought socialism characteristics friends ' +
    'comrades excellencies ladies gentlemen dear madam please read full text photo video source continue world culture business opinion ' +
    'however what why how who whom where which while would will could should must can did does do has have had is are was were be being been ' +
    'summit talks meeting visit state official delegation declaration plan vision strategy treaty charter agreement war resistance victory day ' +
    'tourism trade commerce economy economic finance culture education health justice interior agriculture industry energy transport labour labor ' +
    'environment investment information technology discipline inspection commission supervision science planning legislative executive judicial supreme municipal provincial regional committee\'s ' +
    'mother father royal highness queen-mother emigration immigration migration diaspora expatriates overseas cabinet-level ' +
    // buildings and places ("at Itamaraty Palace", "Villa Doria Pamphilj") and regions ("for Central Asia") are not names
    'palace villa house building castle centre center airport hotel square street avenue university museum cathedral church mosque ' +
    'asia africa europe oceania pacific atlantic arctic caribbean balkans sahel middle latin relations session joint ' +
    // the bodies a title names ("Chair of the Cabinet of Ministers", "Council of Ministers")
    'ministers deputies representatives councillors directors governors armed forces staff ' +
    // page furniture ("Image Credit: X", "File Photo")
    'image credit credits caption file')
    .split(' '),
);

const ALL_CAPS = /^\p{Lu}[\p{Lu}'’-]+$/u;
const titleWord = (w: string) => w.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
const POST_NOMINAL = /^(?:KC|QC|MP|MEP|MSP|MLA|JP|OBE|CBE|MBE|KBE|DBE|GBE|CMG|KCMG|GCMG|KCB|GCB|CH|OM|PC|PHD|MD|SC|SAN|RN|USN|RET)$/;
const ROMAN = /^(?=[IVX]+$)X{0,3}(?:IX|IV|V?I{0,3})$/;
const ARABIC_PARTICLE = /^(?:Al|El|Abu|Abd|Bin|Ibn|Bint|Ould|Ben)$/;

/** The title words that may stand before a comma and the name, with what they are of: "the foreign minister of Tajikistan". */
const TITLE_BEFORE_COMMA = "(?:counterpart|president|minister|premier|leader|ambassador|secretary|chairman|envoy)(?: (?:of|from|for|on) (?:the )?([\\p{L}’' -]{2,60}?))?";
const TITLE_AT_COMMA = new RegExp(`\\b${TITLE_BEFORE_COMMA}\\s*$`, 'iu');

/** A title in running text, then a comma, then the name: "the foreign minister of Tajikistan, X", "US special envoy on Afghan peace, X". */
const LOWER_TITLE_COMMA = new RegExp(`^\\s*(?:the |his |her |their )?(?:[\\p{L}-]+ ){0,3}${TITLE_BEFORE_COMMA},\\s*$`, 'iu');

/** (Only straight after the meeting's verb: "Sun Hai, Vice-minister of X, Kunio Arakaki" is two people.) */
const AFTER_VERB = /\b(?:with|met|meets|meet|received|receives|by|called on|hosted|welcomed)\s*$/;

/** A surname joined to a lower-case particle: "al-Kadhimi", "el-Sisi", "ad-Darwish", "bin-Nasser". */
const LOWER_PARTICLE_NAME = /^(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|bin|ibn|abu|abd)-\p{Lu}\p{Ll}/u;
const SURNAME_MONTH = new RegExp(`^(?:${SURNAME_MONTHS.join('|')})$`);

const PARTICLES = new Set(['da', 'de', 'di', 'do', 'dos', 'das', 'del', 'della', 'van', 'von', 'der', 'den', 'bin', 'bint', 'ibn', 'al', 'el', 'la', 'le', 'y']);

const CN_SURNAMES = new Set(
  ('wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie han tang feng yu dong xiao cheng cao ' +
    'yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan du dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin ' +
    'hao kong bai cui kang mao qiu qin gu hou shao meng long wan duan qian yin yi chang qiao lai gong wen zhai geng mu hong niu ' +
    'xi xing ge wu ou shan yue lou mei zhan bi bao hua ji nie lei tao xiang kuang zang qu ruan mi ai an ba bian che dou').split(' '),
);
const PINYIN = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u|v))+$/;

/** "Wang Yi", "Sun Haiyan": a Chinese surname followed by a pinyin given name. */
export function isChineseName(tokens: string[]): boolean {
  if (tokens.length !== 2 && tokens.length !== 3) return false;
  const [s, ...rest] = tokens.map((t) => t.toLowerCase());
  if (!CN_SURNAMES.has(s!)) return false;
  return rest.every((t) => PINYIN.test(t.replace(/[-’']/g, '')) && t.length <= 8);
}

const shapeOf = (tokens: string[]) => nameShape(tokens) !== null;

const VN_SURNAMES = new Set('nguyen tran le pham hoang huynh phan vu vo dang bui ho ngo duong ly luong trinh dinh mai cao'.split(' '));
const KR_SURNAMES = new Set('kim ri pak park choe choi jo cho ryu hyon jang yun ju jon chae ro kwon'.split(' '));
const SYLLABLE = /^\p{Lu}\p{Ll}{1,5}$/u;

/**
 * Country suggested by the shape of a name alone: pinyin names are Chinese; a
 * Vietnamese surname with short syllables ("Luong Cuong", "Pham Minh Chinh") is
 * Vietnamese; a Korean surname with two short syllables ("Choe Son Hui") is a
 * person but of either Korea (''). null when the shape says nothing.
 */
export function nameShape(tokens: string[]): string | null {
  if (isChineseName(tokens)) return 'CHN';
  if (tokens.length < 2 || tokens.length > 4 || !tokens.every((t) => SYLLABLE.test(t))) return null;
  const first = tokens[0]!.toLowerCase();
  if (VN_SURNAMES.has(first)) return 'VNM';
  if (tokens.length === 3 && KR_SURNAMES.has(first)) return '';
  return null;
}

interface Token { text: string; start: number; end: number }

const WORD = /\p{L}[\p{L}\p{M}]*(?:[’'\-.]\p{L}[\p{L}\p{M}]*)*/gu;

function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = m[0].endsWith("'s") || m[0].endsWith('’s') ? m[0].slice(0, -2) : m[0];
    out.push({ text: w, start: m.index, end: m.index + w.length });
  }
  return out;
}

const isCap = (w: string) => /^\p{Lu}/u.test(w);
const lower = (w: string) => w.toLowerCase();

export interface SentenceContext {
  countries: CountryMatch[];
  orgs: OrgMention[];
}

/** Country and org mentions of a sentence, relative to the sentence start. */
export function contextOf(text: string, reg: OrgRegistry): SentenceContext {
  return { countries: countriesIn(text), orgs: findOrganisations(text, 0, reg) };
}

/**
 * The countries a sentence names, less the ones that are a titled person's surname:
 * "Prime Minister Luis Montenegro", "Minister Ana Jordan". A title, a given name, then
 * the country: the country is the name's end.
 */
export function countriesIn(text: string): CountryMatch[] {
  return findCountries(text).filter((c) => {
    if (c.form !== 'name' || /\s/.test(c.text)) return true;
    const given = /(\p{L}[\p{L}’'.-]*)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+$/u.exec(text.slice(Math.max(0, c.start - 60), c.start));
    return !(given && TITLE_WORDS.has(lower(given[1]!)) && !TITLE_WORDS.has(lower(given[2]!)) && !STOP.has(lower(given[2]!)) && !findCountries(given[2]!).length);
  });
}

/** Cities are places, never people ("Fukushima" aside, which the resolver drops unless a full name owns it). */
function cityCovered(text: string): Array<{ start: number; end: number }> {
  return findCities(text);
}

const PREFIX_STOP = /(?:^|[,;(:)]|\b(?:with|met|meets|by|that|said|says|between|received|receives|from|to|and|as)\b)(?![^,;(:)]*(?:[,;(:)]|\b(?:with|met|meets|by|that|said|says|between|received|receives|from|to|as)\b))/;

/** Finds person mentions in one sentence; offsets are file offsets (`base` is the sentence start). */
export function findPersons(text: string, base: number, ctx: SentenceContext, isPersonHint?: (name: string) => boolean): PersonMention[] {
  const toks = tokensOf(text);
  const cities = cityCovered(text);
  const covered = (t: Token) =>
    cities.some((c) => t.start < c.end && t.end > c.start) ||
    ctx.countries.some((c) => t.start < c.end && t.end > c.start) || ctx.orgs.some((o) => t.start < o.end && t.end > o.start);
  // "Jun", "Jul", "Sep" are month abbreviations only before a day number ("Jun 5"); otherwise Korean or Chinese syllables.
  // (Capital letter first: most tokens fail there. Memoised per token: asked again while runs are grown.)
  const baseLike0 = (t: Token) => (isCap(t.text) || LOWER_PARTICLE_NAME.test(t.text)) && !(/^(?:Jan|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/.test(t.text) && /^\.?\s*\d/.test(text.slice(t.end))) && !STOP.has(lower(t.text)) && !TITLE_WORDS.has(lower(t.text).replace(/\.$/, '')) && !covered(t);
  const likeMemo = new Map<Token, boolean>();
  const baseLike = (t: Token) => { let v = likeMemo.get(t); if (v === undefined) likeMemo.set(t, (v = baseLike0(t))); return v; };
  const mixed = (k: number) => { const t = toks[k]; return !!t && !ALL_CAPS.test(t.text) && baseLike(t); };
  const spaced = (a: number, b: number) => !!toks[a] && !!toks[b] && text.slice(toks[a]!.end, toks[b]!.start) === ' ';
  // "Ms. KAMIKAWA Yoko", "Mr. WANG Yi" (Japanese MOFA style): an all-caps surname beside a capitalised given name is a
  // name token; an all-caps word on its own is an acronym or a heading.
  const capsAt = new Map(toks.map((t, k) => [t, k] as const));
  const nameLike = (t: Token) => {
    if (!baseLike(t)) return false;
    if (!ALL_CAPS.test(t.text)) return true;
    // Post-nominals ("Davidson KC", "Smith MP") are not names; a regnal number ("Felipe VI") stays as written.
    if (POST_NOMINAL.test(t.text)) return false;
    const k = capsAt.get(t)!;
    return (spaced(k, k + 1) && mixed(k + 1)) || (spaced(k - 1, k) && mixed(k - 1));
  };
  const out: PersonMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!nameLike(toks[i]!)) continue;
    let j = i;
    // "Antony J. Blinken", "S. Jaishankar", "Ferdinand R. Marcos Jr.": an initial and its full stop stay inside the name.
    const initial = (k: number) => /^\p{Lu}$/u.test(toks[k]!.text) && text.slice(toks[k]!.end, toks[k + 1]?.start ?? toks[k]!.end) === '. ' && k + 1 < toks.length && nameLike(toks[k + 1]!);
    while (j + 1 < toks.length && (text.slice(toks[j]!.end, toks[j + 1]!.start) === ' ' || initial(j))) {
      const n = toks[j + 1]!;
      if (nameLike(n)) { j++; continue; }
      // "Enrique Santiago", "Lloyd Austin": a one-word city after a given name is a surname, followed by a title or a comma.
      const cityHere = cities.find((c) => c.start === n.start && c.end === n.end);
      if (cityHere && isCap(n.text) && !ctx.countries.some((c) => n.start < c.end && n.end > c.start) && /^(?:,\s|\s+(?:met|said|held|told|also|and)\b)/.test(text.slice(n.end)) && j === i && !/\b(?:in|at|to|from)\s+$/.test(text.slice(0, toks[i]!.start))) { j++; continue; }
            // "Theresa May", "Brian May": a month after a given name is a surname, unless a day follows ("Beijing May 5").
      if (SURNAME_MONTH.test(n.text) && !/^\.?\s*\d/.test(text.slice(n.end)) && !covered(n)) { j++; continue; }
      if (PARTICLES.has(n.text) && j + 2 < toks.length && nameLike(toks[j + 2]!) && text.slice(n.end, toks[j + 2]!.start) === ' ') { j += 2; continue; }
      break;
    }
    const run = toks.slice(i, j + 1);
    i = j;
    // "Mohamed bin Zayed Al Nahyan", "Luiz Inácio Lula da Silva": particles do not count towards the length.
    // "Mohammed bin Salman bin Abdulaziz Al Saud": a capitalised Arabic particle (Al, Bin, Abu) does not count either.
    if (run.filter((t) => !PARTICLES.has(t.text) && !ARABIC_PARTICLE.test(t.text)).length > 4) continue;
    // Runs glued to more capitalised words (headings, titles of works) are not names.
    const start = run[0]!.start, end = run[run.length - 1]!.end;
    // "Foreign Editor of the Morning Star", "the Great Hall": a name is never straight after "the".
    if (/(?:^|[^\p{L}])the $/iu.test(text.slice(Math.max(0, start - 5), start))) continue;
    // "Foreign Minister of the DPRK (DPRK)  Choe Son Hui": an acronym in brackets between title and name is blanked (same length).
    // So is a short gloss in brackets inside the title: "Tanaiste (Deputy Prime Minister) and Minister for Foreign Affairs".
    const before = text.slice(0, start).replace(/\s*\([\p{Lu}][\p{L}-]{1,9}\)\s*$/u, (m) => ' '.repeat(m.length))
      .replace(/\((?:\p{Lu}[\p{L}’'.-]*|of|the|for|and)(?: (?:\p{Lu}[\p{L}’'.-]*|of|the|for|and)){0,5}\)/gu, (m) => ' '.repeat(m.length));
    const after = text.slice(end);
    const prevTok = i - run.length >= 0 ? toks[i - run.length] : undefined;
    // (Read through a blanked gloss: "Taoiseach (Prime Minister) Micheal Martin".)
    const prevWord = prevTok && /^\.?\s*$/.test(before.slice(prevTok.end, start)) ? prevTok.text : (/([\p{L}][\p{L}’'-]*)\.?\s+$/u.exec(before)?.[1] ?? '');
    const pstart0 = prefixStart(before);
    const titled = TITLE_WORDS.has(lower(prevWord).replace(/\.$/, '')) || /\b(?:counterpart|wife|husband),?\s*$/i.test(before) || titlePhrase(before.slice(pstart0)) || (LOWER_TITLE_COMMA.test(before.slice(pstart0)) && AFTER_VERB.test(before.slice(0, pstart0)));

    const tokens = run.map((t, k) => (k < run.length - 1 && /^\p{Lu}$/u.test(t.text) && text[t.end] === '.' ? t.text + '.' : ALL_CAPS.test(t.text) && !ROMAN.test(t.text) ? titleWord(t.text) : t.text));
    const appo = /^,\s+(?:(?:the|its|his|her|a|also|new|newly[- ]appointed|incoming|outgoing)\s+)*([^,;]{3,160}?)(?=,|;|$|\s(?:met|held|said|told|noted|stressed|added|urged|expressed|called|and his|and her|who|was|is)\b)/.exec(after);
    // ("Mr Cameron, President Zardari told the French newspaper ...": a title and a name after the comma are the next
    // person, not this one's apposition.)
    // ", Secretary of the AKEL", and ", the U.N. special rapporteur on ...", ", the Chinese foreign minister": a body's or a country's name may come first.
    const roleWords = appo ? appo[1]!.split(/\s+/) : [];
    const titleAt = roleWords.findIndex((w, k) => k < 3 && TITLE_WORDS.has(lower(w.replace(/[^\p{L}-]/gu, ''))));
    // (Only after "the", and only a body's acronym or a country: ", Chilean Minister Luis Vera said" is the next person's title.)
    // ("S Jaishankar, India's Minister for External Affairs": a country's possessive may lead the title too.)
    // (", the visiting Speaker of the Israeli Parliament", ", the new Ambassador of Peru": a word of standing may lead too.)
    const leadOk = titleAt === 0 || (/^,\s+the\s/i.test(appo?.[0] ?? '') && roleWords.slice(0, titleAt).every((w) => /^(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,6})$/u.test(w) || !!countryOf(w) || STANDING.test(w)))
      || (titleAt === 1 && /['’]s$/.test(roleWords[0] ?? '') && !!countryOf(roleWords[0]!.replace(/['’]s$/, '')));
    const nextPerson = !!appo && /^(?:\p{Lu}[\p{L}-]*\s+){1,3}\p{Lu}[\p{L}’'-]+$/u.test(appo[1]!.trim()) && TITLE_WORDS.has(lower(roleWords[0] ?? '')) && !TITLE_WORDS.has(lower(roleWords[roleWords.length - 1] ?? '')) && !findCountries(appo[1]!).length && !TITLE_END.test(appo[1]!.trim());
    const role = appo && titleAt >= 0 && leadOk && !nextPerson ? appo[1]!.trim().replace(/[.;:]+$/, '') : null;
    const shapeCountry = nameShape(tokens);
    const shape = shapeCountry !== null;
    // compromise may cut a long name short ("Miguel Díaz-Canel" of "Miguel Díaz-Canel Bermúdez").
    // Asked only when no title, role or shape already decides: compromise is the costliest stage.
    const hinted = () => run.length >= 2 && (!!isPersonHint?.(tokens.join(' ')) || (run.length >= 3 && !!isPersonHint?.(tokens.slice(0, -1).join(' '))));
    if (run.length === 1 ? !titled && !role : !(titled || role || shape || hinted())) {
      // A bare single token may still be a surname mention; the resolver decides.
      // A sentence-initial single word ("Biden also held ...") is kept too when a verb follows: the resolver keeps it only
      // when it is a known name's token.
      if (run.length === 1 && (!isSentenceInitialWord(text, start) || /^\s+(?:(?:also|then|later|last|first|previously|recently|already|subsequently|separately|had|has)\s+)?(?:met|meets|held|holds|received|receives|spoke|visited|visits|had|told|said|called|paid)\b|^,\s+(?:a|an|the|who)\s/.test(text.slice(end)))) {
        out.push({ name: tokens[0]!, tokens, start: base + start, end: base + end, role: null, country: null, countryFrom: null, titled: false, orgs: [] });
      } else if (run.length >= 2) {
        out.push({ name: tokens.join(' '), tokens, start: base + start, end: base + end, role: null, country: null, countryFrom: null, titled: false, orgs: [], weak: true });
      }
      continue;
    }
    // Country and organisation from the title before the name (closest wins), then from the apposition.
    const pstart = pstart0;
    let country: string | null = null;
    let countryFrom: PersonMention['countryFrom'] = null;
    const orgs: string[] = [];
    const inPrefix = [
      // "Ambassador to Zambia", "Special Envoy for Syria": the country served, not the person's own.
      ...ctx.countries.filter((c) => c.start >= pstart && c.end <= start && !/\b(?:to|for|in|on|towards?) (?:the )?$/.test(before.slice(Math.max(0, c.start - 10), c.start))).map((c) => ({ at: c.end, iso3: c.iso3 as string | null, org: null as string | null })),
      ...ctx.orgs.filter((o) => o.start >= pstart && o.end <= start && !/\bto (?:the )?$/.test(before.slice(Math.max(0, o.start - 8), o.start)))
        .map((o) => ({ at: o.end, iso3: o.intergovernmental ? 'INT' : o.country, org: o.key })),
      // "Kremlin Press Secretary", "White House spokesperson": a seat of government in the title is its country.
      ...findCities(before.slice(pstart)).filter((c) => SEATS.has(c.city)).map((c) => ({ at: pstart + c.end, iso3: c.iso3 as string | null, org: null as string | null })),
    ].sort((a, b) => b.at - a.at);
    for (const p of inPrefix) if (p.org) orgs.push(p.org);
    // "China's UN Ambassador": a country in the title beats the intergovernmental body.
    const pc = inPrefix.find((p) => p.iso3 && p.iso3 !== 'INT') ?? inPrefix.find((p) => p.iso3);
    if (pc) { country = pc.iso3; countryFrom = 'title'; }
    else if (/\bthe country['’]s\b|\bthat country['’]s\b/i.test(before.slice(pstart))) {
      // "China's Ambassador to Zambia handed it to the country's Transport Minister": the country named last before.
      const prior = ctx.countries.filter((c) => c.end <= pstart).pop();
      if (prior) { country = prior.iso3; countryFrom = 'title'; }
    } else if (titled && /(?:^|(?:^|\s)\p{Ll}+ )(?:UN |U\.N\. |United Nations )?(?:Under-)?Secretary-General$/u.test(before.slice(pstart).trim())) {
      country = 'INT'; countryFrom = 'title';
    } else if (titled && /(?:^|(?:^|\s)\p{Ll}+ |EU |European Union )High Representative(?:\/Vice-President)?$/u.test(before.slice(pstart).trim())) {
      // The EU's (or the UN's) High Representative serves an international body.
      country = 'INT'; countryFrom = 'title';
    } else if (titled && !shapeOf(run.map((t) => t.text)) && /(?:^|(?:^|\s)\p{Ll}+ )(?:UN |U\.N\. |United Nations )?Special (?:Envoy|Representative|Coordinator|Rapporteur)$/u.test(before.slice(pstart).trim())) {
      // "Special Envoy Geir Pedersen" with no country in the title: a UN envoy (a national one is written "Chinese Special Envoy Li Hui").
      country = 'INT'; countryFrom = 'role';
    }
    let roleText = titled ? text.slice(pstart, start).replace(/\s+/g, ' ').replace(/^[\s—–-]*(?:(?:and|with|by|the)\s+)*/i, '').trim() || null : null;
    if (role) {
      const rs = end + (appo![0].length - appo![1]!.length) - 0;
      const re = rs + appo![1]!.length;
      const inRole = [
        // Not the country or body served ("rapporteur on North Korean human rights", "Ambassador to the UN").
        ...ctx.countries.filter((c) => c.start >= end && c.end <= re + 1 && !isCause(text, c.start, c.end) && !servedAt(text, c.start)).map((c) => ({ at: c.start, iso3: c.iso3 as string | null, org: null as string | null })),
        // An international body's head or envoy serves it ("Secretary-General of the Arab League"); a "Member of the European Parliament" stays national.
        ...ctx.orgs.filter((o) => o.start >= end && o.end <= re + 1 && !servedAt(text, o.start)).map((o) => ({ at: o.start, iso3: o.intergovernmental ? (HEADS_BODY.test(text.slice(end, o.start)) ? 'INT' : null) : o.country, org: o.key })),
      ].sort((a, b) => a.at - b.at);
      for (const p of inRole) if (p.org && !orgs.includes(p.org)) orgs.push(p.org);
      // "the U.N. special rapporteur": the UN's, whatever the registry calls it.
      if (/^(?:U\.N\.|UN|United Nations)\s/.test(role)) inRole.unshift({ at: end, iso3: 'INT', org: null });
      const rc = inRole.find((p) => p.iso3);
      if (!country && rc) { country = rc.iso3; countryFrom = 'role'; }
      roleText = role;
    }
    // "President Emmanuel Macron of the French Republic", "Ahmed Aboul Gheit of the Arab League": the country or body right after the name.
    const ofAt = /^\s+of\s+(?:the\s+)?/.exec(after);
    if (!country && ofAt) {
      const at = end + ofAt[0].length;
      const c = ctx.countries.find((x) => x.start === at && x.form === 'name');
      const o = ctx.orgs.find((x) => x.start === at);
      if (c) { country = c.iso3; countryFrom = 'title'; }
      else if (o && (o.intergovernmental || o.country)) { country = o.intergovernmental ? 'INT' : o.country; countryFrom = 'title'; if (!orgs.includes(o.key)) orgs.push(o.key); }
    }
    // Titles that only one country gives ("Federal Foreign Minister", "Taoiseach", "External Affairs Minister").
    if (!country && titled) {
      // Only the run of title words right before the name ("EAM also paid a call on President X": not X's title).
      const tail = /(?:(?:\p{Lu}[\p{L}’'.-]*|of|the|for|and)\s+)*$/u.exec(before.slice(pstart))?.[0] ?? '';
      const tc = TITLE_COUNTRY.find(([re]) => re.test(tail));
      if (tc) { country = tc[1]; countryFrom = 'title'; }
    }
    if (!country && shapeCountry) { country = shapeCountry; countryFrom = 'shape'; }
    out.push({ name: tokens.join(' '), tokens, start: base + start, end: base + end, role: roleText && roleText.length < 160 ? roleText : null, country, countryFrom, titled, orgs });
  }
  // "In his visit to South Africa, President Xi announced with President Cyril Ramaphosa": a titled person whose
  // title names no country takes the one country of the sentence that no other person's title claims.
  const claimed = new Set(out.map((p) => p.country).filter(Boolean));
  // A country served ("Ambassador to Kenya") or travelled to ("will travel to Egypt", "arrived in Cairo") is not the traveller's own.
  const served = (c: CountryMatch) => /\b(?:for|(?:Ambassador|Envoy|Representative|Consul)s? (?:to|in)) (?:the )?$|\b(?:travel(?:s|led|ling)?|fl(?:y|ies|ew)|head(?:s|ed)?|arriv(?:e|es|ed|ing)|depart(?:s|ed)?|left|leaves?|returned|returns?|tour(?:s|ed)?)\s+(?:\w+\s+)?(?:to|in|for|from)?\s*(?:the )?$/i.test(text.slice(Math.max(0, c.start - 40), c.start));
  // Nor is "the Omani side" (the other party of some talks) or "the Omani foreign minister" (a person left unnamed).
  // ("India's Minister for External Affairs" after another name is that one's title, not free for this one.)
  const side = (c: CountryMatch) => /^(?:['’]s)?\s+(?:side|delegation|counterpart|guest|foreign minister|minister|president|prime minister|premier|leader|envoy|ambassador)\b/i.test(text.slice(c.end, c.end + 24));
  // Nor where something happens: "held in Johannesburg, South Africa", "in Malaysia".
  const located = (c: CountryMatch) => /(?:\b(?:in|at) (?:the )?|\p{Lu}[\p{L}-]+, )$/u.test(text.slice(Math.max(0, c.start - 30), c.start));
  // ("his counterpart from the Federative Republic of Brazil": the counterpart's country, not free for the subject.)
  // (And every country of the list: "his counterparts from Japan and New Zealand".)
  const counterparts = (c: CountryMatch) => /\bcounterparts? (?:from|of) (?:the )?(?:(?:\p{Lu}[\p{L}-]*|the|and|,)\s*){0,12}$/u.test(text.slice(Math.max(0, c.start - 90), c.start));
  const free = [...new Set(ctx.countries.filter((c) => !served(c) && !side(c) && !located(c) && !counterparts(c)).map((c) => c.iso3))].filter((c) => !claimed.has(c));
  // "Italy's Senate President Ignazio La Russa, and Deputy Prime Minister Antonio Tajani": a titled name coordinated
  // straight after one whose title names a country shares it.
  for (let k = 1; k < out.length; k++) {
    const p = out[k]!, q = out[k - 1]!;
    if (!p.titled || p.country || p.tokens.length < 2 || !q.country || q.countryFrom !== 'title') continue;
    const between = text.slice(q.end - base, p.start - base);
    if (/^,?\s+and\s+(?:\p{Lu}[\p{L}-]*\s+|(?:of|for|and|the)\s+){1,8}$/u.test(between) && !findCountries(between).length) { p.country = q.country; p.countryFrom = 'title'; claimed.add(q.country); }
  }
  // Only a government's officials: a co-editor or an analyst is not of the country the sentence is about.
  const bare = out.filter((p) => p.titled && !p.country && p.tokens.length >= 2 && OFFICIAL.test(p.role ?? ''));
  // "Minister Fidan is scheduled to pay an official visit to Iraq": the destination of the named person's own visit is not theirs.
  const visited = (c: CountryMatch) => /\b(?:visit|trip|travel|tour|journey|mission)s? to (?:the )?$/i.test(text.slice(Math.max(0, c.start - 30), c.start));
  const visitor = (c: CountryMatch) => out.filter((p) => p.end - base <= c.start).pop();
  if (bare.length === 1 && free.length === 1 && ctx.countries.some((c) => c.iso3 === free[0] && visited(c) && visitor(c) === bare[0])) free.length = 0;
  if (free.length === 1 && bare.length === 1) { bare[0]!.country = free[0]!; bare[0]!.countryFrom = 'sentence'; }
  return out;
}

/** A title that makes someone an official of a government (not an analyst, a co-editor, a comrade). */
export const OFFICIAL = /\b(?:president|vice[- ]president|prime minister|premier|chancellor|minister|secretary|ambassador|envoy|king|queen|emir|sultan|speaker|governor|foreign|defen[cs]e|chargé|consul|state councill?or|taoiseach|crown prince|head of state)\b/i;

const HEADS_BODY = /\b(?:Secretary[- ]General|Director[- ]General|President|Chair(?:person|man|woman)?|Commissioner|High Representative|Special (?:Envoy|Representative|Rapporteur|Coordinator)|Executive Secretary|Spokes(?:person|man|woman))\s+(?:of\s+)?(?:the\s+)?$/i;

/** A country or body the title serves: "Ambassador to Kenya", "Envoy for Syria", "rapporteur on North Korean human rights". */
const servedAt = (text: string, start: number) => /\b(?:to|for|on|towards?) (?:the )?$/.test(text.slice(Math.max(0, start - 12), start));

/**
 * "Secretary of the Venezuela Solidarity Campaign", "co-editor of Friends of Socialist China",
 * "director of the Australian Studies Center": a country named as the cause a body campaigns for
 * or the subject it studies, which says nothing of where its people are from.
 */
function isCause(text: string, start: number, end: number): boolean {
  return /^[\s-]+(?:Solidarity|Friendship|Support|Peace|Studies|Study|Research)\b/.test(text.slice(end, end + 14)) ||
    /\b(?:Friends of|Solidarity with|Hands Off)\s+(?:the\s+)?(?:\p{Lu}\p{L}+\s+)?$/u.test(text.slice(Math.max(0, start - 40), start));
}

function prefixStart(before: string): number {
  // Back to the last clause delimiter: the title of this name lies after it.
  let titleHead = -1;
  // (A verb ends the clause before it too: "Ambassador of China Jiang Zaidong called on Foreign Minister Ishaq Dar".)
  const re = /[,;(:)“”—–]|\s-\s|\b(?:with|met|meets|by|that|said|says|between|received|receives|from|to|and|as|when|call(?:ed|s)? on|hosted|hosts|welcomed|welcomes|greeted|accompanied|thanked|invited)\b/g;
  let last = 0;
  for (let m = re.exec(before); m; m = re.exec(before)) {
    // "Minister for Foreign Affairs and Tourism" / "Deputy Prime Minister and Minister": "and" between title words is part of the title.
    // "Ambassador of the Republic of Sudan to Russia Mohamed Sirrag": "to" inside a title phrase is part of it.
    if (m[0] === 'to' && /^\s*(?:the\s+)?\p{Lu}/u.test(before.slice(m.index + 2)) && /\b(?:Ambassador|Envoy|Representative|Consul(?:-General)?|Charg[ée] d['’]Affaires)\b[^,;]*$/.test(before.slice(last, m.index)) && titlePhrase(before.slice(last, m.index))) continue;
    // But "Minister Ronald Lamola and Prime Cabinet Secretary": a name before "and" ends the other person's title.
    const beforeAnd = m[0] === 'and' ? /(\p{Lu}[\p{L}’']*)\s+$/u.exec(before.slice(0, m.index))?.[1] : undefined;
    if (m[0] === 'and' && /^\s*(?:\p{Lu}|$)/u.test(before.slice(m.index + 3)) && beforeAnd && (TITLE_WORDS.has(lower(beforeAnd)) || STOP.has(lower(beforeAnd)) || findCountries(beforeAnd).length > 0 || TITLE_END.test(beforeAnd))) continue;
    // "his Russian counterpart, Vladimir Putin": a title just before the comma still names this person.
    // (So does "the foreign minister of Tajikistan, X" and "the special envoy on Afghan peace, X".)
    if (m[0] === ',' && titleBeforeComma(before.slice(0, m.index)) && /^\s*$/.test(before.slice(m.index + 1)) && !appositionOfName(before.slice(0, last))) continue;
    // "Cuban President and First Secretary of the Communist Party of Cuba, Miguel Díaz-Canel": a whole title phrase before the
    // comma still names this person, unless that phrase is itself an apposition of an earlier name ("Zhao Leji, Chairman of X, ...").
    if (m[0] === ',' && HONORIFIC_ONLY.test(before.slice(m.index + 1)) && titlePhrase(before.slice(last, m.index)) && endsLikeTitle(before.slice(last, m.index)) && !appositionOfName(before.slice(0, last))) continue;
    // "The Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita": a portfolio list after
    // a title's comma, then the name after the last comma, is all one title.
    if (m[0] === ',' && /^\s*(?:the\s+)?(?:(?:Deputy|Vice|First|Acting)\s+)?(?:Minister|Secretary|Commissioner)\s+(?:of|for)\s+/i.test(before.slice(last, m.index))) titleHead = last;
    if (m[0] === ',' && titleHead >= 0) {
      const tail = before.slice(m.index + 1);
      const portfolio = /^\s*(?:\p{Lu}[\p{L}-]*|and|of|the|for)(?:\s+(?:\p{Lu}[\p{L}-]*|and|of|the|for))*\s*,\s*$/u.exec(tail);
      if (portfolio && !appositionOfName(before.slice(0, titleHead))) return titleHead;
    }
    last = m.index + m[0].length;
  }
  return last;
}

/** "Zhao Leji, Chairman of X, ...": the text before a title phrase ends with a name and a comma (not a place: "at Itamaraty Palace,"). */
/**
 * A title that ends just before a comma: "his Russian counterpart", "the foreign minister of Tajikistan", "special envoy on
 * Afghan peace". What follows "of" is a country or plain words, never a name ("Secretary of the Committee Lo Tan").
 */
function titleBeforeComma(before: string): boolean {
  const m = TITLE_AT_COMMA.exec(before);
  if (!m) return false;
  const tail = m[1];
  if (!tail) return true;
  const country = findCountries(tail).find((c) => c.end === tail.length);
  const rest = country ? tail.slice(0, country.start) : tail;
  return !/\p{Lu}[\p{L}’'-]*\s+\p{Lu}/u.test(rest);
}

function appositionOfName(before: string): boolean {
  const w = /(\p{Lu}[\p{L}’'-]*),\s*$/u.exec(before);
  return !!w && !STOP.has(lower(w[1]!)) && !findCities(w[1]!).length;
}

/** Nothing, or only an honorific, between a title phrase's comma and the name ("Chairperson of the AU Commission, H.E. Moussa Faki"). */
const HONORIFIC_ONLY = /^\s*(?:(?:H\.\s?E\.|His Excellency|Her Excellency|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Hon\.?|Dato['’]?|Datuk|Seri|Sri|Utama|Sheikh|Sheikha)\s+)*$/;

const TITLE_END = /\b(?:Party|Committee|Council|Congress|Assembly|Parliament|Government|Republic|Ministry|Department|Office|Commission|Union|Front|Movement|State|Affairs|Cabinet|Senate|Kingdom|Federation|Bureau|Secretariat|League|Organi[sz]ation|Bank|Nations|Community|Alliance|Fund|Agency|Court|Forum|States|Cooperation)$|\b\p{Lu}{2,}[0-9]?$/u;

/** Titles only one country gives: [pattern over the title before the name, ISO3]. */
export const TITLE_COUNTRY: Array<[RegExp, string]> = [
  [/\bFederal Foreign (?:Minister|Office)\b|\bBundeskanzler\b/, 'DEU'], [/\bTaoiseach\b|\bT[áa]naiste\b/, 'IRL'],
  [/\bExternal Affairs Minister\b|\bEAM\b|\bMinister of External Affairs\b/, 'IND'], [/\bCustodian of the Two Holy Mosques\b/, 'SAU'],
  [/\bPope\b|\bHoly Father\b|\bCardinal Secretary of State\b|\bSecretary for Relations with States\b/, 'VAT'],
  [/\bChief Cabinet Secretary\b/, 'JPN'], [/\bMinister of International Relations and Cooperation\b/, 'ZAF'], [/\bPrime Cabinet Secretary\b/, 'KEN'], [/\bState Councilor\b|\bState Councillor\b/, 'CHN'], [/\bUnification Minister\b|\bMinister of Unification\b/, 'KOR'],
];

/** A title phrase ends in a title word, an institution or a country, never in a name ("French President Emmanuel Macron"). */
function endsLikeTitle(phrase: string): boolean {
  const t = phrase.trim().replace(/\s*\([^)]*\)$/, '');
  const last = /[\p{L}’'-]+$/u.exec(t)?.[0] ?? '';
  if (TITLE_WORDS.has(lower(last))) return true;
  if (TITLE_END.test(t)) return true;
  const c = findCountries(t).pop();
  return !!c && c.end === t.length;
}

/** "President of the Republic of Sierra Leone", "Malta’s Deputy Prime Minister and Minister for Foreign Affairs": a title phrase of capitalised words. */
export function titlePhrase(prefix: string): boolean {
  // ("visiting Minister for Foreign Affairs of Japan", "the then Prime Minister": a modifier before the title.)
  const words = prefix.trim().replace(/^(?:(?:the|visiting|then|former|new|newly[- ]appointed|incoming|outgoing|acting)\s+)+/i, '').split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 24) return false;
  if (!words.some((w) => TITLE_WORDS.has(lower(w).replace(/['’]s$|[.,]$/g, '')))) return false;
  return words.every((w) => isCap(w) || /^(?:of|the|and|for|on|in|to|de|du|its|his|her|their|(?:the )?country['’]s|—|–|-),?$/.test(w));
}

function isSentenceInitialWord(text: string, start: number): boolean {
  return /^[\s“"‘(]*$/.test(text.slice(0, start));
}
void PREFIX_STOP;
