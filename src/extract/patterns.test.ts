// Table-driven tests of the language rules, with false positives beside the true ones.
import { describe, expect, it } from 'vitest';
import { findCountries, regionMembers } from './countries';
import { findPersons, contextOf, isChineseName } from './persons';
import { baseRegistry, learnOrganisations, findOrganisations } from './organisations';
import { personKey, resolveMentions } from './resolve';
import { destinationsOf, kindOf, meetingsOf, type Focus } from './meetings';
import { contextDate, pageChronology, pageYear, resolveDate, undatedDate } from './dates';
import { dedupeMeetings, type DraftMeeting } from './dedupe';
import { parseDateline, splitArticles } from './articles';

describe('countries', () => {
  it.each([
    ['the Cypriot side', ['CYP']],
    ['China-Cyprus relations and EU-China ties', ['CHN', 'CYP', 'CHN']],
    ['a Sierra Leonean minister', ['SLE']],
    ['the Lao government', ['LAO']],
    ['the Republic of the Congo and the DRC', ['COG', 'COD']],
    ['the US and the UK and the DPRK', ['USA', 'GBR', 'PRK']],
    ['his Dutch counterpart', ['NLD']],
    // Kosovo by the code data sets use (no ISO code exists)
    ['the Kosovar foreign minister', ['XKX']],
    // false positives: ordinary words and pronouns
    ['let us go, said the man', []],
  ])('%s', (text, expected) => {
    expect(findCountries(text).map((c) => c.iso3)).toEqual(expected);
  });
});

