/**
 * Titles of works and programmes named in quotes after their head: a book's, a film's, a song's
 * (بعنوان «بدوي المشاعر»، ديوانه (صبا)، الفيلم الفرنسي الدرامي "هيروشيما حبي") or a programme's
 * (برنامج “إحالتي”). The names inside are no one's, for the paragraph or the article.
 */
import type { Candidate } from './candidate';
import { hasStem, withoutArticle } from './clitics';
import type { GazetteerMatch } from './gazetteer/index';
import { endsAsNisba } from './nationality';
import { isClosingQuote, isOpeningQuote, type Token } from './tokens';

/** Heads of a work's title (folded, perhaps after و or ب): بعنوان «بدوي المشاعر»، ديوانه (صبا)، فيلم «عمر»: the quoted title is the work's. */
const WORK_HEADS = new Set('عنوان ديوان ديوانه روايه روايته كتاب كتابه قصيده قصيدته فيلم فيلمه مسلسل مسلسله اغنيه اغنيته مسرحيه مسرحيته'.split(' '));

/** Heads of a programme's name (folded): برنامج «إحالتي»، برنامج «ذا فويس»: a programme or a show, unless a list names a firm or an app so (برنامج «واتساب»). */
const PROGRAMME_HEADS = new Set(['برنامج', 'برنامجه']);

/**
 * Whether the candidate is the whole of a quoted title after a work's head (بعنوان «بدوي المشاعر») or, where no list knows it, a programme's:
 * no name there, for the article either (find.ts passes it up as notNamed).
 */
export function isWorkTitle(tokens: readonly Token[], c: Candidate, gazetteer: readonly GazetteerMatch[]): boolean {
  if (!isOpeningQuote(tokens[c.first - 1]) || !isClosingQuote(tokens[c.last])) return false;
  const before = tokens[c.first - 2];
  const after = (heads: ReadonlySet<string>): boolean => before?.word === true && hasStem(before.folded, heads);
  // The head with the article, perhaps with adjectives after it (الفيلم الفرنسي الدرامي «هيروشيما حبي»).
  let h = c.first - 2;
  while (h > c.first - 5 && tokens[h]?.word === true && tokens[h].folded.startsWith('ال') && endsAsNisba(tokens[h].folded) && !WORK_HEADS.has(withoutArticle(tokens[h].folded))) h--;
  if (after(WORK_HEADS) || (tokens[h]?.word === true && WORK_HEADS.has(withoutArticle(tokens[h].folded)))) return true;
  return after(PROGRAMME_HEADS) && !c.match?.entry && !gazetteer.some((m) => m.start === c.first && m.end === c.last && m.entry);
}
