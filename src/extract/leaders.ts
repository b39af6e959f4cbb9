// Well-known office holders (heads of state and government and foreign ministers of the G20 members and of countries
// often in the news, heads of the UN, NATO and the EU, 2005-2025) and their country: wire copy and readouts name them without a nationality ("President Biden hosted
// President Marcos", "Prime Minister Keir Starmer met Prime Minister Giorgia Meloni"). World knowledge, used only when
// the text itself gives the person no country (a title, an apposition, a name shape always wins). Pure data.
import { personKey } from './names';

const BY_COUNTRY: Record<string, string[]> = {
  USA: ['Joe Biden', 'Kamala Harris', 'Antony Blinken', 'Donald Trump', 'Marco Rubio', 'JD Vance', 'Lloyd Austin', 'Jake Sullivan', 'Kurt Campbell', 'Janet Yellen', 'Pete Hegseth', 'Mike Pompeo',
    'George W. Bush', 'Barack Obama', 'Mike Pence', 'Dick Cheney', 'Condoleezza Rice', 'Hillary Clinton', 'Hillary Rodham Clinton', 'John Kerry', 'Rex Tillerson', 'Michael R. Pompeo'],
  GBR: ['Rishi Sunak', 'Keir Starmer', 'David Cameron', 'David Lammy', 'James Cleverly', 'Boris Johnson', 'Liz Truss',
    'Tony Blair', 'Gordon Brown', 'Theresa May', 'Jack Straw', 'Margaret Beckett', 'David Miliband', 'William Hague', 'Philip Hammond', 'Jeremy Hunt', 'Dominic Raab'],
  FRA: ['Emmanuel Macron', 'Jean-Noël Barrot', 'Stéphane Séjourné', 'Catherine Colonna', 'Gabriel Attal', 'Michel Barnier', 'François Bayrou',
    'Jacques Chirac', 'Nicolas Sarkozy', 'François Hollande', 'Francois Hollande', 'Bernard Kouchner', 'Alain Juppé', 'Laurent Fabius', 'Jean-Marc Ayrault', 'Jean-Yves Le Drian', 'François Fillon', 'Manuel Valls', 'Édouard Philippe', 'Jean Castex', 'Élisabeth Borne'],
  DEU: ['Olaf Scholz', 'Annalena Baerbock', 'Frank-Walter Steinmeier', 'Friedrich Merz', 'Johann Wadephul',
    'Angela Merkel', 'Guido Westerwelle', 'Sigmar Gabriel', 'Heiko Maas'],
  ITA: ['Giorgia Meloni', 'Antonio Tajani', 'Sergio Mattarella', 'Mario Draghi',
    'Silvio Berlusconi', 'Romano Prodi', 'Mario Monti', 'Enrico Letta', 'Matteo Renzi', 'Paolo Gentiloni', 'Giuseppe Conte', 'Franco Frattini', 'Luigi Di Maio'],
  ESP: ['Pedro Sánchez', 'José Manuel Albares'],
  JPN: ['Fumio Kishida', 'Shigeru Ishiba', 'Yoko Kamikawa', 'Takeshi Iwaya', 'Yoshimasa Hayashi', 'Toshimitsu Motegi', 'Yoshihide Suga', 'Shinzo Abe',
    'Junichiro Koizumi', 'Yasuo Fukuda', 'Taro Aso', 'Yukio Hatoyama', 'Naoto Kan', 'Yoshihiko Noda', 'Taro Kono'],
  KOR: ['Yoon Suk Yeol', 'Park Jin', 'Cho Tae-yul', 'Lee Jae-myung', 'Han Duck-soo',
    'Lee Myung-bak', 'Park Geun-hye', 'Moon Jae-in', 'Kang Kyung-wha', 'Chung Eui-yong'],
  RUS: ['Vladimir Putin', 'Sergey Lavrov', 'Sergei Lavrov', 'Mikhail Mishustin', 'Dmitry Medvedev'],
  PRK: ['Kim Jong Un', 'Kim Jong Il', 'Kim Yo Jong', 'Choe Son Hui', 'Ri Yong Ho', 'Ri Son Gwon', 'Pak Pong Ju', 'Kim Tok Hun'],
  UKR: ['Volodymyr Zelenskyy', 'Volodymyr Zelensky', 'Dmytro Kuleba', 'Andrii Sybiha', 'Denys Shmyhal'],
  IND: ['Narendra Modi', 'Subrahmanyam Jaishankar', 'Droupadi Murmu',
    'Manmohan Singh', 'Pranab Mukherjee', 'Sushma Swaraj', 'Salman Khurshid', 'S. M. Krishna'],
  PAK: ['Shehbaz Sharif', 'Ishaq Dar', 'Asif Ali Zardari',
    'Pervez Musharraf', 'Yousaf Raza Gilani', 'Nawaz Sharif', 'Imran Khan', 'Shah Mehmood Qureshi', 'Bilawal Bhutto Zardari'],
  BRA: ['Luiz Inácio Lula da Silva', 'Mauro Vieira', 'Geraldo Alckmin', 'Jair Bolsonaro',
    'Dilma Rousseff', 'Michel Temer'],
  ARG: ['Javier Milei', 'Alberto Fernández',
    'Cristina Fernández de Kirchner', 'Mauricio Macri'],
  MEX: ['Andrés Manuel López Obrador', 'Claudia Sheinbaum', 'Alicia Bárcena', 'Marcelo Ebrard',
    'Felipe Calderón', 'Enrique Peña Nieto'],
  CAN: ['Justin Trudeau', 'Mélanie Joly', 'Mark Carney',
    'Stephen Harper', 'Chrystia Freeland'],
  AUS: ['Anthony Albanese', 'Penny Wong',
    'John Howard', 'Kevin Rudd', 'Julia Gillard', 'Tony Abbott', 'Malcolm Turnbull', 'Scott Morrison', 'Julie Bishop', 'Marise Payne'],
  NZL: ['Chris Hipkins', 'Christopher Luxon', 'Winston Peters'],
  TUR: ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan', 'Hakan Fidan', 'Mevlüt Çavuşoğlu',
    'Ahmet Davutoğlu', 'Ahmet Davutoglu', 'Abdullah Gül', 'Abdullah Gul'],
  SAU: ['Mohammed bin Salman', 'Faisal bin Farhan', 'Salman bin Abdulaziz',
    'Adel al-Jubeir'],
  ARE: ['Mohamed bin Zayed', 'Abdullah bin Zayed'],
  QAT: ['Tamim bin Hamad Al Thani', 'Mohammed bin Abdulrahman Al Thani'],
  EGY: ['Abdel Fattah el-Sisi', 'Abdel Fattah al-Sisi', 'Sameh Shoukry', 'Badr Abdelatty'],
  IRN: ['Ebrahim Raisi', 'Masoud Pezeshkian', 'Hossein Amir-Abdollahian', 'Abbas Araghchi', 'Ali Khamenei'],
  ISR: ['Benjamin Netanyahu', 'Isaac Herzog', 'Israel Katz', 'Gideon Saar',
    'Ehud Olmert', 'Naftali Bennett', 'Yair Lapid'],
  JOR: ['Ayman Safadi'],
  PHL: ['Ferdinand Marcos Jr.', 'Ferdinand R. Marcos Jr.', 'Enrique Manalo'],
  IDN: ['Joko Widodo', 'Prabowo Subianto', 'Retno Marsudi',
    'Susilo Bambang Yudhoyono'],
  MYS: ['Anwar Ibrahim', 'Mohamad Hasan'],
  SGP: ['Lee Hsien Loong', 'Lawrence Wong', 'Vivian Balakrishnan'],
  THA: ['Srettha Thavisin', 'Paetongtarn Shinawatra'],
  ZAF: ['Cyril Ramaphosa', 'Naledi Pandor', 'Ronald Lamola',
    'Thabo Mbeki', 'Jacob Zuma'],
  NGA: ['Bola Tinubu', 'Yusuf Tuggar'],
  KEN: ['William Ruto', 'Musalia Mudavadi'],
  ETH: ['Abiy Ahmed'],
  AGO: ['João Lourenço', 'João Manuel Gonçalves Lourenço'],
  POL: ['Donald Tusk', 'Andrzej Duda', 'Radosław Sikorski'],
  HUN: ['Viktor Orbán', 'Péter Szijjártó'],
  NLD: ['Dick Schoof', 'Mark Rutte'],
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
  AFG: ['Hamid Karzai', 'Ashraf Ghani'],
  INT: ['António Guterres', 'Antonio Guterres', 'Ursula von der Leyen', 'Charles Michel', 'Josep Borrell', 'Kaja Kallas', 'Jens Stoltenberg',
    'Kristalina Georgieva', 'Ngozi Okonjo-Iweala', 'Tedros Adhanom Ghebreyesus', 'Ahmed Aboul Gheit', 'Moussa Faki Mahamat', 'Kao Kim Hourn', 'Rafael Grossi',
    'Kofi Annan', 'Ban Ki-moon', 'Catherine Ashton', 'Federica Mogherini', 'Herman Van Rompuy', 'José Manuel Barroso'],
};

/** Leaders known by one name, accepted only with a title before it ("Pope Francis", "Foreign Minister Sugiono"). */
const MONONYMS: Record<string, string> = { Francis: 'VAT', Lula: 'BRA', Jokowi: 'IDN', Prabowo: 'IDN', Sugiono: 'IDN' };

// Built on first use (the table is only needed once a name is looked up).
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
  // (Two office holders of one surname, "Prime Minister Sharif", are two people: the surname names neither.)
  return list && list.length === 1 ? list[0]! : null;
}