describe('persons', () => {
  const reg = learnOrganisations('the Socialist Unity Party (SUP) of Malta', baseRegistry());
  it.each([
    ['Chinese Foreign Minister Zhou Ming met him.', 'Zhou Ming', 'CHN'],
    ['He met Anna Borg, General Secretary of the SUP, yesterday.', 'Anna Borg', 'MLT'],
    ['He met President of the Republic of Ghana Kofi Mensah in Accra.', 'Kofi Mensah', 'GHA'],
    ['Talks with Italy’s Senate President Marco Rossi went well.', 'Marco Rossi', 'ITA'],
    ['He spoke with his Peruvian counterpart, Luis Quispe.', 'Luis Quispe', 'PER'],
    ['He met Chinese Ambassador to Kenya Wu Lan.', 'Wu Lan', 'CHN'],
    // a title phrase ending in a country, then a comma, still names the person
    ['Then Peruvian President and Leader of the Workers Party of Peru, Ana Quispe Huamán visited Chile.', 'Ana Quispe Huamán', 'PER'],
    // an acronym in brackets between the title and the name
    ['Foreign Minister of the Republic of Korea (ROK)  Pak Min Jun arrived.', 'Pak Min Jun', 'KOR'],
    // "the country's" points back to the country named last
    ['Our envoy to Ghana gave the plan to the country’s Energy Minister, Kwame Boateng, on Friday.', 'Kwame Boateng', 'GHA'],
    // intergovernmental officials
    ['I thank Under-Secretary-General Anna Lind for her briefing.', 'Anna Lind', 'INT'],
    ['We thank UN Secretary-General Pedro Alves.', 'Pedro Alves', 'INT'],
    ['Chinese Ambassador to the UN Zhou Bin spoke.', 'Zhou Bin', 'CHN'],
    // name shapes
    ['Premier Li spoke with Xi Mingze yesterday.', 'Xi Mingze', 'CHN'],
    ['They welcomed Nguyen Van Thanh in Beijing.', 'Nguyen Van Thanh', 'VNM'],
    // a surname joined to a lower-case particle, and a surname that is also a month
    ['She met Lebanese Prime Minister Karim al-Hassani in Beirut.', 'Karim al-Hassani', 'LBN'],
    // a possessive country before another's title is that one's, not free for this official
    ['Lima: Ana Quispe, Foreign Minister, held a virtual meeting with Luis Soto, Chile’s Minister of Energy.', 'Ana Quispe', null],
    ['Lima: Ana Quispe, Foreign Minister, held a virtual meeting with Luis Soto, Chile’s Minister of Energy.', 'Luis Soto', 'CHL'],
    // a title whose portfolio list has commas, then the name (the MAP and WAM style)
    ['The Minister of Foreign Affairs, African Cooperation and Peruvian Expatriates, Ana Quispe, held talks in Lima.', 'Ana Quispe', 'PER'],
    // the countries of "his counterparts from A and B" are theirs, not free for the subject
    ['Prime Minister Ana Quispe held talks with her counterpart from the Republic of Chile, Luis Soto, yesterday.', 'Ana Quispe', null],
    ['Australian Senator Julia May met the delegation.', 'Julia May', 'AUS'],
    ['The delegation was led by Pedro Lima, Secretary General of the Communist Party of Spain.', 'Pedro Lima', 'ESP'],
    // a title in running text, a comma, then the name
    ['Ms Lind held talks with the foreign minister of Peru, Ana Quispe.', 'Ana Quispe', 'PER'],
    ['Ms Lind also met Chilean special envoy on water rights, Luis Soto, in Lima.', 'Luis Soto', 'CHL'],
  ])('%s', (text, name, country) => {
    const p = findPersons(text, 0, contextOf(text, reg)).find((x) => x.name === name);
    expect(p?.country).toBe(country);
  });
  it.each([
    // false positives: places, organisations and headings are not people
    ['The delegation arrived in San Francisco on Monday.', 'San Francisco'],
    ['The Socialist Unity Party held its congress.', 'Socialist Unity'],
    ['He met the King and the Queen Mother Sita Devi.', 'Mother Sita Devi'],
    ['He met Tom Baker, Foreign Editor of the Evening Post.', 'Evening Post'],
    // a month before a day stays a date
    ['Foreign Minister Anna Lind arrived in Madrid May 5 for talks.', 'Madrid May'],
    // a city after a name is still the place when "in" or "to" leads to it
    ['Foreign Minister Anna Lind flew to Lima, where she met students.', 'Lind Lima'],
    // a portfolio is not a name
    ['She met Luis Soto, Chile’s Minister for External Affairs.', 'External'],
        // a sentence-initial adverb is not a given name
    ['Previously Soto and Quispe met face to face in Lima.', 'Previously Soto'],
  ])('not a person: %s', (text, name) => {
    expect(findPersons(text, 0, contextOf(text, reg)).map((p) => p.name)).not.toContain(name);
  });
  it.each([
    // false positives: a name before the comma is an apposition, not a title of the next name
    ['Talks with French President Jean Roux, Ana Berg said, went well.', 'Ana Berg'],
    ['Greeting Secretary of the Party Committee Lo Tan, Wu Qiang spoke.', 'Wu Qiang'],
    ['Lind met with Ana Quispe, Vice-minister of the Peruvian Foreign Ministry, Luis Soto, deputy head of the Liberal Party.', 'Luis Soto'],
  ])('no title across an apposition: %s', (text, name) => {
    const p = findPersons(text, 0, contextOf(text, reg)).find((x) => x.name === name);
    expect(p?.titled ?? false).toBe(false);
  });
  it('a title and a name after the comma are the next person, not an apposition', () => {
    const text = 'Before his meeting with Mr Soto, President Quispe told the Chilean newspaper El Sur that ties were strong.';
    const p = findPersons(text, 0, contextOf(text, reg)).find((x) => x.name === 'Soto');
    expect([p?.role, p?.country]).toEqual(['Mr', null]);
  });
  it('keeps an untitled full name only when it is confirmed elsewhere', () => {
    const text = 'Mira Holm arrived. Minister Oskar Lund met Oskar Lund.';
    const ps = findPersons(text, 0, contextOf(text, reg));
    const names = resolveMentions(ps).map((m) => m.fullName);
    expect(names).toContain('Oskar Lund');
    expect(names).not.toContain('Mira Holm');
  });
  it('recognises pinyin names and rejects others', () => {
    expect(isChineseName(['Sun', 'Haiyan'])).toBe(true);
    expect(isChineseName(['Kim', 'Jong', 'Un'])).toBe(false);
    expect(isChineseName(['Mark', 'Smith'])).toBe(false);
  });
});

