/**
 * Arabic proclitics on folded words: the conjunctions و and ف, the prepositions ب ك ل, and
 * the article ال, which after ل is written لل (للعراق = ل + العراق). A name keeps its article
 * (العراق) but never a conjunction or preposition (وبالعراق → العراق).
 *
 * Which letters are clitics is ambiguous (بغداد, لبنان, وليد, فرنسا begin with them), so this
 * module only proposes readings; the recogniser and the name lexicon choose between them.
 */

export interface CliticReading {
  /** How many leading characters of the folded word are proclitics (outside a name's span). */
  readonly prefix: number;
  /** The word without them, with ال restored after ل (للعراق → العراق). */
  readonly stem: string;
  /** Whether the stem's article was restored (the span then begins with the article's second lam). */
  readonly restored?: boolean;
}

const CONJUNCTIONS = 'وف';
const PREPOSITIONS = 'بكل';

/**
 * The reading that is safe whatever the word: a conjunction or preposition is removed only
 * before the article (والعراق، بالعراق، فللعراق، للعراق), where no name begins that way.
 */
export function safeReading(word: string): CliticReading {
  let i = 0;
  if (word.length >= 5 && CONJUNCTIONS.includes(word[0]) && (word.startsWith('ال', 1) || word.startsWith('لل', 1) || (PREPOSITIONS.includes(word[1]) && word.startsWith('ال', 2)))) i = 1;
  if (word.length - i >= 4 && word.startsWith('لل', i)) return { prefix: i + 1, stem: 'ا' + word.slice(i + 1), restored: true };
  if (word.length - i >= 5 && PREPOSITIONS.includes(word[i]) && word.startsWith('ال', i + 1)) return { prefix: i + 1, stem: word.slice(i + 1) };
  return i ? { prefix: i, stem: word.slice(i) } : { prefix: 0, stem: word };
}

/**
 * Every reading of the word, the whole word first, then shorter stems: conjunction, then
 * preposition, then لل. Stems shorter than two letters are not proposed.
 */
export function readings(word: string): CliticReading[] {
  const out: CliticReading[] = [{ prefix: 0, stem: word }];
  const starts = [0];
  if (word.length >= 3 && CONJUNCTIONS.includes(word[0])) starts.push(1);
  for (const i of starts) {
    if (i > 0) out.push({ prefix: i, stem: word.slice(i) });
    if (word.length - i >= 3 && PREPOSITIONS.includes(word[i])) {
      if (word[i] === 'ل' && word[i + 1] === 'ل' && word.length - i >= 4) out.push({ prefix: i + 1, stem: 'ا' + word.slice(i + 1), restored: true });
      out.push({ prefix: i + 1, stem: word.slice(i + 1) });
    }
  }
  return out;
}

/**
 * The reading of a word in لل as ل + the article + a noun that begins with lam, the article's
 * lam written once (للجنة = ل + اللجنة), or null.
 */
export function lamNounReading(word: string): CliticReading | null {
  if (word.length < 5 || word[1] !== 'ل') return null;
  const i = CONJUNCTIONS.includes(word[0]) && word.startsWith('لل', 1) ? 1 : 0;
  return word.startsWith('لل', i) && word[i + 2] !== 'ل' && word.length - i >= 5 ? { prefix: i + 1, stem: 'ال' + word.slice(i + 1), restored: true } : null;
}

/** Whether a word (folded) is one of `words`, alone or after the conjunction و or ف (وفاز، وتدعى): the other proclitics are not read. */
export const isOneOfAfterConjunction = (word: string, words: ReadonlySet<string>): boolean => words.has(word) || (word.length > 2 && CONJUNCTIONS.includes(word[0]) && words.has(word.slice(1)));

