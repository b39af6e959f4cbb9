// Well-known office holders (heads of state and government, foreign ministers, heads of intergovernmental bodies,
// 2019-2025) and their country: wire copy and readouts name them without a nationality ("President Biden hosted
// President Marcos", "Prime Minister Keir Starmer met Prime Minister Giorgia Meloni"). World knowledge, used only when
// the text itself gives the person no country (a title, an apposition, a name shape always wins). Pure data.
import { personKey } from './resolve';

const BY_COUNTRY: Record<string, string[]> = {
  USA: ['Joe Biden', 'Kamala Harris', 'Antony Blinken', 'Donald Trump', 'Marco Rubio', 'JD Vance', 'Lloyd Austin', 'Jake Sullivan', 'Kurt Campbell', 'Janet Yellen', 'Pete Hegseth', 'Mike Pompeo'],
  GBR: ['Rishi Sunak', 'Keir Starmer', 'David Cameron', 'David Lammy', 'James Cleverly', 'Boris Johnson', 'Liz Truss'],
  FRA: ['Emmanuel Macron', 'Jean-Noël Barrot', 'Stéphane Séjourné', 'Catherine Colonna', 'Gabriel Attal', 'Michel Barnier', 'François Bayrou'],
  DEU: ['Olaf Scholz', 'Annalena Baerbock', 'Frank-Walter Steinmeier', 'Friedrich Merz', 'Johann Wadephul'],
  ITA: ['Giorgia Meloni', 'Antonio Tajani', 'Sergio Mattarella', 'Mario Draghi'],
  ESP: ['Pedro Sánchez', 'José Manuel Albares'],
  JPN: ['Fumio Kishida', 'Shigeru Ishiba', 'Yoko Kamikawa', 'Takeshi Iwaya', 'Yoshimasa Hayashi', 'Toshimitsu Motegi', 'Yoshihide Suga', 'Shinzo Abe'],
  KOR: ['Yoon Suk Yeol', 'Park Jin', 'Cho Tae-yul', 'Lee Jae-myung', 'Han Duck-soo'],
  RUS: ['Vladimir Putin', 'Sergey Lavrov', 'Sergei Lavrov', 'Mikhail Mishustin', 'Dmitry Medvedev'],
  UKR: ['Volodymyr Zelenskyy', 'Volodymyr Zelensky', 'Dmytro Kuleba', 'Andrii Sybiha', 'Denys Shmyhal'],
  IND: ['Narendra Modi', 'Subrahmanyam Jaishankar', 'Droupadi Murmu'],
  PAK: ['Shehbaz Sharif', 'Ishaq Dar', 'Asif Ali Zardari'],
  BRA: ['Luiz Inácio Lula da Silva', 'Mauro Vieira', 'Geraldo Alckmin', 'Jair Bolsonaro'],
  ARG: ['Javier Milei', 'Alberto Fernández'],
  MEX: ['Andrés Manuel López Obrador', 'Claudia Sheinbaum', 'Alicia Bárcena', 'Marcelo Ebrard'],
  CAN: ['Justin Trudeau', 'Mélanie Joly', 'Mark Carney'],
  AUS: ['Anthony Albanese', 'Penny Wong'],
  NZL: ['Chris Hipkins', 'Christopher Luxon', 'Winston Peters'],
  TUR: ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan', 'Hakan Fidan', 'Mevlüt Çavuşoğlu'],
  SAU: ['Mohammed bin Salman', 'Faisal bin Farhan', 'Salman bin Abdulaziz'],
  ARE: ['Mohamed bin Zayed', 'Abdullah bin Zayed'],
  QAT: ['Tamim bin Hamad Al Thani', 'Mohammed bin Abdulrahman Al Thani'],
  EGY: ['Abdel Fattah el-Sisi', 'Abdel Fattah al-Sisi', 'Sameh Shoukry', 'Badr Abdelatty'],
  IRN: ['Ebrahim Raisi', 'Masoud Pezeshkian', 'Hossein Amir-Abdollahian', 'Abbas Araghchi', 'Ali Khamenei'],
  ISR: ['Benjamin Netanyahu', 'Isaac Herzog', 'Israel Katz', 'Gideon Saar'],
  JOR: ['Ayman Safadi'],
  PHL: ['Ferdinand Marcos Jr.', 'Ferdinand R. Marcos Jr.', 'Enrique Manalo'],
  IDN: ['Joko Widodo', 'Prabowo Subianto', 'Retno Marsudi'],
  MYS: ['Anwar Ibrahim', 'Mohamad Hasan'],
  SGP: ['Lee Hsien Loong', 'Lawrence Wong', 'Vivian Balakrishnan'],
  THA: ['Srettha Thavisin', 'Paetongtarn Shinawatra'],
  ZAF: ['Cyril Ramaphosa', 'Naledi Pandor', 'Ronald Lamola'],
  NGA: ['Bola Tinubu', 'Yusuf Tuggar'],
  KEN: ['William Ruto', 'Musalia Mudavadi'],
  ETH: ['Abiy Ahmed'],
  AGO: ['João Lourenço', 'João Manuel Gonçalves Lourenço'],
  POL: ['Donald Tusk', 'Andrzej Duda', 'Radosław Sikorski'],
  HUN: ['Viktor Orbán', 'Péter Szijjártó'],
  NLD: ['Dick Schoof'],
  IRL: ['Leo Varadkar', 'Simon Harris', 'Micheál Martin'],
  GRC: ['Kyriakos Mitsotakis'],
  SRB: ['Aleksandar Vučić'],
  BLR: ['Alexander Lukashenko'],
  AZE: ['Ilham Aliyev'],
  ARM: ['Nikol Pashinyan'],
  KAZ: ['Kassym-Jomart Tokayev', 'Murat Nurtleu'],
  UZB: ['Shavkat Mirziyoyev'],
  VEN: ['Nicolás Maduro'],
  COL: ['Gustavo Petro'],
  CHL: ['Gabriel Boric'],
  CUB: ['Miguel Díaz-Canel'],
  VAT: ['Pietro Parolin', 'Paul Richard Gallagher'],
  INT: ['António Guterres', 'Antonio Guterres', 'Ursula von der Leyen', 'Charles Michel', 'Josep Borrell', 'Kaja Kallas', 'Jens Stoltenberg',
    'Kristalina Georgieva', 'Ngozi Okonjo-Iweala', 'Tedros Adhanom Ghebreyesus', 'Ahmed Aboul Gheit', 'Moussa Faki Mahamat', 'Kao Kim Hourn', 'Rafael Grossi'],
};

