/**
 * The other spellings the press gives a listed name, which folding does not join: ئ for ؤ
 * (الشئون), and عبد joined to or apart from a name of God (عبدالله، عبد الله).
 */

/**
 * A name with ؤ after a consonant is also written with ئ in Egyptian house style (الشؤون and
 * الشئون, مسؤول and مسئول, رؤوف and رئوف): both spellings of a listed name are listed.
 */
export function withHamzaOnYa(names: readonly string[]): readonly string[] {
  const variants = names.filter((n) => n.includes('ؤ')).map((n) => n.replace(/ؤ/g, 'ئ'));
  return variants.length ? [...names, ...variants] : names;
}

/**
 * The other way the press writes عبد + a name of God in a listed name: joined (علي عبدالله صالح) where
 * the list spaces it (علي عبد الله صالح), spaced where the list joins it (عبدالعزيز → عبد العزيز); null if
 * the name holds none. Every عبد of the name is turned the same way (عبد الله بن عبد العزيز → عبدالله بن عبدالعزيز).
 */
export function abdSpelling(words: readonly string[]): string[] | null {
  const out: string[] = [];
  let changed = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w === 'عبد' && k + 1 < words.length) {
      out.push(w + words[++k]);
      changed = true;
    } else if ((w.startsWith('عبدال') && w.length > 6) || w === 'عبدربه') {
      out.push('عبد', w.slice(3));
      changed = true;
    } else out.push(w);
  }
  return changed ? out : null;
}