describe('organisations', () => {
  it('learns acronyms and their country', () => {
    const reg = learnOrganisations('A delegation of the Green Workers Party (GWP) of Iceland arrived.', baseRegistry());
    expect(reg.get('GWP')).toMatchObject({ name: 'Green Workers Party', country: 'ISL' });
  });
  it('keeps a person out of an organisation name', () => {
    const reg = learnOrganisations('Minister Zhou Ming of the International Liaison Office of the Blue Party (ILOBP) spoke.', baseRegistry());
    expect(reg.get('ILOBP')!.name).toBe('International Liaison Office of the Blue Party');
  });
  it('knows intergovernmental bodies without a country', () => {
    const orgs = findOrganisations('The ASEAN and BRICS leaders', 0, baseRegistry());
    expect(orgs.map((o) => [o.acronym, o.country])).toEqual([['ASEAN', null], ['BRICS', null]]);
  });
  it("leaves a possessive out of a party's name", () => {
    const [o] = findOrganisations("It showed the Workers' Party of Chile’s support for the plan.", 0, baseRegistry());
    expect([o!.name, o!.country, o!.text]).toEqual(["Workers' Party of Chile", 'CHL', "Workers' Party of Chile"]);
  });
});

describe('resolution', () => {
  it.each([
    ['Stephanos Stephanou', 'Stefanos Stefanou', true],
    ['Denis Sassou-N’guesso', 'Denis Sassou Nguesso', true],
    ['Mbalula Fikile', 'Fikile Mbalula', true],
    ['José Martí', 'Jose Marti', true],
    // false positives: people sharing a surname stay apart
    ['Li Qiang', 'Li Hongzhong', false],
  ])('%s ~ %s', (a, b, same) => {
    expect(personKey(a) === personKey(b)).toBe(same);
  });
  it('resolves a titled surname to the full name in scope, the nearest one first', () => {
    const m = (name: string, start: number, titled = false) => ({ name, tokens: name.split(' '), start, end: start + name.length, role: null, country: null, countryFrom: null, titled, orgs: [] });
    const r = resolveMentions([m('Li Qiang', 0), m('Li Hongzhong', 20), m('Li', 40, true), m('Fukushima', 60)]);
    expect(r.map((x) => x.fullName)).toEqual(['Li Qiang', 'Li Hongzhong', 'Li Hongzhong']);
  });
  it('takes a hyphenated surname whole', () => {
    const m = (name: string, start: number) => ({ name, tokens: [name.split(' ')].flat(), start, end: start + name.length, role: null, country: null, countryFrom: null, titled: false, orgs: [] });
    const r = resolveMentions([m('Omar El-Kady', 0), m('Samir El-Baz', 20), m('El-Kady', 40)]);
    expect(r.map((x) => x.fullName)).toEqual(['Omar El-Kady', 'Samir El-Baz', 'Omar El-Kady']);
  });
});

