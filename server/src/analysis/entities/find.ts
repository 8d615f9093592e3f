/**
 * Finds gazetteer names in one paragraph, on folded text, with Arabic proclitics
 * (و ف ب ك ل، and لل for ل + ال) allowed in front but kept out of the span.
 */
import type { EntityType } from '../model';
import { fold, foldWithMap, unfoldSpan } from '../text/normalize';
import { SEED_GAZETTEER, type GazetteerEntry } from './gazetteer';

export interface RawEntity {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly canonical: string;
}

interface CompiledName {
  readonly folded: string;
  readonly entry: GazetteerEntry;
}

function compile(entries: readonly GazetteerEntry[]): { names: Map<string, CompiledName[]>; pattern: RegExp } {
  const names = new Map<string, CompiledName[]>();
  const all: string[] = [];
  for (const entry of entries) {
    for (const name of [entry.canonical, ...entry.variants]) {
      const folded = fold(name).replace(/\s+/g, ' ');
      all.push(folded);
      const list = names.get(folded) ?? [];
      list.push({ folded, entry });
      names.set(folded, list);
      // ل + ال is written لل: للمرصد = ل + المرصد.
      if (folded.startsWith('ال')) {
        const merged = folded.slice(1);
        names.set('\u0000' + merged, [{ folded, entry }]);
        all.push(merged);
      }
    }
  }
  const alternatives = [...new Set(all)].sort((a, b) => b.length - a.length).map((s) => s.replace(/ /g, '\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])((?:و|ف)?(?:ب|ك|ل)?)(${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return { names, pattern };
}

const SEED = compile(SEED_GAZETTEER);

/** Entities named in `paragraph`. Offsets are the paragraph's own. */
export function findEntities(paragraph: string): RawEntity[] {
  const folded = foldWithMap(paragraph);
  const found: RawEntity[] = [];
  SEED.pattern.lastIndex = 0;
  for (let m = SEED.pattern.exec(folded.text); m; m = SEED.pattern.exec(folded.text)) {
    const [, clitics, nameRaw] = m;
    const name = nameRaw.replace(/\s+/g, ' ');
    // ل + ال is written لل (للمرصد): the span keeps the second lam, which stands for the article.
    const hits = SEED.names.get(name) ?? SEED.names.get('\u0000' + name);
    if (!hits) continue;
    const start = m.index + clitics.length;
    const span = unfoldSpan(paragraph, folded, start, m.index + m[0].length);
    found.push({ start: span.start, end: span.end, type: hits[0].entry.type, canonical: hits[0].entry.canonical });
  }
  return found;
}
