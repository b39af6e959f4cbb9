// extractFile for a file as users have them: articles the file repeats verbatim are
// read once, and each copy becomes another source of what the first one reports
// (repeats.ts). Used by the CLI's workers and the browser's import worker alike.
import { extractFile, type ExtractOptions, type FileResult, type InputFile } from './pipeline';
import { addCopySources, blankCopies, repeatedArticles } from './repeats';

export function extractFileOnce(file: InputFile, options?: ExtractOptions): FileResult {
  const repeats = repeatedArticles(file.name, file.text);
  if (!repeats.length) return extractFile(file, options);
  return addCopySources(extractFile({ ...file, text: blankCopies(file.text, repeats) }, options), repeats);
}