describe('meeting kinds', () => {
  it.each([
    ['X held talks with Y in Rome.', 'talks'],
    ['X met with Y on Monday.', 'meeting'],
    ['X had a phone call with Y.', 'phone_call'],
    ['X and Y held a video call.', 'video_call'],
    ['X paid a state visit to Peru.', 'visit'],
    ['X co-chaired the second round of the Peru-Chile Strategic Dialogue with Y.', 'talks'],
    ['X held bilateral meetings with Y and Z.', 'meeting'],
    ['The envoy handed the draft treaty to the minister.', 'meeting'],
    ['The embassy organised a lunch and round table for Kenyan guests.', 'meeting'],
    ['It followed Y making Chile and Peru his first overseas destinations.', 'visit'],
    ['They recalled Z’s 2019 visit to Lima.', 'visit'],
    ['The Chancellor talked over the phone to her Chilean counterpart on Sunday.', 'phone_call'],
    ['Today, the Prime Minister, Ana Quispe, spoke with the President of Chile, Luis Soto.', 'phone_call'],
    ['Prime Minister Ana Quispe speaks with Chilean President Luis Soto', 'phone_call'],
    ['The President and Prime Minister Y had a productive call earlier today.', 'phone_call'],
    ['X had separate discussions with his counterparts from Chile and Peru.', 'talks'],
    ['Officials praised the talks held on Monday by Chilean President X and his Peruvian counterpart Y.', 'talks'],
    ['The talks held by the committee were about budgets.', null],
    // false positives
    ['X had a call for more investment.', null],
    ['X is also to pay a state visit to Peru.', null],
    ['The embassy organised an exhibition for children.', null],
    ['The minister handed out prizes at the fair.', null],
    ['X sent a congratulatory message to Y.', null],
    ['X will meet Y next week.', null],
    ['X is ready to visit Peru.', null],
    ['X is in Peru to hold talks with President Y.', null],
    ['The ministers are preparing to hold talks on the sidelines of the forum.', null],
    ['They met ahead of the anticipated summit between X and Y.', 'meeting'],
    ['The talks come ahead of the anticipated June summit between X and Y.', null],
    ['X gave a press conference after meeting Y.', null],
  ])('%s', (text, kind) => {
    expect(kindOf(text)?.kind ?? null).toBe(kind);
  });
});

describe('dates', () => {
  const dateline = { city: 'Lima', month: 2, day: 28, year: 2024, start: 0, end: 0 };
  it.each([
    ['They met on Wednesday.', '2024-02-28'],
    ['They met on Monday.', '2024-02-26'],
    ['They met on February 20.', '2024-02-20'],
    ['They met last October.', '2023-10'],
    ['They met in 2018.', '2018'],
    ['On the morning of February 20, they met.', '2024-02-20'],
    ['They met here today.', '2024-02-28'],
    ['The following day they met again.', '2024-02-28'],
    // the day a report was made, a since-clause and a plan's name do not date the meeting
    ['They met in Lima, the ministry said Friday.', null],
    ['It was their first meeting since the minister took office last month.', null],
    ['They praised the progress made since the last dialogue in January 2023.', null],
    ['Their dinner comes the day before formal talks between the two.', null],
    ['Ties have grown ever since his official visit to Lima in October 2022.', '2022-10'],
    ['They reviewed the 2030 Roadmap when they met on Monday.', '2024-02-26'],
    // a surname that is a month is not a date
    ['Julia May met the minister in Lima.', null],
    ['Last May, the ministers met in Lima.', '2023-05'],
    // an agency's bracketed dateline dates the report, not the meeting
    ['LIMA (Andina - 28th February, 2024) Officials praised the talks held on Monday by the two ministers.', '2024-02-26'],
  ])('%s', (text, expected) => {
    expect(resolveDate(text, { year: 2024, dateline, previous: '2024-02-27' })).toBe(expected);
  });
  it('never invents a day', () => {
    expect(resolveDate('They met in March.', { year: 2024, dateline: null, previous: null })).toBe('2024-03');
  });
  it('reads "last April" against the article’s place in time when it has no dateline', () => {
    expect(resolveDate('His visit last April was a success.', { year: 2025, dateline: null, previous: null, reference: '2025-09-05' })).toBe('2025-04');
    expect(resolveDate('His visit last October was a success.', { year: 2025, dateline: null, previous: null, reference: '2025-09-05' })).toBe('2024-10');
    // chrono alone passes over "last May"; an anniversary before it does not swallow it
    expect(resolveDate('She paid a state visit to Chile and attended the 80th anniversary of the victory last May.', { year: 2025, dateline: null, previous: null, reference: '2025-09-05' })).toBe('2025-05');
  });
});

