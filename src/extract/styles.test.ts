// Table-driven tests of the mechanisms for other sources' house styles (ministries, wire agencies), each with
// false positives beside the true cases. Names and sentences are invented; none is taken from a fixture.
import { describe, expect, it } from 'vitest';
import { contextOf, findPersons } from './persons';
import { baseRegistry } from './organisations';
import { kindOf } from './meetings';
import { parseDateline, titleDate } from './articles';
import { extractGraph } from './pipeline';
import { knownByOneName, knownCountry } from './leaders';
import { personKey, resolveMentions } from './resolve';

const reg = baseRegistry();
const persons = (text: string) => findPersons(text, 0, contextOf(text, reg));

describe('names in other house styles', () => {
  it.each([
    // all-caps surname beside a capitalised given name (Japanese MOFA style)
    ['Mr. TANAKA Hiroshi, Minister of Economy of Japan, arrived.', 'Tanaka Hiroshi', 'JPN'],
    ['Ms. MORI Akiko, Ambassador of Japan, spoke.', 'Mori Akiko', 'JPN'],
    // long Arabic names with particles
    ['Sheikh Khalid bin Hamad bin Jassim Al Thani, Prime Minister of Qatar, spoke.', 'Khalid bin Hamad bin Jassim Al Thani', 'QAT'],
    // country or body written after the name
    ['He received President Luis Soto of the Republic of Chile.', 'Luis Soto', 'CHL'],
    ['He met Secretary-General Omar Haddad of the Arab League.', 'Omar Haddad', 'INT'],
    // a title phrase ending in an intergovernmental body, then a comma
    ['She met the Secretary-General of the Arab League, Omar Haddad.', 'Omar Haddad', 'INT'],
    ['He met the Director-General of the WTO, Ana Lopes.', 'Ana Lopes', 'INT'],
    ['She met the Ambassador of Peru to ASEAN, Rosa Vera.', 'Rosa Vera', 'PER'],
    // a name before "and" ends the other person's title; long title phrases before a comma still count
    ['Minister Ana Soto and Chilean Minister Luis Vera spoke.', 'Luis Vera', 'CHL'],
    ['He met the Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs of the Republic of Kenya, Mr John Kamau.', 'John Kamau', 'KEN'],
    // Malay honorifics before the name are titles, not the name
    ["He met the Foreign Minister of Malaysia, Dato' Seri Utama Haji Ali bin Haji Omar, today.", 'Haji Ali bin Haji Omar', 'MYS'],
    // titles only one country gives
    ['Federal Foreign Minister Klara Vogt met him.', 'Klara Vogt', 'DEU'],
    ['Taoiseach Sean Byrne met him.', 'Sean Byrne', 'IRL'],
    ['Philippine Defence Secretary Jose Cruz met him.', 'Jose Cruz', 'PHL'],
    // a word of standing before the apposition's title
    ['The minister met Amir Cohen, the visiting Speaker of the Israeli Parliament, today.', 'Amir Cohen', 'ISR'],
    ['She received Luis Soto, the new Ambassador of Peru, on Monday.', 'Luis Soto', 'PER'],
  ])('%s', (text, name, country) => {
    expect(persons(text).find((p) => p.name === name)?.country).toBe(country);
  });
  it.each([
    // places and regions are not glued to names
    ['He received, at Quinta Palace, the minister.', 'Quinta Palace'],
    ['She met Special Representative for Central Asia Anna Berg.', 'Asia Anna Berg'],
  ])('not a name: %s', (text, name) => {
    expect(persons(text).map((p) => p.name)).not.toContain(name);
  });
  it.each([
    // false positives: all-caps words on their own are acronyms or headings, not surnames
    ['NATO and the EU met in Brussels.', 'Nato'],
    ['PRESIDENT MEETS GUESTS in the hall.', 'President'],
    ['WASHINGTON, April 2 — He spoke.', 'Washington'],
    ['He met Minister Ann Davidson KC in London.', 'Ann Davidson Kc'],
    ['He met King Carlos VI in Madrid.', 'Carlos Vi'],
  ])('not a person: %s', (text, name) => {
    expect(persons(text).map((p) => p.name)).not.toContain(name);
  });
  it.each([
    // a country travelled to is not the traveller's own
    ['Foreign Minister Klara Holm will travel to Egypt on Monday.', 'Klara Holm', undefined],
    ['Foreign Minister Klara Holm arrived in Egypt on Monday.', 'Klara Holm', undefined],
    // while the one country of a sentence still names a bare titled official
    ['Egypt: Foreign Minister Klara Holm said so.', 'Klara Holm', 'EGY'],
    // the destination of the named person's own visit is not theirs, but the host of a visitor takes the visited country
    ['Minister Jose Cruz is to pay an official visit to Iraq next week.', 'Jose Cruz', undefined],
    ['Minister Ana Soto received Minister of Peru Luis Vera, who is on a visit to Chile.', 'Ana Soto', 'CHL'],
    // a place before the title phrase is not an apposition of a name
    ['Ana Soto received, at Quinta Palace, the Minister of Foreign Affairs of Peru, Luis Vera.', 'Luis Vera', 'PER'],
    // a title elsewhere in the sentence is not this name's
    ['EAM also paid a courtesy call on President Jose Cruz at the palace.', 'Jose Cruz', undefined],
  ])('country from the sentence: %s', (text, name, country) => {
    expect(persons(text).find((p) => p.name === name)?.country ?? undefined).toBe(country);
  });
});

