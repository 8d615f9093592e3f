/**
 * What web page furniture looks like once a page is saved as text. Patterns match the
 * folded form of a whole line (see text/normalize.ts: أ إ آ → ا, ة → ه, ى → ي), so
 * «اقرأ أيضا» and its common misspelling «أقرأ أيضا» are one pattern.
 *
 * Each pattern names what makes the line furniture, not just how it starts: a verb such as
 * «شارك» or «انضم» also opens real sentences («شارك الوزير في الافتتاح»), so a prompt must
 * also name a channel, a page or the article itself.
 */
import { foldNonAscii } from './user-patterns';
import { fold } from '../text/normalize';

export type BoilerplateKind =
  | 'share-prompt'
  | 'logo'
  | 'advert'
  | 'read-also'
  | 'related'
  | 'comment-prompt'
  | 'ticker'
  | 'section-label'
  | 'page-header'
  | 'navigation'
  | 'copyright'
  | 'wire-marker'
  | 'tags'
  | 'custom';

interface LinePattern {
  readonly kind: BoilerplateKind;
  readonly pattern: RegExp;
  /** The lines after this one that look like headlines belong to the same block. */
  readonly opensBlock?: boolean;
}

const SOCIAL = '(?:فيسبوك|فيس بوك|تويتر|اكس|واتساب|الواتساب|واتس اب|الواتس اب|تلغرام|تليجرام|تيليجرام|التلغرام|يوتيوب|انستغرام|انستجرام|انستقرام|سناب شات|سناب|تيك توك|لينكدان|facebook|twitter|whatsapp|telegram|youtube|instagram|snapchat|tiktok|x)';
/** What a share or subscribe prompt invites to: a network, a channel, a newsletter, an app, this page. */
const CHANNEL = `(?:${SOCIAL}|قناتنا|قنواتنا|خدمتنا|نشرتنا|النشره البريديه|القائمه البريديه|بريدك|صفحتنا|حسابنا|حساباتنا|موقعنا|تطبيقنا|منصاتنا|الاخبار العاجله|اخر الاخبار|اخبارنا)`;
const PROMPT_VERB = '(?:اشترك|اشتركي|اشتركوا|للاشتراك|تابع|تابعي|تابعنا|تابعونا|تابعوا|لمتابعه|انضم|انضموا|للانضمام|شارك|شاركي|شاركها|شاركوا|انشر|انشروا)';

/** The words that head a page's list of tags, in plain spelling: a line of their own, or glued to a paragraph's end (tagTail). */
const TAG_HEADINGS = 'كلمات دلالية|الكلمات الدلالية|كلمات مفتاحية|الكلمات المفتاحية|وسوم|الوسوم';

const WRITTEN: readonly LinePattern[] = [
  { kind: 'logo', pattern: /^(?:logo|شعار|الشعار)$/ },
  { kind: 'advert', pattern: /^(?:اعلان|اعلانات|مساحه اعلانيه|اعلان ممول|محتوي ممول|محتوي مدعوم|advertisement|advert|ads?|sponsored)$/ },
  { kind: 'share-prompt', pattern: new RegExp(`^${PROMPT_VERB}(?: [^.!?؟]{0,70})? ${CHANNEL}(?: [^.!?؟]{0,50})?[.!]?$`) },
  { kind: 'share-prompt', pattern: new RegExp(`^(?:${SOCIAL}|طباعه|ارسال|مشاركه|حفظ|نسخ الرابط|شارك|share|print|email)(?:\\s*[|/،,-]?\\s*${SOCIAL})*\\s*:?$`) },
  { kind: 'share-prompt', pattern: new RegExp(`^(?:شارك|شاركي|شاركوا|انشر|انشروا|ارسل) (?:الخبر|المقال|الموضوع|الرابط)(?: (?:عبر|على|في|مع) .{0,40})?$`) },
  { kind: 'share-prompt', pattern: /^(?:حمل|حملوا|لتحميل|نزل|نزلوا) (?:تطبيق|التطبيق)(?: .{0,60})?$/ },
  { kind: 'read-also', pattern: /^(?:اقرا|اقرئي|اقراوا|طالع|طالعوا|شاهد|شاهدوا|اقرا المزيد) (?:ايضا|كذلك|المزيد)(?:\s.*|[:：-].*)?$/ },
  { kind: 'read-also', pattern: /^(?:اقرا ايضا|اقرا كذلك|للمزيد)\s*[:：-]/ },
  { kind: 'read-also', pattern: /^(?:\.{2,3}|…)?\s*(?:المزيد|اقرا المزيد|اقرا التفاصيل|التفاصيل|للمزيد|more|read more)\s*(?:\.{2,3}|…|>>|»)?$/ },
  { kind: 'related', pattern: new RegExp(`^(?:قد يهمك(?: ايضا)?|قد يعجبك(?: ايضا)?|اخبار ذات صله|مواضيع ذات صله|مقالات ذات صله|روابط ذات صله|اخبار متعلقه|ذات صله|الاكثر قراءه|الاكثر مشاهده|الاكثر تداولا|اخترنا لك|مواضيع متعلقه|${TAG_HEADINGS}|tags)\\s*[:：]?$`), opensBlock: true },
  { kind: 'comment-prompt', pattern: /^(?:ارسل تعليقك|اضف تعليق|اضف تعليقا|اضف تعليقك|اترك تعليقا|التعليقات|تعليقات|شارك برايك|علق|اكتب تعليقك)\s*[:：]?(?:\s*\(?\d+\)?)?$/ },
  { kind: 'comment-prompt', pattern: /^(?:[\w.+-]+@[\w.-]+\s*)?للتواصل مع الكاتب(?:\s.{0,140})?$/ },
  { kind: 'comment-prompt', pattern: /^\d{4,6}\s*-\s*(?:stc|mobily|zain|موبايلي|زين|الاتصالات)$/ },
  { kind: 'ticker', pattern: /^(?:احدث الاخبار|اخر الاخبار|عاجل|شريط الاخبار|الاخبار العاجله)\s*[:：]?$/, opensBlock: true },
  { kind: 'ticker', pattern: /^[•·●▪◦*-]?\s*\d{1,2}:\d{2}\s*[.\-–:]?\s+.+(?:المزيد|more)\s*$/ },
  {
    kind: 'section-label',
    pattern: /^(?:الحدث العربي والدولي|عربي ودولي|عربي و دولي|اخبار عربيه|اخبار دوليه|اخبار محليه|محليات|دوليات|عربيات|اقتصاد|رياضه|منوعات|سياسه|ثقافه|فن|فنون|صحه|تكنولوجيا|علوم|الرئيسيه|الصفحه الرئيسيه|اخبار|اخبار عاجله|تقارير|مقالات|راي|اراء)$/,
  },
  { kind: 'navigation', pattern: /^(?:next|previous|next previous|previous next|السابق|التالي|السابق التالي|التالي السابق|العوده للاعلي|الي الاعلي|للاعلي|انقر هنا|اضغط هنا|اضغط هنا للمزيد|للمزيد اضغط هنا|اضغط هنا لمشاهده الفيديو|شاهد الفيديو|شاهد بالفيديو)$/ },
  { kind: 'navigation', pattern: /^(?:الرئيسيه|الصفحه الرئيسيه|home)\s*[>»›/]/ },
  { kind: 'copyright', pattern: /^(?:©|\(c\)|copyright|جميع الحقوق محفوظه|جميع حقوق النشر محفوظه|حقوق النشر محفوظه|حقوق الطبع محفوظه|all rights reserved)(?:\s.{0,80})?$/ },
  { kind: 'copyright', pattern: /^.{0,60}(?:©|جميع الحقوق محفوظه|all rights reserved).{0,30}$/ },
  { kind: 'wire-marker', pattern: /^(?:\/{1,2}|-{1,2}|\(|\[)\s*(?:انتهي|يتبع|النهايه|end|more)\s*(?:\/{1,2}|-{1,2}|\)|\])$/ },
  { kind: 'wire-marker', pattern: /^\d{1,2}:\d{2}\s*(?:ت م|ت\.م|ت\. م|بتوقيت مكه(?: المكرمه)?)$/ },
];