describe('page year', () => {
  it('reads the years a page reports, not the ones it plans for', () => {
    expect(pageYear('China to host the summit in 2026\n\nChina will host it in 2026, he said. The 2024 award went to ten people. In 2024 sales grew, and they should double by 2030.')).toBe(2024);
    expect(pageYear('The ministers reviewed the India-Chile 2035 Roadmap and Vision 2040 and met in 2021.')).toBe(2021);
  });
});

describe('page chronology', () => {
  const dated = (known: string) => ({ known, anchor: null });
  const undated = (month: number, day: number) => ({ known: null, anchor: { month, day } });
  it.each([
    ['newest first', [dated('2025-04-11'), undated(1, 13), dated('2024-12-20')], '2025-01-13'],
    ['oldest first', [dated('2024-12-20'), undated(1, 13), dated('2025-04-11')], '2025-01-13'],
    ['newest first, late in the year', [dated('2025-01-20'), undated(12, 28), dated('2024-11-02')], '2024-12-28'],
    // one neighbour only: the nearest year to it (a dateline a few days after the dated article above)
    ['one neighbour', [dated('2025-09-25'), undated(9, 29)], '2025-09-29'],
  ])('%s', (_, times, expected) => {
    expect(pageChronology(times, 2025)[1]).toEqual({ date: expected, exact: true });
  });
  it('estimates an article with no date of its own from the nearest dated one, and says so', () => {
    expect(pageChronology([dated('2025-09-25'), { known: null, anchor: null }, { known: null, anchor: null }, dated('2024-01-02')], 2025)[1]).toEqual({ date: '2025-09-25', exact: false });
  });
  it('falls back to the page year when nothing is dated, and to nothing at all', () => {
    expect(pageChronology([undated(3, 1)], 2023)[0]).toEqual({ date: '2023-03-01', exact: true });
    expect(pageChronology([{ known: null, anchor: null }], null)[0]).toBeNull();
  });
});

describe('articles', () => {
  it.each([
    ['BEIJING, Feb. 28 (Xinhua) — text', { city: 'Beijing', month: 2, day: 28 }],
    ['Beijing, February 27th—text', { city: 'Beijing', month: 2, day: 27 }],
    ['July 14 (MFA) — On July 14', { city: null, month: 7, day: 14 }],
    // an outlet's date line, with a weekday, a time or a section
    ['Cairo Daily , Sunday 16 Mar 2025', { city: null, month: 3, day: 16 }],
    ['LIMA NEWS - Nov 16, 2024 - 11:05 | World, All', { city: null, month: 11, day: 16 }],
    // false positive: a sentence that starts with a date is not a dateline
    ['On February 27 they met.', null],
  ])('%s', (text, expected) => {
    const d = parseDateline({ start: 0, end: text.length, text });
    expect(d ? { city: d.city, month: d.month, day: d.day } : null).toEqual(expected);
  });
  it('splits a page at headlines and "Continue reading", skipping filler', () => {
    const page = 'First headline about talks\n\nBody one. More.\n\nContinue reading First headline\n\nLorem ipsum dolor sit amet […]\n\nSecond headline about visits\n\nBody two.';
    const arts = splitArticles('p.txt', page);
    expect(arts.map((a) => a.title)).toEqual(['First headline about talks', 'Second headline about visits']);
    expect(page.slice(arts[1]!.sentences[0]!.start, arts[1]!.sentences[0]!.end)).toBe('Body two.');
  });
});

describe('visit destinations', () => {
  it.each([
    ['X visited Austria, Slovenia and Poland in May.', ['AUT', 'SVN', 'POL']],
    ['X made Chile and Peru his first destinations.', ['CHL', 'PER']],
    ['X visited Peru, where he met Chilean guests.', ['PER']],
    // false positive: a country far from the trigger is not a destination
    ['X visited the factory that was built twenty years ago with the support of engineers from Peru.', []],
  ])('%s', (text, expected) => {
    const at = /visited|made/.exec(text)!.index;
    expect(destinationsOf(text, at, findCountries(text))).toEqual(expected);
  });
});

