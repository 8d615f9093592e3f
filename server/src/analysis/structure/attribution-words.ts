/**
 * The words that attribute speech in Arabic news, in folded form (أ إ آ → ا, ى → ي, ة → ه,
 * ؤ → و, ئ → ي): reporting verbs (قال، أضاف، أكد…), the participles that carry the
 * speaker of the sentence on (مضيفا، مشيرا…), the phrases that name a source (بحسب،
 * وفق، نقلا عن), and the words that end a speaker's name and title.
 */

export type Gender = 'm' | 'f' | 'p';

export type CueKind = 'verb' | 'participle' | 'source';

export interface Cue {
  readonly kind: CueKind;
  /** Who the verb agrees with, when it says; null for phrases such as بحسب. */
  readonly gender: Gender | null;
  /** How many words the cue takes (نقلا عن: 2). */
  readonly words: number;
}

const PAST = ['قال', 'اضاف', 'اكد', 'ذكر', 'اوضح', 'صرح', 'افاد', 'اعلن', 'اشار', 'تابع', 'اعتبر', 'شدد', 'لفت', 'كشف', 'حذر', 'ابلغ', 'نقل', 'تحدث', 'ختم', 'علق', 'اردف', 'زعم', 'استطرد', 'نوه', 'اقر', 'اعترف', 'طالب', 'هتف', 'غرد', 'اعرب', 'كتب', 'اورد', 'اختتم', 'ابان'];
/** Past forms whose last letter changes with the feminine and plural endings. */
const PAST_IRREGULAR: Record<string, readonly [string, string, string]> = {
  راي: ['راي', 'رات', 'راوا'],
  نفي: ['نفي', 'نفت', 'نفوا'],
  دعا: ['دعا', 'دعت', 'دعوا'],
  رد: ['رد', 'ردت', 'ردوا'],
};
const PRESENT: Record<string, Gender> = {
  يقول: 'm', تقول: 'f', يقولون: 'p', يضيف: 'm', تضيف: 'f', يوكد: 'm', توكد: 'f', يوكدون: 'p', يري: 'm', تري: 'f', يرون: 'p',
  يوضح: 'm', توضح: 'f', يشير: 'm', تشير: 'f', يذكر: 'm', تذكر: 'f', يعتبر: 'm', تعتبر: 'f', يتابع: 'm', تتابع: 'f',
};
const PARTICIPLES = ['قايل', 'مضيف', 'موكد', 'موضح', 'مشير', 'لافت', 'معتبر', 'مشدد', 'منوه', 'متابع', 'محذر', 'مبين', 'معرب', 'مستدرك', 'مطالب', 'كاشف', 'مردف', 'مختتم'];
/** Phrases after which the source is named: بحسب المرصد، وفق المرصد، نقلا عن مصدر، على لسان… */
const SOURCES: ReadonlyArray<readonly string[]> = [['بحسب'], ['حسب'], ['وفق'], ['وفقا'], ['طبقا'], ['نقلا', 'عن'], ['علي', 'لسان'], ['علي', 'حد', 'تعبير'], ['علي', 'حد', 'قول'], ['نسب', 'الي'], ['اقتبس']];

const VERBS = new Map<string, Gender>();
for (const verb of PAST) {
  VERBS.set(verb, 'm');
  VERBS.set(`${verb}ت`, 'f');
  VERBS.set(`${verb}وا`, 'p');
}
for (const [m, f, p] of Object.values(PAST_IRREGULAR)) {
  VERBS.set(m, 'm');
  VERBS.set(f, 'f');
  VERBS.set(p, 'p');
}
for (const [verb, gender] of Object.entries(PRESENT)) VERBS.set(verb, gender);
// بيّن only in forms that cannot be the preposition بين (between).
VERBS.set('بينت', 'f');
VERBS.set('بينوا', 'p');

