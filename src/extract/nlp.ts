// Registers diplograph's compromise plugin once. The plugin is plain data: a few
// honorifics and role words the default lexicon lacks. compromise runs only on
// candidate sentences (see persons.ts), never on whole files.
import nlp from 'compromise';

export const plugin = {
  words: {
    premier: 'Honorific', 'vice premier': 'Honorific', 'state councilor': 'Honorific', 'general secretary': 'Honorific',
    'foreign minister': 'Honorific', comrade: 'Honorific', ambassador: 'Honorific', chairman: 'Honorific', 'vice chairman': 'Honorific',
  },
};

let registered = false;

export function getNlp(): typeof nlp {
  if (!registered) {
    nlp.plugin(plugin as Parameters<typeof nlp.plugin>[0]);
    registered = true;
  }
  return nlp;
}

/** Person names compromise finds in one sentence, normalised to plain text. */
export function peopleIn(sentence: string): string[] {
  const doc = getNlp()(sentence);
  return (doc.people().out('array') as string[]).map((s) => s.replace(/[^\p{L}\p{M}’' -]+$/u, '').replace(/['’]s$/, '').trim()).filter(Boolean);
}