/** Patterns are written in plain spelling and folded here, so «الرئيسية» matches as its folded line «الرييسيه» does. */
const PATTERNS: readonly LinePattern[] = WRITTEN.map((p) => ({ ...p, pattern: new RegExp(foldNonAscii(p.pattern.source), p.pattern.flags) }));

/**
 * A line that looks like a headline in a related-headlines block: short, and not ending a
 * sentence with a full stop (headlines do use «..» and end in «؟» or «!»).
 */
const HEADLINE_LIKE = /^.{2,160}$/;
const SENTENCE_END = /(?:^|[^.])\.["»”’)]*$/;
/** Furniture is short: a longer line is running text whatever it starts with. */
const MAX_LENGTH = 250;

export function matchBoilerplate(foldedLine: string): { kind: BoilerplateKind; opensBlock: boolean } | null {
  const line = foldedLine.trim().replace(/[\s\u00a0]+/g, ' ').toLowerCase();
  if (line.length > MAX_LENGTH) return null;
  for (const p of PATTERNS) {
    if (p.pattern.test(line)) return { kind: p.kind, opensBlock: p.opensBlock === true };
  }
  return null;
}

export function looksLikeHeadline(foldedLine: string): boolean {
  const line = foldedLine.trim();
  return HEADLINE_LIKE.test(line) && !SENTENCE_END.test(line) && line.split(/\s+/).length <= 15;
}

/**
 * A page's list of tags saved on the end of its last paragraph (… وفق الخطط المعتمدة. سمات إصابة اليمن مقذوف نجران): the
 * word that heads tags (سمات، الوسوم، كلمات دلالية) right after a sentence's end, then up to 20 words to the paragraph's end
 * with no punctuation and no function word, as tags are names and nouns: «سمات الغضب بادية على وجهه» is a sentence.
 */
const TAG_TAIL = new RegExp(`(?<=[.!?؟»"”)]) *(?:سمات|${TAG_HEADINGS}) *:? +((?:[^\\s.!?؟،,:;«»"“”()]+ +){0,19}[^\\s.!?؟،,:;«»"“”()]+) *$`, 'u');
/** Function words (folded) that a sentence has and a list of tags does not. */
const SENTENCE_WORDS = new Set('في من علي الي عن ان هو هي هذا هذه الذي التي كان قد لا لم ما مع او ثم'.split(' '));

/** Where a list of tags glued to the end of `text` begins (its heading word) and where its removal begins (the spaces before), or null. */
export function tagTail(text: string): { start: number; cut: number } | null {
  if (!text.includes('سمات') && !text.includes('وسوم') && !text.includes('كلمات')) return null;
  const m = TAG_TAIL.exec(text);
  if (!m || fold(m[1]).split(/\s+/).some((w) => SENTENCE_WORDS.has(w))) return null;
  return { start: m.index + m[0].length - m[0].trimStart().length, cut: m.index };
}