const PARTICIPLE_FORMS = new Map<string, Gender>();
for (const p of PARTICIPLES) {
  PARTICIPLE_FORMS.set(`${p}ا`, 'm');
  PARTICIPLE_FORMS.set(`${p}ه`, 'f');
  PARTICIPLE_FORMS.set(`${p}ين`, 'p');
}

function withoutConjunction(word: string): string[] {
  return /^[وف]/.test(word) && word.length > 2 ? [word, word.slice(1)] : [word];
}

/** Verbs of saying that are also names (folded): طالب and أبان, and راي, which is Ray as well as رأى. */
const ALSO_NAMES = new Set(['طالب', 'ابان', 'راي']);

/** Whether a word (folded) is a verb of saying (أكد، وأضاف، تقول), never a name's word; not فرد (Fred, not ف + رد). */
export function isSpeechVerb(word: string): boolean {
  return (word.length > 3 ? withoutConjunction(word) : [word]).some((form) => VERBS.has(form) && !ALSO_NAMES.has(form));
}

/** Whether a word (folded) is a verb of saying that is also a name (طالب، وأبان، ورأى), which only its clause tells apart. */
export function isSpeechVerbOrName(word: string): boolean {
  return withoutConjunction(word).some((form) => ALSO_NAMES.has(form));
}

/** The cue that starts at word `i` of `words` (folded cores), if any. */
export function cueAt(words: readonly string[], i: number): Cue | null {
  for (const form of withoutConjunction(words[i])) {
    const verb = VERBS.get(form);
    if (verb) return { kind: 'verb', gender: verb, words: 1 };
    const participle = PARTICIPLE_FORMS.get(form);
    if (participle) return { kind: 'participle', gender: participle, words: 1 };
    for (const phrase of SOURCES) {
      if (phrase[0] !== form) continue;
      if (phrase.every((w, k) => k === 0 || words[i + k] === w)) return { kind: 'source', gender: null, words: phrase.length };
    }
  }
  return null;
}

