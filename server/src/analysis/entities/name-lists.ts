/**
 * Names in a list of names joined by و or commas, where the model passed some items by. People in a
 * list of people (a team's line-up, a cast, a list of winners): «… وسند شراحيلي
 * وفارس العياف وأسامة الدراجي ورائد الفريدي وسلطان الشريف». An item of a listed given name and one
 * more word, after و or a comma, is a person where the item before it or after it is a person of
 * two words or more that the model or the lists found. The model, never having seen العياف or
 * الفريدي, reads «وفارس» and «ورائد» as «and a knight», «and a pioneer». An item of an unlisted
 * word and a listed family name (وجفين البيشي) is a person where the items on both sides are, and so
 * is one word after و between two people of one word (صدام والأسد والقذافي). One word after و between
 * two places or two bodies of one word is one too (الدمام والخبر والقطيف، الهلال والاتحاد والأهلي):
 * placesInLists (heads.ts) reads lists parted by commas.
 */
import type { Candidate } from './candidate';
import type { GazetteerMatch } from './gazetteer/index';
import { commonWords } from './model/load';
import { isFunctionWord } from './stopwords';
import { isComma, type Token } from './tokens';

/**
 * The lists' new names. `given` holds the token indices of listed given names, with or without
 * و (find.ts listedGiven); `candidates` are the names found so far.
 */
export function namesInLists(tokens: readonly Token[], candidates: readonly Candidate[], given: ReadonlySet<number>, gazetteer: readonly GazetteerMatch[], text: string): Candidate[] {
  // Listed family names of one word, without a proclitic.
  const family = gazetteer.filter((m) => m.cls === 'familyName' && m.prefix === 0 && m.end - m.start === 1).map((m) => m.start);
  const covered = new Uint8Array(tokens.length);
  for (const c of candidates) covered.fill(1, c.first, c.last);
  const people = candidates.filter((c) => c.type === 'person' && c.last - c.first >= 2);
  const endsAt = new Set(people.map((c) => c.last));
  const startsAt = new Set(people.map((c) => c.first));
  const out: Candidate[] = [];
  // One word after و between two people, places or bodies of one word each (أغاسي وفيدرر وهينان، الدمام والخبر والقطيف، الهلال والاتحاد والأهلي).
  for (const type of ['person', 'place', 'organization'] as const) {
    const single = candidates.filter((c) => c.type === type && c.last - c.first === 1);
    const singleStarts = new Set(single.map((c) => c.first));
    for (const { last: i } of single) {
      const t = tokens[i];
      if (t === undefined || covered[i] || !t.word || t.folded[0] !== 'و' || !singleStarts.has(i + 1) || tokens[i + 1].folded[0] !== 'و') continue;
      const stem = t.folded.slice(1);
      if (stem.length < 3) continue;
      if (isFunctionWord(stem, text[t.end - 1]) || commonWords().has(stem) || commonWords().has(t.folded)) continue;
      out.push({ first: i, last: i + 1, type, source: 'gazetteer', match: null, tentative: false });
      covered[i] = 1;
    }
  }
  // Where an item may begin: a listed given name, or the word before a listed family name.
  const starts = [...new Set([...given, ...family.map((t) => t - 1)])].filter((i) => i >= 0 && i + 1 < tokens.length).sort((a, b) => a - b);
  // An item may join a found person through another item: read the list again until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    for (const i of starts) {
      const first = tokens[i];
      const second = tokens[i + 1];
      if (covered[i] || covered[i + 1] || !first.word || !second.word) continue;
      const afterAnd = first.folded[0] === 'و';
      if (!afterAnd && !isComma(tokens[i - 1])) continue;
      // The second word is a family name: no function word, number, common word or next item (و…).
      const w = second.folded;
      if (w[0] === 'و' || /\d/.test(w) || isFunctionWord(w, text[second.end - 1]) || commonWords().has(w)) continue;
      // The item ends where the next begins (و…), at punctuation or at the paragraph's end.
      const next = tokens[i + 2];
      if (next !== undefined && next.word && next.folded[0] !== 'و') continue;
      const before = endsAt.has(afterAnd ? i : i - 1);
      const after = (next?.word === true && startsAt.has(i + 2)) || (isComma(next) && startsAt.has(i + 3));
      // A first word no list gives as a name needs people on both sides (وجفين البيشي), and must be no word training saw often.
      if (given.has(i) ? !before && !after : !before || !after || commonWords().has(first.folded.slice(afterAnd ? 1 : 0))) continue;
      out.push({ first: i, last: i + 2, type: 'person', source: 'gazetteer', match: null, tentative: false });
      covered.fill(1, i, i + 2);
      endsAt.add(i + 2);
      startsAt.add(i);
      changed = true;
    }
  }
  return out;
}