describe('meeting phrasings of ministries and wires', () => {
  it.each([
    ["X held a Foreign Ministers' Meeting with Y.", 'meeting'],
    ['X sat down with Y in Lima.', 'meeting'],
    ['X exchanged views with Y on the crisis.', 'meeting'],
    ['X received a courtesy call from the Ambassador of Peru.', 'meeting'],
    ['President Ana Soto hosted President Luis Vera at the palace.', 'meeting'],
    ['President Ana Soto welcomed Prime Minister Luis Vera to the palace.', 'meeting'],
    ['President Ana Soto welcomed her Chilean counterpart.', 'meeting'],
    ['President Ana Soto hosted the leaders of Peru and Chile for a trilateral summit.', 'summit'],
    ['X co-chaired the Joint Commission with Y.', 'talks'],
    ['X held talks with Y, followed by a joint press conference.', 'talks'],
    ['The Prime Minister spoke to President Luis Vera this evening.', 'phone_call'],
    ['X held a working meeting at the Foreign Ministry with Y.', 'meeting'],
    ['X and Y held a meeting in Lima.', 'meeting'],
    ['The two leaders held a bilateral meeting on the margins of the summit.', 'meeting'],
    ['The council held a meeting of the board on Monday.', null],
    ['The council held its annual meeting in Geneva, with no decisions taken.', null],
    // false positives
    ['The Prime Minister spoke to President Luis Vera on the sidelines of the summit.', 'summit'],
    ['The minister spoke to reporters after the vote.', null],
    ['X hosted the annual trade fair in Lima.', null],
    ['X welcomed the decision of the council.', null],
    ['X welcomed Minister Luis Vera’s visit to Lima.', 'visit'],
    ['X and Y agreed to meet again next year.', null],
    ['X invited President Luis Vera da Silva to visit Peru.', null],
    ['X and Y will hold talks in Lima.', null],
    ['X sent a congratulatory message to Y.', null],
    ['At a joint press conference, X praised the talks with Y.', null],
  ])('%s', (text, kind) => {
    expect(kindOf(text)?.kind ?? null).toBe(kind);
  });
});

describe('datelines of agencies and ministries', () => {
  const span = (text: string) => ({ start: 0, end: text.length, text });
  it.each([
    ['Riyadh, June 2, 2024, SPA -- The minister spoke.', 'Riyadh', 6, 2, 2024],
    ['JAKARTA, 5 March 2025 (ASEAN Secretariat) – The minister spoke.', 'Jakarta', 3, 5, 2025],
    ['ANKARA, 4 July 2024 (AA) - The minister spoke.', 'Ankara', 7, 4, 2024],
    // an agency between slashes, and an agency with the date in brackets
    ['LIMA, September 15. /ANDINA/. The minister spoke.', 'Lima', 9, 15, null],
    ['LIMA (Andina / EFE - 21st March, 2023) The minister spoke.', 'Lima', 3, 21, 2023],
  ])('%s', (text, city, month, day, year) => {
    expect(parseDateline(span(text))).toMatchObject({ city, month, day, year });
  });
  it.each([
    ['Press Release No. 312 - 18 June 2024', 6, 18, 2024],
    ['Statement - June 18, 2024', 6, 18, 2024],
    ['Tue 20th August 2019 | 04:49 PM', 8, 20, 2019],
    ['Ana Quispe Published March 21, 2023 | 03:00 PM', 3, 21, 2023],
  ])('date line with a label: %s', (text, month, day, year) => {
    expect(parseDateline(span(text))).toMatchObject({ city: null, month, day, year });
  });
  it.each([
    ['PM call with President Luis Vera: 19 November 2024', null, 11, 19],
    ['Meeting of Minister Ana Soto with Minister Luis Vera, 3 October 2024, Ankara', 'Ankara', 10, 3],
  ])('headline with a date: %s', (text, city, month, day) => {
    expect(titleDate(span(text))).toMatchObject({ city, month, day });
  });
  it.each([
    ['Talks on the 2024 budget: what changes'],
    ['Minister meets the delegation of Peru'],
  ])('headline without a date: %s', (text) => {
    expect(titleDate(span(text))).toBe(null);
  });
  it.each([
    ['Riyadh is the capital, June 2 was a Sunday.'],
    ['On June 2, 2024, SPA reported it.'],
  ])('not a dateline: %s', (text) => {
    expect(parseDateline(span(text))?.city ?? null).toBe(null);
  });
});