describe('dedupe', () => {
  const src = (file: string, article: string, quote: string) => ({ file, article, quote, start: 0, end: quote.length });
  const m = (date: string | null, participants: string[], source = src('a.txt', 'A', 'q'), kind: 'meeting' | 'visit' | 'phone_call' = 'meeting') =>
    ({ kind, date, location: null, participants, countries: ['CHN', 'PER'], sources: [source] });
  it.each([
    ['the same meeting reported twice', [m('2024-02-28', ['person:x', 'person:a']), m('2024-02', ['person:a', 'person:x'], src('a.txt', 'B', 'r'))], 1],
    ['a visit and the meeting of the visitor', [m('2024-02', ['person:a'], src('a.txt', 'A', 'v'), 'visit'), m('2024-02-28', ['person:a', 'person:x'])], 1],
    ['an undated agency copy of the same sentence', [m(null, ['person:x', 'person:a'], src('b.txt', 'C', 'same')), m('2024-02-28', ['person:x', 'person:a'], src('c.txt', 'D', 'same'))], 1],
    ['a visit and the meeting held during it (the guidelines fold the visit into it)', [{ ...m(null, ['person:a'], src('a.txt', 'A', 'v'), 'visit'), destination: 'CHN' }, m('2024-10-09', ['person:x', 'person:a'])], 1],
        ['two reports of one page that dispute the day by two', [m('2024-02-17', ['person:x', 'person:a']), m('2024-02-19', ['person:a', 'person:x'], src('a.txt', 'B', 'r'))], 1],
    // false positives: distinct meetings stay apart
    ['an undated visit the article recalls, beside its own meeting', [m('2024-10-09', ['person:x', 'person:a']), { ...m(null, ['person:a'], src('a.txt', 'A', 'Xi recalled A’s recent visit to China.'), 'visit'), past: true }], 2],
    ['a lone visitor’s visit to one country and a meeting placed in the other', [{ ...m('2024-10', ['person:a'], src('a.txt', 'A', 'v'), 'visit'), destination: 'CHN' }, { ...m('2024-10-09', ['person:x', 'person:a']), place: 'PER' }], 2],
    ['the same people a week apart', [m('2024-02-10', ['person:x', 'person:a']), m('2024-02-17', ['person:a', 'person:x'], src('a.txt', 'B', 'r'))], 2],
    ['the same people two days apart in other files', [m('2024-02-17', ['person:x', 'person:a'], src('b.txt', 'C', 'one')), m('2024-02-19', ['person:a', 'person:x'], src('c.txt', 'D', 'two'))], 2],
    ['X met A, then X met B the same day', [m('2024-02-28', ['person:x', 'person:a']), m('2024-02-28', ['person:x', 'person:b'])], 2],
    ['an undated meeting in another file', [m(null, ['person:x', 'person:a'], src('b.txt', 'C', 'one')), m('2023-10', ['person:x', 'person:a'], src('c.txt', 'D', 'two'))], 2],
    ['a call and a meeting', [m('2024-02-28', ['person:x', 'person:a'], src('a.txt', 'A', 'c'), 'phone_call'), m('2024-02-28', ['person:x', 'person:a'])], 2],
  ])('%s', (_, meetings, n) => {
    expect(dedupeMeetings(meetings as DraftMeeting[])).toHaveLength(n);
  });
  it('keeps the month when the sources dispute the day', () => {
    expect(dedupeMeetings([m('2024-02-17', ['person:x', 'person:a']), m('2024-02-19', ['person:a', 'person:x'], src('a.txt', 'B', 'r'))] as DraftMeeting[])[0]!.date).toBe('2024-02');
  });
});

