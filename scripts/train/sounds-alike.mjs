// Whether an Arabic place name and the English name beside it could be one name: Wikidata
// sometimes gives a city the Arabic label of another item with the same English name
// (طيور for Aves, جبل for Dutse, كوبنهاغن for Kobe). Both names are reduced to rough
// consonant classes (b/p, t/d, s/z/sh, k/g/q/j/kh, f, l, m, n, r), vowels, v, w, y, h and
// ʿayn left out, and compared by their longest common subsequence.
const ARABIC = {
  ب: 'b', پ: 'b', ت: 't', ث: 't', ط: 't', د: 't', ذ: 't', ض: 't',
  ج: 'k', چ: 'k', خ: 'k', غ: 'k', ق: 'k', ك: 'k', گ: 'k',
  ز: 's', س: 's', ش: 's', ص: 's', ظ: 's',
  ف: 'f', ڤ: 'f', ل: 'l', م: 'm', ن: 'n', ر: 'r',
};

const collapse = (s) => s.replace(/(.)\1+/g, '$1');

function arabicSkeleton(name) {
  // تش is one sound (Sochi); و may be a v, and is left out like English v and w.
  const words = name.split('،')[0].replace(/تش/g, 'ش').split(' ').map((w) => w.replace(/^ال/, ''));
  return collapse([...words.join('')].map((c) => ARABIC[c] ?? '').join(''));
}

function englishSkeleton(name) {
  const s = name.split(',')[0].normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/c(?=[eiy])/g, 's').replace(/ph/g, 'f').replace(/th/g, 't').replace(/sh|ch/g, 's').replace(/kh|gh/g, 'k').replace(/x/g, 'ks')
    .replace(/[^a-z]/g, '');
  return collapse(s.replace(/p/g, 'b').replace(/d/g, 't').replace(/z/g, 's').replace(/[cqgj]/g, 'k').replace(/[aeiouywhv]/g, ''));
}

function commonLength(a, b) {
  let prev = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = [0];
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    prev = row;
  }
  return prev[b.length];
}

/** 0 (nothing alike) to 1 (same consonants in the same order); 1 when either name has no consonant to compare. */
export function soundsAlike(arabic, english) {
  const a = arabicSkeleton(arabic);
  const b = englishSkeleton(english);
  if (!a.length || !b.length) return 1;
  return commonLength(a, b) / Math.max(a.length, b.length);
}
