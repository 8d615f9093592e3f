// Data for cleanup.eval.mjs: what the issue says the shared seed articles hold (1-based
// lines), and how the generated benchmark injects copies, edited copies and web
// boilerplate into real articles. The boilerplate templates below were written by the
// author of the patterns, so the generated boilerplate recall is optimistic; the seeds'
// boilerplate is real scraped chrome.

/** Expected findings per seed article. Boilerplate lines include lines of no-break spaces only. */
export const SEEDS = {
  '000_a16d154d08792603.txt': { duplicate: [10, 11, 12, 13, 14, 15], near: [], boilerplate: [] },
  '001_677dbd5d2656fa72.txt': { duplicate: [8], near: [], boilerplate: [1, 2, 3, 11, 13, 17, 21, 25, 32, 36, 43, 47, 51, 55] },
  '002_3d92b1369c88c135.txt': { duplicate: [], near: [], boilerplate: [4, 7, 10, 11, 12, 13] },
  '003_e7c410046469def3.txt': { duplicate: [], near: [], boilerplate: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] },
  '004_3770fb1b1770be7d.txt': { duplicate: [], near: [], boilerplate: [] },
};

/** Paragraphs the seeds share across articles (reused wire copy), as unordered pairs of "seed:line". */
export const SEED_CROSS = [
  ['000:4', '001:41'],
  ['000:4', '004:5'],
  ['001:41', '004:5'],
  ['001:45', '004:6'],
  ['001:49', '004:7'],
  ['001:53', '004:8'],
  ['001:57', '004:9'],
];

const SOCIAL = ['تويتر', 'فيسبوك', 'الواتساب', 'تلغرام', 'يوتيوب', 'إنستغرام', 'سناب شات'];

/** Web chrome, one template a line; `title()` is a headline of another article, `pick()` chooses. */
export const BOILERPLATE_TEMPLATES = [
  ({ title }) => [`اقرأ أيضاً: ${title()}`],
  ({ title }) => [`أقرأ أيضا ${title()}`],
  ({ title }) => [`إقرأ أيضا: ${title()}`],
  ({ title, int }) => ['قد يهمك أيضا', ...Array.from({ length: 2 + int(3) }, () => title())],
  ({ title, int }) => ['أخبار ذات صلة', ...Array.from({ length: 2 + int(2) }, () => title())],
  ({ title, int }) => {
    const lines = ['أحدث الأخبار'];
    for (let i = 0; i < 3 + int(4); i++) lines.push(`  • ${String(7 + int(14)).padStart(2, '0')}:${String(int(60)).padStart(2, '0')} . ${title()}... المزيد`);
    return lines;
  },
  ({ pick }) => [`اشترك في خدمة ${pick(SOCIAL)}`],
  ({ pick }) => [`تابعونا على ${pick(SOCIAL)}`],
  ({ pick }) => [`انضموا إلى قناتنا على ${pick(SOCIAL)}`],
  () => ['LOGO'],
  () => ['إعلان'],
  () => ['أرسل تعليقك'],
  () => ['التعليقات'],
  () => ['شارك الخبر'],
  () => ['اقرأ المزيد'],
  () => ['جميع الحقوق محفوظة © 2015'],
  () => ['// انتهى //'],
  () => ['\u00a0'],
  () => [' \u00a0 '],
  () => ['كلمات دلالية', 'السعودية، الرياض، التعليم'],
];

/** Chrome the built-in patterns were not written for: measured as it comes, and reported apart. */
export const NOVEL_TEMPLATES = [() => ['شاهد الصور'], () => ['حمّل تطبيقنا على أندرويد وآيفون'], () => ['انقر هنا لمشاهدة الفيديو'], () => ['طباعة الصفحة']];

/** Section labels stand above the article, where pages print them. */
export const SECTION_LABELS = ['محليات', 'اقتصاد', 'رياضة', 'عربي ودولي', 'منوعات'];

/** Spellings an exact copy may come back with: they must not hide it. */
export const RESPELL = [
  (t) => t.replace(/ا(?=[^\s]{2})/g, (m, i) => (i % 4 === 0 ? 'أ' : m)),
  (t) => t.replace(/([بتثجحخسشصضطظعغفقكلمنهي])(?=[^\s])/g, (m, c, i) => (i % 5 === 0 ? `${c}ـ` : m)),
  (t) => t.replace(/([بتلمن])(?=[^\s])/g, (m, c, i) => (i % 6 === 0 ? `${c}َ` : m)),
  (t) => t.replace(/ /g, (m, i) => (i % 3 === 0 ? '\u00a0' : m)),
  (t) => t.replace(/ /g, (m, i) => (i % 4 === 0 ? '  ' : m)),
  (t) => t.replace(/[.،]\s*$/, '').replace(/،/g, ','),
  (t) => `${t.replace(/\.$/, '')}.`.replace(/ة(?=\s)/g, 'ه'),
];
