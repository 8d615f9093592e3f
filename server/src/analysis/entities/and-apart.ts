/**
 * Two names joined by و are two names. The model sometimes reads a pair as one: مادبا | والسلط،
 * رياض | وفريد، الملك سلمان | وشهيد الوطن، بدون برهان | وبيان. A person or place it found is cut
 * before an inner word that is و + a name (listed, or seen in names in training), which begins
 * the second name, or و + a word training saw mostly outside names, which is in neither.
 * Not where the word is a name as it stands (وسيم، وليد، ولد in ولد الشيخ أحمد, وهبي), nor inside a
 * listed name that holds the و (ترينيداد وتوباغو، البوسنة والهرسك).
 */
import type { Candidate } from './candidate';
import { withoutArticle } from './clitics';
import { TRIGGER_CLASSES, type GazetteerMatch } from './gazetteer/index';
import { commonWords, nameLexicon } from './model/load';
import { isNationality } from './nationality';
import type { Token } from './tokens';

export function apartAtAnd(candidates: readonly Candidate[], tokens: readonly Token[], gazetteer: readonly GazetteerMatch[]): Candidate[] {
  return candidates.flatMap((c) => {
    if (c.source !== 'model' || c.type === 'organization' || c.last - c.first < 2) return [c];
    for (let k = c.first + 1; k < c.last; k++) {
      const word = tokens[k].folded;
      if (word.length < 3 || word[0] !== 'و' || word === 'ولد') continue;
      const listed = (prefix: number): GazetteerMatch[] => gazetteer.filter((m) => m.start === k && m.prefix === prefix && !TRIGGER_CLASSES.has(m.cls));
      if (listed(0).length || nameLexicon().has(word) || gazetteer.some((m) => m.entry && m.start < k && m.end > k)) continue;
      const stem = word.slice(1);
      const listedStem = listed(1);
      // A nationality is no name here, whatever names it is in (محمد عبدالشافي | والسويدي | نبيل بهوي).
      const named = !isNationality(stem) && (listedStem.length > 0 || nameLexicon().has(stem));
      if (!named && !commonWords().has(stem) && !commonWords().has(withoutArticle(stem))) continue;
      // After a name, the rest is that name and what follows it; after a common word, only what follows it (نصري | والبلجيكي | فنسان كومباني).
      const rest = named ? [{ ...c, first: k, type: listedStem.find((m) => m.entry)?.entry?.type ?? c.type, afterAnd: true }] : k + 1 < c.last ? [{ ...c, first: k + 1 }] : [];
      return [{ ...c, last: k }, ...rest];
    }
    return [c];
  });
}