describe('participle-first meetings', () => {
  const reg = baseRegistry();
  const facts = (text: string) => {
    const ctx = contextOf(text, reg);
    return { start: 0, end: text.length, text, persons: resolveMentions(findPersons(text, 0, ctx)), orgs: ctx.orgs, countries: ctx.countries };
  };
  const sides = (text: string, focus: Focus = { party: null, delegation: null }) =>
    meetingsOf(facts(text), focus, () => null).map((m) => m.parties.map((p) => p.name).sort());
  it.each([
    ['Meeting with Peruvian President Ana Quispe, Chinese Premier Zhou Ming said ties are strong.', [['Ana Quispe', 'Zhou Ming']]],
    ['In his meeting with Chilean Foreign Minister Luis Soto, Chinese Premier Zhou Ming noted the progress.', [['Luis Soto', 'Zhou Ming']]],
    ['In the morning, meeting with Peruvian President Ana Quispe, Chinese Premier Zhou Ming stressed trade.', [['Ana Quispe', 'Zhou Ming']]],
    // a possessor's meetings with several people: one meeting each
    ['A look back at Peruvian President Ana Quispe’s meetings with Chilean President Luis Soto and Bolivian President Jorge Vera.', [['Ana Quispe', 'Luis Soto'], ['Ana Quispe', 'Jorge Vera']]],
        // the spokesperson who reports a meeting is not in it
    ['The talks held on Monday by Peruvian President Ana Quispe and her Chilean counterpart Luis Soto went well, presidential spokesman Marco Rossi told reporters.', [['Ana Quispe', 'Luis Soto']]],
    // false positive: the person the subject speaks about is not a guest
    ['When meeting with Peruvian President Ana Quispe, Chinese Premier Zhou Ming conveyed President Wu Gang’s greetings.', [['Ana Quispe', 'Zhou Ming']]],
  ])('%s', (text, expected) => {
    expect(sides(text)).toEqual(expected);
  });
  it('a pronoun after the phrase is the article focus', () => {
    const focus: Focus = { party: { kind: 'person', key: 'ming zhou', name: 'Zhou Ming', country: 'CHN' }, delegation: null };
    expect(sides('In his meeting with Peruvian President Ana Quispe, he said ties are strong.', focus)).toEqual([['Ana Quispe', 'Zhou Ming']]);
  });
});

describe('date context', () => {
  const dateline = { city: 'Lima', month: 9, day: 5, year: 2025, start: 0, end: 0 };
  const ctx = { year: 2025, dateline, previous: null };
  it.each([
    ['Xi held a series of meetings on September 4 with visiting leaders.', { date: '2025-09-04', series: true }],
    ['In 2023, the president made four overseas visits.', { date: '2023', series: false }],
    // false positives: plans, past references and sentences without a date
    ['The summit will be held on September 9.', null],
    ['They last met on March 3.', null],
    ['Xi met Ana Quispe in the morning.', null],
  ])('%s', (text, expected) => {
    expect(contextDate(text, ctx)).toEqual(expected);
  });
  it.each([
    ['In the morning Xi met with Ana Quispe.', { date: '2025-09-04', series: false }, '2025-09-04'],
    ['Xi met with Ana Quispe.', { date: '2025-09-04', series: false }, '2025-09'],
    ['Xi met with Ana Quispe.', { date: '2025-09-04', series: true }, '2025-09-04'],
    ['Xi met with Ana Quispe.', { date: '2023', series: false }, '2023'],
    // false positive: a sentence pointing to the past does not take the context
    ['Xi recalled that they met last year.', { date: '2025-09-04', series: true }, null],
  ])('%s', (text, context, expected) => {
    expect(undatedDate(text, context)).toBe(expected);
  });
  it.each([
    ['She visited Hanoi, the first visit since the establishment of diplomatic relations in 1977.', null],
    ['They met on the 80th anniversary of the founding of the party in 1921.', null],
    ['They met earlier this month.', null],
  ])('background dates are not meeting dates: %s', (text, expected) => {
    expect(resolveDate(text, { year: 2025, dateline: null, previous: null })).toBe(expected);
  });
});

