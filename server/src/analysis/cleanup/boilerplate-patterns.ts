/**
 * What web page furniture looks like once a page is saved as text. Patterns match the
 * folded form of a whole line (see text/normalize.ts: أ إ آ → ا, ة → ه, ى → ي), so
 * «اقرأ أيضا» and its common misspelling «أقرأ أيضا» are one pattern.
 */

export type BoilerplateKind =
  | 'share-prompt'
  | 'logo'
  | 'advert'
  | 'read-also'
  | 'related'
  | 'comment-prompt'
  | 'ticker'
  | 'section-label'
  | 'page-header';

interface LinePattern {
  readonly kind: BoilerplateKind;
  readonly pattern: RegExp;
  /** The lines after this one that look like headlines belong to the same block. */
  readonly opensBlock?: boolean;
}

const SOCIAL = '(?:فيسبوك|فيس بوك|تويتر|اكس|واتساب|الواتساب|واتس اب|تلغرام|تليجرام|تيليجرام|يوتيوب|انستغرام|انستجرام|لينكدان|facebook|twitter|whatsapp|telegram|youtube|instagram|x)';

const PATTERNS: readonly LinePattern[] = [
  { kind: 'logo', pattern: /^(?:logo|شعار|الشعار)$/ },
  { kind: 'advert', pattern: /^(?:اعلان|اعلانات|مساحه اعلانيه|advertisement|advert|ads?|sponsored)$/ },
  { kind: 'share-prompt', pattern: new RegExp(`^(?:اشترك|اشتركوا|اشترك الان|تابعنا|تابعونا|تابعوا|انضم|انضموا|شارك|شاركها|شاركوا|انشر)(?: .{0,60})?$`) },
  { kind: 'share-prompt', pattern: new RegExp(`^(?:${SOCIAL}|طباعه|ارسال|مشاركه|حفظ|نسخ الرابط|share|print|email)(?: ${SOCIAL})*$`) },
  { kind: 'read-also', pattern: /^(?:اقرا|اقرئي|اقراوا|طالع|شاهد|اقرا المزيد) (?:ايضا|كذلك|المزيد)(?:\s.*|[:：-].*)?$/ },
  { kind: 'read-also', pattern: /^(?:اقرا ايضا|اقرا كذلك|للمزيد)\s*[:：-]/ },
  { kind: 'related', pattern: /^(?:قد يهمك(?: ايضا)?|قد يعجبك(?: ايضا)?|اخبار ذات صله|مواضيع ذات صله|مقالات ذات صله|ذات صله|الاكثر قراءه|الاكثر مشاهده|الاكثر تداولا|اخترنا لك|مواضيع متعلقه)\s*[:：]?$/, opensBlock: true },
  { kind: 'comment-prompt', pattern: /^(?:ارسل تعليقك|اضف تعليق|اضف تعليقك|اترك تعليقا|التعليقات|تعليقات|شارك برايك|علق)\s*[:：]?$/ },
  { kind: 'ticker', pattern: /^(?:احدث الاخبار|اخر الاخبار|عاجل|شريط الاخبار|الاخبار العاجله)\s*[:：]?$/, opensBlock: true },
  { kind: 'ticker', pattern: /^[•·●▪◦*-]?\s*\d{1,2}:\d{2}\s*[.\-–:]?\s+.+(?:المزيد|more)\s*$/ },
  {
    kind: 'section-label',
    pattern: /^(?:الحدث العربي والدولي|عربي ودولي|عربي و دولي|اخبار عربيه|اخبار دوليه|اخبار محليه|محليات|دوليات|عربيات|اقتصاد|رياضه|منوعات|سياسه|ثقافه|فن|فنون|صحه|تكنولوجيا|علوم|الرئيسيه|الصفحه الرئيسيه|اخبار|اخبار عاجله|تقارير|مقالات|راي|اراء)$/,
  },
];

/** A line that looks like a headline in a related-headlines or ticker block. */
const HEADLINE_LIKE = /^[^.!?؟]{2,160}$/;

export function matchBoilerplate(foldedLine: string): { kind: BoilerplateKind; opensBlock: boolean } | null {
  const line = foldedLine.trim().toLowerCase();
  for (const p of PATTERNS) {
    if (p.pattern.test(line)) return { kind: p.kind, opensBlock: p.opensBlock === true };
  }
  return null;
}

export function looksLikeHeadline(foldedLine: string): boolean {
  const line = foldedLine.trim();
  return HEADLINE_LIKE.test(line) && line.split(/\s+/).length <= 20;
}
