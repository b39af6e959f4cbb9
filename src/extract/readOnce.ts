// extractFile for a file as users have them: articles the file repeats verbatim are
// read once, and each copy becomes another source of what the first one reports
// (repeats.ts); placeholder Latin the articles leave out is counted and named.
// Used by the CLI's workers and the browser's import worker alike.
import { fillerIn } from './articles';
import { extractFile, type ExtractOptions, type FileResult, type InputFile } from './pipeline';
import { addCopySources, blankCopies, repeatedArticles } from './repeats';

export function extractFileOnce(file: InputFile, options?: ExtractOptions): FileResult {
  const repeats = repeatedArticles(file.name, file.text);
  const result = repeats.length ? addCopySources(extractFile({ ...file, text: blankCopies(file.text, repeats) }, options), repeats) : extractFile(file, options);
  const filler = fillerIn(file.text);
  if (!filler.sentences) return result;
  const note = `${file.name}: ${filler.sentences} sentence${filler.sentences > 1 ? 's' : ''} of placeholder Latin ("Lorem ipsum…") left out, from character ${filler.first}`;
  return { ...result, warnings: [...(result.warnings ?? []), note] };
}