describe('implied and grouped sides', () => {
  const reg = baseRegistry();
  const countriesOfMeetings = (text: string) => {
    const ctx = contextOf(text, reg);
    const facts = { start: 0, end: text.length, text, persons: resolveMentions(findPersons(text, 0, ctx)), orgs: ctx.orgs, countries: ctx.countries };
    return meetingsOf(facts, { party: null, delegation: null }, () => null).map((m) => [...new Set(m.parties.map((p) => p.country))].sort());
  };
  it.each([
    ['Asked about relations between Peru and Chile after last year’s meeting between the two heads of state in Lima, he smiled.', [['CHL', 'PER']]],
    ['Peru-Chile ties improved since the summit of the two presidents in Lima.', [['CHL', 'PER']]],
    ['Chinese President Zhou Ming and the heads of state of the three Baltic countries gathered in Riga for a summit.', [['CHN', 'EST', 'LTU', 'LVA']]],
    ['Taking part in the forum were Ana Quispe, President of Peru; Luis Soto, Speaker of Chile; and others.', [['CHL', 'PER']]],
    ['The Peruvian Embassy in Santiago hosted a luncheon for Chilean friends of Peru.', [['CHL', 'PER']]],
        // counterparts from several countries, met one by one, unless together
    ['Peruvian Foreign Minister Ana Quispe held meetings with her counterparts from Chile and Bolivia.', [['CHL', 'PER'], ['BOL', 'PER']]],
    ['Peruvian Foreign Minister Ana Quispe held a trilateral meeting with her counterparts from Chile and Bolivia.', [['BOL', 'CHL', 'PER']]],
    // false positive: a hosted event with one country only, or with three, names no two sides
    ['The Peruvian Embassy hosted a reception for the diplomatic corps.', []],
    ['In Lima, a think tank hosted a seminar titled ‘Peru’s Defence Against Chilean Pressure’ on Monday.', []],
    // false positives
    ['Relations between Peru and Chile are good, the two presidents said.', []],
    ['The leaders of the Central Asian countries face many challenges.', []],
    ['Ana Quispe, President of Peru, attended the forum since Luis Soto, Speaker of Chile, could not.', []],
  ])('%s', (text, expected) => {
    expect(countriesOfMeetings(text)).toEqual(expected);
  });
  it.each([
    ['the five Central Asian countries', []],
    ['the heads of state of the five Central Asian countries', ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']],
    ['the foreign ministers of the Nordic countries', ['DNK', 'FIN', 'ISL', 'NOR', 'SWE']],
    ['the heads of state of Japan and the Nordic countries', ['JPN', 'DNK', 'FIN', 'ISL', 'NOR', 'SWE']],
    // false positive: an unknown group names nobody
    ['the leaders of the Friendly countries', []],
  ])('region: %s', (text, expected) => {
    expect(regionMembers(text)).toEqual(expected);
  });
});

describe('person country from the sentence and the title', () => {
  const reg = baseRegistry();
  it.each([
    ['In his visit to Peru, Chinese President Zhou Ming met President Ana Quispe.', 'Ana Quispe', 'PER'],
    ['China’s UN Ambassador Zhou Bin spoke.', 'Zhou Bin', 'CHN'],
    // false positives: the country served is not the person's; two free countries decide nothing
    ['The Special Envoy for Syria Anna Lind spoke.', 'Anna Lind', null],
    ['President Ana Quispe spoke of Peru and Chile.', 'Ana Quispe', null],
    // only officials take the sentence's country; a cause a body campaigns for is nobody's country
    ['On the eve of Peru’s elections, the paper interviewed our co-editor Tom Baker.', 'Tom Baker', null],
    ['He met Ana Ruiz, Secretary of the Chile Solidarity Campaign.', 'Ana Ruiz', null],
    ['He met Ana Ruiz, co-editor of Friends of Socialist Chile.', 'Ana Ruiz', null],
    ['Ana Ruiz, director of the Chilean Studies Center of Lima University, spoke.', 'Ana Ruiz', null],
  ])('%s', (text, name, country) => {
    const p = findPersons(text, 0, contextOf(text, reg)).find((x) => x.name === name);
    expect(p?.country ?? null).toBe(country);
  });
});
