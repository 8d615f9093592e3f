/**
 * Matching a listed name tries every name its first word begins; a few first words begin hundreds
 * (علي, also the folded على; محمد; عبد), so for long lists the names are also kept by their second word,
 * and only those that can match before the next token are tried, in the list's order.
 */

/** What this needs of a listed name: its folded words. */
interface Named {
  readonly words: readonly string[];
}

/**
 * A long list's names by the word that must follow the first: for each second word, the one-word names and the
 * names with that second word; `alone` for any other next word. Each keeps the list's order, which decides
 * between equal matches and the order of the matches found.
 */
export interface NextWords<N> {
  readonly bySecond: ReadonlyMap<string, readonly N[]>;
  readonly alone: readonly N[];
}

/** Lists shorter than this are tried name by name. */
const LONG_LIST = 8;
/** NextWords per list, built once for all the words whose readings begin it (علي، وعلي، لعلي). */
const nextWordsOf = new WeakMap<readonly Named[], NextWords<Named>>();

export function byNextWord<N extends Named>(names: readonly N[]): NextWords<N> | null {
  if (names.length < LONG_LIST) return null;
  let next = nextWordsOf.get(names) as NextWords<N> | undefined;
  if (!next) {
    const alone: N[] = [];
    const bySecond = new Map<string, N[]>();
    for (const name of names) {
      if (name.words.length === 1) {
        alone.push(name);
        for (const list of bySecond.values()) list.push(name);
        continue;
      }
      const list = bySecond.get(name.words[1]);
      if (list) list.push(name);
      else bySecond.set(name.words[1], [...alone, name]);
    }
    next = { bySecond, alone };
    nextWordsOf.set(names, next);
  }
  return next;
}
