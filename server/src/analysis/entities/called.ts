/**
 * People the text introduces by what they are called (شخص يدعى منتظر حاتم، طفلة تدعى زهرة، المدعو عصمت): the
 * words right after يدعى or تدعى, written with alif maqsura (يدعي is «claims»: من يدعي الإسلام), or after المدعو,
 * are the name, where the model found nothing. Not after اسمه or اسمها, which a verb or a noun follows as often
 * (يذكر فيها اسمه وسعى، اسمه الأول). The first word is no function word, and has no article, و or preposition (يدعى |
 * بدرجة الحرارة، يدعى | الباقون) and is no common word unless it is a listed given name; one or two more words follow where
 * the lists or training know them as names' words (سعد وقاص), or where they are no common word and carry no proclitic.
 */
import type { Candidate } from './candidate';
import { isOneOfAfterConjunction } from './clitics';
import { isGivenNameAt, type GazetteerMatch } from './gazetteer/index';
import { commonWords, nameLexicon } from './model/load';
import { isFunctionWord } from './stopwords';
import type { Token } from './tokens';

/** «Is called» and «the one called» (folded). */
export const CALLED: ReadonlySet<string> = new Set(['يدعي', 'تدعي', 'المدعو', 'المدعوه']);

/** The people named after CALLED. `taken` marks tokens already in a name; `paragraph` is the text. */
export function calledPeople(tokens: readonly Token[], taken: Uint8Array, gazetteer: readonly GazetteerMatch[], paragraph: string): Candidate[] {
  const out: Candidate[] = [];
  const listed = (t: number): boolean => gazetteer.some((m) => m.start === t && m.end === t + 1 && m.prefix === 0 && (isGivenNameAt(m, t) || m.cls === 'familyName'));
  const nameWord = (t: number): boolean => {
    const token = tokens[t];
    if (token?.word !== true || taken[t] || isFunctionWord(token.folded, paragraph[token.end - 1]) || /\d/.test(token.folded)) return false;
    // Not a verb in the perfect (تدعى جونت | طورت), nor a word in Latin letters.
    // آ written with its madda is no article (آلاجوز).
    const plain = (!/^(?:[وبلف]|ال)/.test(token.folded) || paragraph[token.start] === 'آ') && !/[^ا]ت$/.test(token.folded) && /[\u0600-\u06ff]/.test(token.folded);
    return listed(t) || (!commonWords().has(token.folded) && (plain || (nameLexicon().has(token.folded) && !/^[بلف]/.test(token.folded))));
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    // With و or ف before it too (وتدعى مايا، ويدعى أندريس).
    if (!isOneOfAfterConjunction(tokens[i].folded, CALLED) || (tokens[i].folded.endsWith('ي') && paragraph[tokens[i].end - 1] !== 'ى')) continue;
    const first = i + 1;
    const name = tokens[first];
    // علي written so after it is the name, never the preposition (يدعى علي آلاجوز).
    const ali = name.folded === 'علي' && paragraph[name.end - 1] === 'ي';
    if (!name.word || taken[first] || (!ali && isFunctionWord(name.folded, paragraph[name.end - 1])) || /\d/.test(name.folded)) continue;
    // A listed given name may begin as a proclitic does (يدعى بدر، تدعى ليلى), but for باسم: يدعى باسم is «is called by the name».
    if ((commonWords().has(name.folded) || /^(?:[بلو]|ال)/.test(name.folded)) && !listed(first) && !ali) continue;
    if (name.folded === 'باسم') continue;
    let last = first + 1;
    while (last < first + 3 && nameWord(last) && paragraph.slice(tokens[last - 1].end, tokens[last].start) === ' ') last++;
    out.push({ first, last, type: 'person', source: 'gazetteer', match: null, tentative: false });
  }
  return out;
}