/** إن، أن، بأن، إنه… : the speaker's name ends before them. */
const COMPLEMENTISERS = new Set(['ان', 'انه', 'انها', 'انهم', 'انهما', 'انني', 'اننا', 'بان', 'بانه', 'بانها', 'بانهم', 'لان', 'ما', 'بما', 'الي', 'عن']);
/** Words that start what the speaker said, where and when, rather than who they are. */
const ADJUNCTS = new Set([
  'عبر', 'خلال', 'امام', 'عقب', 'اثناء', 'ضمن', 'لدي', 'حين', 'عندما', 'بعد', 'قبل', 'منذ', 'علي', 'مع', 'اليوم', 'امس', 'غدا', 'الليله', 'صباح', 'مساء', 'ظهر', 'ليل',
  'يوم', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'ايضا', 'كذلك', 'بدوره', 'بدورها', 'بدورهم', 'من', 'ردا', 'تعليقا', 'حول', 'فيه', 'فيها', 'له', 'لها', 'لهم',
  'اول', 'الاسبوع', 'الشهر', 'مؤخرا', 'موخرا', 'سابقا', 'لاحقا',
  // What was said rather than who said it: the verbal nouns that are the object of أكد، ذكر (أكد الوزير أهمية …).
  'اهميه', 'ضروره', 'حرص', 'حرصه', 'استعداد', 'رفض', 'رفضه', 'دعم', 'التزام', 'عدم', 'وجود', 'بالاسم', 'ذلك', 'هذا', 'هذه',
  'حيث', 'حديثه', 'حديثها', 'كلمته', 'كلمتها', 'تصريحه', 'تصريحها', 'تصريحاته', 'بيانه', 'بيانها', 'قوله', 'قولها', 'بقوله', 'بقولها',
  // The writer speaking: قلت، قلنا.
  'قلت', 'وقلت', 'فقلت', 'قلنا', 'وقلنا', 'اقول', 'نقول',
  'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'قد', 'كان', 'كانت', 'ان', 'كونه', 'كونها', 'لكونه', 'لكونها',
]);
/** Pronouns and conjunctions with pronouns: never a speaker's name (ولكنها قالت …). */
export const PRONOUNS = new Set(['هو', 'هي', 'هم', 'هما', 'هن', 'انه', 'انها', 'لكنه', 'لكنها', 'ولكنه', 'ولكنها', 'لكنهم', 'ولكنهم', 'وهو', 'وهي', 'وهم', 'انا', 'نحن', 'انت']);
/** Relative pronouns: a verb after them describes a noun (التقرير الذي أكد …) rather than attributing speech. */
export const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي', 'والذي', 'والتي', 'والذين']);
/** Prepositions: a speaker's name never starts with one (وعن أهداف البحث …). */
export const PREPOSITIONS = new Set(['عن', 'وعن', 'في', 'وفي', 'من', 'ومن', 'علي', 'وعلي', 'الي', 'والي', 'مع', 'ومع', 'ب', 'ل', 'حول', 'وحول', 'بشان', 'وبشان', 'حيال', 'وفيما', 'فيما']);
/** Little words a speaker's name never ends with (… في سورية في). */
export const TRAILING_PARTICLES = new Set(['في', 'من', 'علي', 'الي', 'عن', 'مع', 'و', 'ب', 'ل', 'او', 'ثم']);
/** Clause openers that front the subject of a later verb: وكان قائد … ، … الأسدي، قال. */
export const FRONTING = new Set(['كان', 'وكان', 'كانت', 'وكانت', 'لكن', 'ولكن']);
/** After في: the medium or the moment of the statement, not part of a title (مدير الدفاع المدني في المحافظة). */
const MEDIUM_AFTER_FI = /^(?:بيان|تصريح|تصريحات|مؤتمر|موتمر|مقابله|حديث|تغريده|تدوينه|منشور|كلمه|خطاب|رساله|اتصال|لقاء|جلسه|وقت|ختام|اعقاب|سياق|معرض|رده|رد|حوار|ندوه|بيانها|بيانه|تقرير|تقريرها|تقريره|افتتاح|حفل|اجتماع|لقائه|لقائها|حين|اليوم|الوقت|صفحته|صفحتها|حسابه|حسابها|تسجيل|فيديو|شريط|الاثناء|اطار|ظل|نهايه|بدايه|مستهل|اواخر|اوايل|يوم|ساعه|وقتها|المقابل|المؤتمر|الموتمر)/;
/** Words with ل that name the medium the statement was made to (لوكالة، لصحيفة، للصحفيين). */
const TO_MEDIUM = /^(?:لـ|ل(?:وكال|صحيف|صحف|قنا|موقع|تلفزيون|اذاع|شبك|مجل|برنامج|مراسل|وسائل|ال?صحفي|ال?صحافي|ال?اعلامي|ل?صحافه|لصحف|لتلفزيون|لقناه|لموقع|لوكاله|لاذاعه|لمراسل|لمحطه|نظراي|نظير|زملاي|ل?حضور|ل?مشاركين|ل?زوار|انصار|مويدي|مناصري|ل?جمهور|ل?طلاب|ل?مواطنين))/;

/** Whether the speaker's name and title stop before this word (`next` is the word after it). */
export function endsSpeaker(word: string, next: string | undefined): boolean {
  if (COMPLEMENTISERS.has(word) || ADJUNCTS.has(word) || TO_MEDIUM.test(word) || RELATIVES.has(word)) return true;
  if (word === 'في' || word === 'وفي') return next === undefined || MEDIUM_AFTER_FI.test(next);
  return false;
}

/** Words that open a clause before its subject (لكن مدير المرصد تحدث…), stripped when the speaker comes before the verb. */
export const CLAUSE_OPENERS = new Set(['لكن', 'ولكن', 'وكان', 'كان', 'وكانت', 'كانت', 'قد', 'كما', 'فيما', 'بينما', 'حيث', 'ثم', 'و', 'بدوره', 'بدورها', 'من', 'جهته', 'جهتها', 'جانبه', 'جانبها', 'اما', 'واما']);