/** Whether one of the word's readings, proclitics off, is one of `stems` (وشارع, بجامعة). */
export function hasStem(word: string, stems: ReadonlySet<string>): boolean {
  // A word that begins with no proclitic's letter has no other reading: most words, tested without listing readings.
  return stems.has(word) || ((CONJUNCTIONS.includes(word[0]) || PREPOSITIONS.includes(word[0])) && readings(word).some((r) => stems.has(r.stem)));
}

/**
 * Whether a word as written ends in a pronoun (عهده، باسمها، لإعلانهم، لفخامتكم): a noun of something, or a verb,
 * never a name's word. «Your» only after ta marbuta's ت, as names end in كم (الحكم).
 */
export const hasPronounSuffix = (written: string): boolean => /(ه|ها|هم|هما|تكم|تكما)$/.test(written);

/** The word without a leading article, for features that should not care about it. */
export function withoutArticle(stem: string): string {
  return stem.length >= 4 && stem.startsWith('ال') ? stem.slice(2) : stem;
}

/**
 * How many folded characters of a name's first word are proclitics: the safe reading
 * (before the article), else a shorter stem the lexicon or gazetteers know as a name
 * while the whole word is not (بلبنان → لبنان, but بغداد and وليد stay whole), or a common noun
 * that heads names (`isHead`: بجامعة → جامعة); a word the lists hold whole as a name (`listed`:
 * وائل) stays whole. ف is a proclitic only before the article, an alef or a listed given name (`given`).
 * An unknown word that begins with و is و + a name, except right after a title (`afterTitle`: السيد ويلينغام).
 */
export function cliticReading(
  word: string,
  known: (stem: string) => boolean,
  isHead: (stem: string) => boolean = () => false,
  listed: (word: string) => boolean = () => false,
  given: (stem: string) => boolean = () => false,
  afterTitle = false,
): CliticReading {
  const whole = { prefix: 0, stem: word };
  const all = readings(word);
  // بجامعة الملك عبدالعزيز is ب + جامعة even where the training data saw بجامعة inside a name, وحي الملك فهد و + حي; بنك and ولاية are heads whole.
  const headed = !isHead(word) && all.find((r) => r.prefix > 0 && r.stem.length >= 2 && isHead(r.stem));
  if (headed) return headed;
  // A head that begins like a proclitic is whole (وكالة الأنباء المصرية، ولاية كاليفورنيا).
  if (isHead(word)) return whole;
  // A given name the lists hold whole is whole (وائل، وسام), whatever shorter name it hides (ائل، سام).
  if (listed(word)) return whole;
  // ف comes before a name with the article or an alef (فالنصر، فإيران) or a listed given name (فياسر), seldom before another: فريد is
  // Fred, not ف + ريد; فرانس فوتبول, not ف + رانس.
  const fa = (r: { prefix: number; stem: string }): boolean => word[r.prefix - 1] !== 'ف' || /^ا/.test(r.stem) || given(r.stem);
  // ومنظمة is و + منظمة even where the training data saw ومنظمة inside a name.
  const conjunction = all.find((r) => r.prefix === 1 && 'وف'.includes(word[0]) && r.stem.length >= 3 && known(r.stem) && fa(r));
  if (conjunction) return conjunction;
  if (known(word)) return whole;
  const safe = safeReading(word);
  // للبنان is ل + لبنان, not ل + البنان: prefer the reading the lexicon knows.
  // ك («like») is no clitic on a name without the article: كريم is Karim, not ك + ريم.
  const knownReading = all.find((r) => r.prefix > 0 && r.stem.length >= 3 && known(r.stem) && (r.prefix >= safe.prefix || r.restored === safe.restored) && word[r.prefix - 1] !== 'ك' && fa(r));
  if (knownReading) return knownReading;
  if (safe.prefix > 0) return safe;
  // An unknown word after و is far more often و + name than a name that begins with و; not right after a title (السيد ويلينغام).
  if (word.length >= 5 && word[0] === 'و' && !afterTitle) return { prefix: 1, stem: word.slice(1) };
  return whole;
}
