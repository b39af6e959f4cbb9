// A generated extraction corpus in which almost every sentence is new: invented
// people (names built from syllables), real countries, capitals and demonyms
// (world-countries), dates and figures all vary, so neither side can win by
// skipping repeated text (the seeds repeated N times were 89% repeats). Every
// sentence is invented here; none comes from a real article.
// Two styles: "news" articles as dense in meetings as the seeds (one readout
// sentence among about fifteen, 12% of sentences with a meeting word, as in
// seeds/), and "readouts", articles of six sentences that all name people (every
// sentence a candidate: the extractor's worst case).
import fs from 'node:fs';
import path from 'node:path';
import worldCountries from 'world-countries';
import { mulberry32 } from '../src/export/random';

/** The floor's and the distinctness count's one sentence splitter. */
export const SENTENCE_END = /(?<=[.!?])\s+/;

const ONSETS = ['B', 'D', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'V', 'Z', 'Br', 'Gr', 'Kh', 'St', 'Tr', 'Ch', 'Sh', 'Al', 'El', 'Or', 'Am', 'In'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou', 'ia', 'ane', 'ena', 'ira'];
const CODAS = ['', 'n', 'r', 's', 'l', 'k', 'v', 'm', 'nd', 'rt', 'sh', 'v'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TITLES = ['Foreign Minister', 'President', 'Prime Minister', 'Defence Minister', 'Trade Minister', 'Deputy Foreign Minister', 'Minister of Energy', 'Vice President'];
const VERBS = ['met with', 'held talks with', 'received', 'spoke by phone with', 'hosted'];
const TOPICS = ['trade in grain', 'port investment', 'water management', 'student exchanges', 'rail links', 'fisheries', 'vaccine production', 'solar power', 'customs rules', 'mining permits', 'air routes', 'cyber security'];
const AGENCIES = ['Capital Wire', 'Meridian News', 'Northstar Press', 'Harbour Agency', 'Atlas Daily'];
const PRODUCTS = ['wheat', 'copper', 'coffee', 'cotton', 'rice', 'natural gas', 'timber', 'fertiliser', 'cement', 'wool', 'cocoa', 'lithium'];
const PROJECTS = ['port terminal', 'solar park', 'railway bridge', 'hydropower dam', 'container depot', 'grain silo', 'wind farm', 'hospital wing'];
const REGIONS = ['northern', 'southern', 'eastern', 'western', 'central', 'coastal', 'highland', 'border'];
const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh'];

export type CorpusStyle = 'news' | 'readouts';

interface Country { name: string; demonym: string; capital: string }

const COUNTRIES: Country[] = (worldCountries as Array<{ name: { common: string }; demonyms?: { eng?: { m?: string } }; capital?: string[]; independent?: boolean }>)
  .filter((c) => c.independent && c.demonyms?.eng?.m && c.capital?.[0])
  .map((c) => ({ name: c.name.common, demonym: c.demonyms!.eng!.m!, capital: c.capital![0]! }));

export function makeDistinctCorpus(outDir: string, targetBytes: number, style: CorpusStyle = 'news', seed = 7): { bytes: number; files: number } {
  const rand = mulberry32(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const word = (syllables: number) => {
    let w = '';
    for (let i = 0; i < syllables; i++) w += (i === 0 ? pick(ONSETS) : pick(ONSETS).toLowerCase()) + pick(VOWELS) + (i === syllables - 1 ? pick(CODAS) : '');
    return w;
  };
  // A pool of people who recur (as real officials do), each with a country and a title.
  const people = Array.from({ length: 4000 }, () => ({ name: `${word(int(1, 2))} ${word(int(2, 3))}`, country: pick(COUNTRIES), title: pick(TITLES) }));
  const article = () => {
    const a = pick(people);
    let b = pick(people);
    while (b.country === a.country) b = pick(people);
    const year = int(2001, 2029);
    const month = int(0, 11);
    const day = int(1, 28);
    const when = `${pick(WEEKDAYS)}, ${MONTHS[month]} ${day}, ${year}`;
    const place = rand() < 0.5 ? a.country : b.country;
    const pct = () => `${int(0, 9)}.${int(1, 9)}`;
    const other = pick(COUNTRIES);
    // Background prose: figures, places and dates, no meeting and (but one) no person.
    const background = [
      () => `${a.country.name}'s economy grew by ${pct()} percent in ${year - int(1, 3)}, according to figures published in ${pick(MONTHS)}.`,
      () => `Exports of ${pick(PRODUCTS)} from ${b.country.name} reached ${int(12, 990)},${int(100, 999)} tonnes last year, up from ${int(10, 900)},${int(100, 999)} in ${year - int(2, 9)}.`,
      () => `The ${pick(PROJECTS)} near ${pick([a, b]).country.capital} is expected to cost ${int(20, 2400)} million dollars and employ ${int(150, 9000)} people.`,
      () => `${a.country.name} and ${b.country.name} established diplomatic relations in ${int(1946, 1999)}.`,
      () => `Bilateral trade stood at ${int(1, 90)}.${int(1, 9)} billion dollars in ${year - 1}, the customs service said.`,
      () => `More than ${int(2, 400)},${int(100, 999)} ${a.country.demonym} tourists travelled to ${b.country.name} in the first ${int(2, 11)} months of ${year - 1}.`,
      () => `The ${pick([a, b, { country: other }]).country.demonym} central bank kept its main rate at ${pct()} percent on ${pick(MONTHS)} ${int(1, 28)}.`,
      () => `A ${int(80, 2900)}-kilometre pipeline linking ${pick([a, b]).country.name} with ${other.name} is due to open in ${year + int(1, 6)}.`,
      () => `${b.name.split(' ')[1]} stressed that cooperation in ${pick(TOPICS)} served the interests of both peoples.`,
      () => `According to the ministry, ${int(12, 900)} ${a.country.demonym} companies operate in ${b.country.name}, employing about ${int(300, 40000)} workers.`,
      () => `The agreement on ${pick(TOPICS)} signed in ${year - int(2, 15)} will be extended until ${year + int(3, 12)}.`,
      () => `Prices of ${pick(PRODUCTS)} in ${other.capital} rose by ${pct()} percent in ${pick(MONTHS)}, the statistics office reported.`,
      () => `Rainfall in the ${pick(REGIONS)} region of ${pick([a, b, { country: other }]).country.name} was ${int(12, 300)} millimetres below average this season.`,
      () => `The ${pick(ORDINALS)} session of the joint commission on ${pick(TOPICS)} is planned for ${pick(MONTHS)} ${year + 1}.`,
      () => `Officials said ${int(3, 80)} projects worth ${int(40, 5000)} million dollars were under way in ${pick(REGIONS)} ${pick([a, b]).country.name}.`,
    ];
    if (style === 'news') {
      const order = background.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      return [
        `${a.country.demonym} ${a.title.toLowerCase()} meets ${b.country.demonym} counterpart on ${pick(TOPICS)}`,
        '',
        `${place.capital.toUpperCase()}, ${MONTHS[month]} ${day} (${pick(AGENCIES)}) — ${a.country.demonym} ${a.title} ${a.name} ${pick(VERBS)} ${b.country.demonym} ${b.title} ${b.name} in ${place.capital} on ${when}.`,
        ...order.slice(0, 6).map((i) => background[i]!()),
        '',
        ...order.slice(6, 13).map((i) => background[i]!()),
        '',
      ].join('\n') + '\n';
    }
    const lines = [
      `${a.country.demonym} ${a.title.toLowerCase()} meets ${b.country.demonym} counterpart on ${pick(TOPICS)}`,
      '',
      `${place.capital.toUpperCase()}, ${MONTHS[month]} ${day} (${pick(AGENCIES)}) — ${a.country.demonym} ${a.title} ${a.name} ${pick(VERBS)} ${b.country.demonym} ${b.title} ${b.name} in ${place.capital} on ${when}.`,
      `The two sides discussed ${pick(TOPICS)} and ${pick(TOPICS)}, and signed ${int(2, 19)} agreements worth ${int(11, 990)} million dollars.`,
      `${a.name.split(' ')[1]} said trade between ${a.country.name} and ${b.country.name} had grown by ${int(2, 60)} percent since ${year - int(1, 12)}.`,
      `${b.name.split(' ')[1]} invited ${a.name.split(' ')[1]} to visit ${b.country.capital} in ${MONTHS[(month + int(1, 6)) % 12]} ${year + 1}.`,
      `About ${int(120, 9800)} ${a.country.demonym} students now study in ${b.country.name}, ${int(3, 40)} times as many as in ${year - int(5, 20)}.`,
      '',
    ];
    return lines.join('\n') + '\n';
  };
  fs.rmSync(outDir, { recursive: true, force: true });
  let bytes = 0;
  let files = 0;
  while (bytes < targetBytes) {
    const dir = path.join(outDir, `batch-${String(Math.floor(files / 50)).padStart(3, '0')}`);
    fs.mkdirSync(dir, { recursive: true });
    let text = '';
    for (let i = 0; i < (style === 'news' ? 8 : 24); i++) text += article();
    fs.writeFileSync(path.join(dir, `file-${String(files).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  return { bytes, files };
}

/** Distinct sentences over all sentences of the corpus (split as the floor splits them). */
export function distinctFraction(dir: string): number {
  const seen = new Set<string>();
  let total = 0;
  for (const d of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    for (const s of fs.readFileSync(path.join(d.parentPath, d.name), 'utf8').split(SENTENCE_END)) {
      if (!s.trim()) continue;
      total++;
      seen.add(s.trim());
    }
  }
  return total ? seen.size / total : 0;
}