/** Leaders known by one name, accepted only with a title before it ("Pope Francis", "Foreign Minister Sugiono"). */
const MONONYMS: Record<string, string> = { Francis: 'VAT', Lula: 'BRA', Jokowi: 'IDN', Prabowo: 'IDN', Sugiono: 'IDN' };

// Built on first use: resolve.ts imports this module and this module uses resolve.ts's personKey.
let byKey: Map<string, string> | null = null;
const bySurname = new Map<string, Array<{ name: string; iso3: string }>>();
function tables(): Map<string, string> {
  if (byKey) return byKey;
  byKey = new Map();
  for (const [iso3, names] of Object.entries(BY_COUNTRY)) {
    for (const name of names) {
      byKey.set(personKey(name), iso3);
      byKey.set(personKey(name.replace(/\.$/, '')), iso3);
      const last = name.replace(/\s+Jr\.?$/, '').split(/\s+/).pop()!;
      const list = bySurname.get(last) ?? [];
      if (!list.some((x) => personKey(x.name) === personKey(name))) list.push({ name, iso3 });
      bySurname.set(last, list);
    }
  }
  return byKey;
}

/** Country of a known office holder by their person key, or null. */
export function knownCountry(key: string): string | null {
  return tables().get(key) ?? null;
}

/**
 * The full name a titled single word stands for when the text names no one else by it: a mononym ("Pope Francis") or
 * the surname of exactly one known office holder ("President Biden"). null otherwise.
 */
export function knownByOneName(word: string): { name: string; iso3: string } | null {
  tables();
  if (MONONYMS[word]) return { name: word, iso3: MONONYMS[word]! };
  const list = bySurname.get(word);
  const countries = new Set(list?.map((x) => x.iso3));
  return list && countries.size === 1 ? list[0]! : null;
}