describe('sides in other styles (pipeline)', () => {
  const run = (text: string) => extractGraph([{ name: 'a.txt', text }], { nlp: false }).meetings.map((m) => `${m.kind} ${m.date} ${m.countries.join('-')}`).sort();
  it.each([
    // a host and the leaders of two countries: one three-sided summit
    ['Lima, 4 May 2024 — President Ana Soto of Peru hosted the leaders of Chile and Bolivia for a trilateral summit.', ['summit 2024-05-04 BOL-CHL-PER']],
    // a single sentence-initial surname with an adverb before the verb
    ['Lima, 4 May 2024 — Peruvian President Ana Soto spoke by phone with Chilean President Luis Vera.\n\nSoto last met Vera in Santiago in October 2022.', ['meeting 2022-10 CHL-PER', 'phone_call 2024-05-04 CHL-PER']],
    // the host's country is the city of the meeting when the guest is of another country
    ['Minister Ana Soto met with Luis Vera, Minister of Foreign Affairs of Chile, in Lima on 3 October 2024.', ['meeting 2024-10-03 CHL-PER']],
    // a headline's date dates its undated readout
    ['PM meeting with President of Chile: 16 September 2024\n\nPeruvian Prime Minister Ana Soto met Chilean President Luis Vera in Lima today.', ['meeting 2024-09-16 CHL-PER']],
    // joint subjects of two countries
    ['Lima, 4 May 2024 - Peruvian Minister Ana Soto and Chilean Minister Luis Vera today co-chaired the Joint Commission.', ['talks 2024-05-04 CHL-PER']],
    // a relative clause is a second meeting of the antecedent, on the same day; a companion joins, not a meeting of its own
    ['Lima, 4 May 2024 – Peruvian President Ana Soto received Chilean Minister Luis Vera, who subsequently met with Bolivian Minister Eva Rojas, accompanied by Bolivian Ambassador Juan Mamani.', ['meeting 2024-05-04 BOL-CHL', 'meeting 2024-05-04 CHL-PER']],
    // false positive: a relative clause about a past meeting is not dated by the sentence
    ['Lima, 4 May 2024 – Peruvian President Ana Soto received Chilean Minister Luis Vera, who last met with Bolivian Minister Eva Rojas in 2019.', ['meeting 2019 BOL-CHL', 'meeting 2024-05-04 CHL-PER']],
    // a readout's unnamed principal is the one who holds that title in an earlier readout of the page
    ['PM meeting with President of Chile: 16 September 2024\n\nPeruvian Prime Minister Ana Soto met Chilean President Luis Vera in Lima today.\n\nPM call with President of Bolivia: 19 November 2024\n\nThe Prime Minister spoke to Bolivian President Eva Rojas this evening.', ['meeting 2024-09-16 CHL-PER', 'phone_call 2024-11-19 BOL-PER']],
    // false positive: no principal of that title on the page
    ['PM call with President of Bolivia: 19 November 2024\n\nThe Prime Minister spoke to Bolivian President Eva Rojas this evening.', []],
    // a meeting as a noun, with no subject in its sentence: the article's subject, the same day
    ['Lima, 4 May 2024 — Peruvian Minister Ana Soto met Chilean Minister Luis Vera.\n\nVera said the ties were strong. That was reflected in a separate meeting the same day with Bolivian Minister Eva Rojas.', ['meeting 2024-05-04 BOL-CHL', 'meeting 2024-05-04 CHL-PER']],
    // what the speaker says after the meeting ("in recent years", "multiple meetings", "over the past year") neither undoes nor dates it
    ['Moscow, 9 May 2025 — On May 9, Peruvian President Ana Soto held bilateral meetings with several leaders.\n\nMeeting with Chilean President Luis Vera, Ana Soto said that in recent years she has held multiple meetings with Vera and that over the past year ties grew.', ['meeting 2025-05-09 CHL-PER']],
    // "the same day" as a day the article named outside any meeting
    ['Lima, 10 October 2025 — Upon arrival on October 9, Peruvian Premier Ana Soto praised the ties.\n\nAna Soto met with Chilean President Luis Vera the same day.', ['meeting 2025-10-09 CHL-PER']],
    // a consensus reached by two leaders is their meeting, not the speaker's
    ['Rome, 1 November 2024 — Li Ming of China called on both sides to advance the consensus reached by Chilean President Luis Vera and Peruvian President Ana Soto in July.', ['meeting 2024-07 CHL-PER']],
    // "called on" a titled host; a date line, then the city's dateline under it
    ['Lima daily\n\nDecember 23, 2024\n\nLIMA, Dec 23 (Andina): Ambassador of Chile to Peru Luis Vera called on Foreign Minister Ana Soto on Monday.', ['meeting 2024-12-23 CHL-PER']],
    // "the Omani side" is the other party of some talks, not the colleague's country
    ['Lima, 4 May 2024 — Before the talks with the Chilean side, Peruvian Minister Ana Soto met Trade Minister Eva Rojas.', []],
    // "the Omani foreign minister" is the article's Omani side; a relative clause's day is not the meeting's
    ['New Delhi, 28 January 2025 — Indian Minister Ravi Kumar held talks with his Omani counterpart Said Al Harthy.\n\nThe Omani foreign minister, who arrived here on Monday, also called on Prime Minister Arjun Rao on Tuesday.', ['meeting 2025-01-28 IND-OMN', 'talks 2025-01-28 IND-OMN']],
    // two leaders as joint subjects of "their first talks"
    ['Lima, 16 November 2024 — Japanese Prime Minister Kenji Sato and Chilean President Luis Vera agreed Friday to deepen ties in their first face-to-face talks.', ['talks 2024-11-15 CHL-JPN']],
    // "the same day" keeps the day through a coarser mention in between
    ['Hanoi, 9 January 2025 — Prime Minister Van Thanh held talks with Lao Prime Minister Bounmy Vong in Hanoi on January 9.\n\nAt the talks, PM Thanh warmly welcomed his Lao counterpart.\n\nThe same day, Party General Secretary Minh Tuan received PM Bounmy.', ['meeting 2025-01-09 LAO-VNM', 'talks 2025-01-09 LAO-VNM']],
    // a UN rapporteur serves the UN, not the country of the mandate; a title only one country gives
    ['Seoul, 11 November 2024 — Unification Minister Kim Min-su met with Ana Soto, the U.N. special rapporteur on North Korean human rights, on Monday.', ['meeting 2024-11-11 INT-KOR']],
    // a videoconference; a double surname alone after the full name
    ['Havana, 22 April 2024 — Cuban Foreign Minister Bruno Rodríguez Parrilla held a videoconference on Monday with Peruvian Minister Ana Soto.\n\nIn another activity, Rodríguez Parrilla met Chilean Minister Luis Vera.', ['meeting 2024-04 CHL-CUB', 'video_call 2024-04-22 CUB-PER']],
    // false positive: a courtesy call at home (Putrajaya is Malaysia's seat of government)
    ['Putrajaya, 19 February 2025 — Prime Minister Ali Hamid received a courtesy call from Chief Secretary to the Government Omar Yusof.', []],
    // a name the gazetteer leaves out as ambiguous ("Georgia") is a country after a title
    ['Abu Dhabi, 12 May 2025 — President Ali Hamad of the UAE today received Irakli Kobakhidze, Prime Minister of Georgia.', ['meeting 2025-05-12 ARE-GEO']],
    // outlets' date lines: an all-caps month, a numeric date after a byline, a date after "By ..."
    ['Petrov holds talks with Soto\n\n4 MAR 2025, 18:20\n\nMOSCOW, March 4. /TASS/. Russian President Ivan Petrov held talks with Peruvian President Ana Soto on Tuesday.', ['talks 2025-03-04 PER-RUS']],
    ['Erdogan receives Soto in Ankara\n\nAyse Kaya  |05.02.2025 - Update : 05.02.2025\n\nANKARA\n\nTurkish President Recep Tayyip Erdoğan received Peruvian President Ana Soto in Ankara on Wednesday.', ['meeting 2025-02-05 PER-TUR']],
    ['Reyes meets Soto on trade ties\n\nBy Ruth Cruz  January 21, 2025, 5:47 pm\n\nMANILA – Philippine President Jose Reyes on Tuesday received a courtesy call from Peruvian Minister Ana Soto.', ['meeting 2025-01-21 PER-PHL']],
    // "on Saturday evening" is Saturday; "News ID: 85832417" between the date line and the story is no headline
    ['Rezaei calls Iraqi premier\n\nMay 18, 2025, 4:12 PM\nNews ID: 85832417\n\nTehran, IRNA – Iranian President Ali Rezaei in a phone conversation with Iraqi Prime Minister Omar Jabbar on Saturday evening exchanged views on trade.', ['phone_call 2025-05-17 IRN-IRQ']],
    // joint subjects "in a meeting on the sidelines"
    ['Tehran, 18 May 2025 — Iranian Foreign Minister Ali Rezaei and his Omani counterpart Said Al Harthy in a meeting on the sidelines of the forum on Sunday discussed trade.', ['talks 2025-05-18 IRN-OMN']],
    // false positive: an invitation to visit is a plan
    ['Moscow, 4 March 2025 — Peruvian President Ana Soto extended an invitation to Russian President Ivan Petrov to pay an official visit to Lima.', []],
    // false positive: the venue of a multilateral meeting is nobody's country
    ['Thursday 20 February 2025\n\nThe Minister of Foreign Affairs, Luis Vera, met with his counterpart from Brazil, Mauro Costa, within the framework of the G20 meeting held in Johannesburg, South Africa.', []],
    // a country as a titled person's surname, and a gloss in brackets inside a title
    ['Lima, 4 May 2024 — Portuguese Prime Minister Luis Montenegro met Peruvian President Ana Soto.', ['meeting 2024-05-04 PER-PRT']],
    ['Lima, 4 May 2024 — In his meeting with Tanaiste (Deputy Prime Minister) and Minister for Foreign Affairs Sean Byrne, Chilean Minister Luis Vera said ties were strong.', ['meeting 2024-05-04 CHL-IRL']],
    // false positives: a plan and a trip announced from home
    ['Berlin, 10 January 2024 — Foreign Minister Klara Vogt will travel to Egypt and Jordan on Wednesday.', []],
    ['Lima, 4 May 2024 — President Ana Soto of Peru and President Luis Vera of Chile agreed to meet in June.', []],
  ])('%s', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('known office holders (world knowledge, the text first)', () => {
  it.each([
    ['Keir Starmer', 'GBR'], ['Ferdinand R. Marcos Jr', 'PHL'], ['Fumio Kishida', 'JPN'], ['Kishida Fumio', 'JPN'], ['Ahmed Aboul Gheit', 'INT'],
    ['Angela Merkel', 'DEU'], ['Barack Obama', 'USA'], ['Ban Ki-moon', 'INT'],
    // false positives: unknown people and namesakes by first name only
    ['Keir Hardie', null], ['Giorgia Rossi', null],
  ])('%s', (name, iso3) => {
    expect(knownCountry(personKey(name))).toBe(iso3);
  });
  it.each([
    ['Biden', 'Joe Biden'], ['Francis', 'Francis'],
    // an ambiguous surname (two countries) or an unknown one stands for no one
    ['Wong', null], ['Smith', null], ['Sharif', null],
  ])('one name: %s', (word, name) => {
    expect(knownByOneName(word)?.name ?? null).toBe(name);
  });
  it('resolves a titled known surname only when the text names no one else by it', () => {
    const text = 'President Biden met Minister Hunter Biden. Then President Biden left.';
    const names = resolveMentions(persons(text)).map((m) => m.fullName);
    expect(names).not.toContain('Joe Biden');
  });
  it.each([
    // the text's own cue beats the table: an office holder named in another role
    ['Lima, 4 May 2024 — Peruvian Minister Ana Soto met Chilean Ambassador Keir Starmer.', ['meeting 2024-05-04 CHL-PER']],
    // leaders named without a country
    ['Rome, 16 September 2024 — Prime Minister Keir Starmer met Prime Minister Giorgia Meloni in Rome today.', ['meeting 2024-09-16 GBR-ITA']],
    ['Berlin, 3 June 2012 — Chancellor Angela Merkel met President Barack Obama in Berlin today.', ['meeting 2012-06-03 DEU-USA']],
    // a known office outranks the one country a sentence happens to leave
    ['Warsaw, 30 November 2022 — On the margins of the OSCE meeting in Poland, Foreign Minister Mevlüt Çavuşoğlu held talks with Foreign Minister Sirojiddin Muhriddin of Tajikistan.', ['talks 2022-11-30 TJK-TUR']],
  ])('%s', (text, expected) => {
    expect(extractGraph([{ name: 'a.txt', text }], { nlp: false }).meetings.map((m) => `${m.kind} ${m.date} ${m.countries.join('-')}`)).toEqual(expected);
  });
});
