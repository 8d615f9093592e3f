/** Findings across articles: paragraphs shared with another article, and lines recurring in many. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, test } from 'node:test';
import { ArticleCorpus, LineIndex, analyzeArticle, crossArticleFindings, defaultOptions, displayName, parseOptions, type AnalysisOptions, type Finding } from '../../server/src/analysis';
import { requireShared } from '../support/paths';

const P1 = 'أعلن الدفاع المدني السوري اليوم الخميس أن السيول التي اجتاحت ريف حماة الشمالي غمرت 23 قرية وبلدة وأجبرت أكثر من 600 عائلة على مغادرة منازلها.';
const P2 = 'وكانت وزارة الزراعة قد حذرت الأسبوع الماضي من أن التربة المشبعة بالمياه لن تحتمل موجة جديدة من الأمطار الغزيرة في المنطقة.';
const P3 = 'وقدرت الوزارة الأضرار الأولية بنحو ثلاثة ملايين دولار فيما لا يقل عدد الهكتارات الزراعية المتضررة عن ألفي هكتار.';
const P4 = 'وفي العاصمة افتتح وزير الثقافة معرضا للكتاب يشارك فيه أكثر من ثلاثمئة ناشر من عشرين دولة عربية وأجنبية حتى نهاية الشهر.';

/** The cross-article findings of every article of `articles` (path → text), by path. */
function across(articles: Record<string, string>, options: AnalysisOptions = defaultOptions()): Record<string, Finding[]> {
  const corpus = new ArticleCorpus();
  for (const [p, text] of Object.entries(articles)) corpus.set(p, text);
  return Object.fromEntries(Object.entries(articles).map(([p, text]) => [p, crossArticleFindings(corpus, p, text, analyzeArticle(text, options), options)]));
}

suite('paragraph.cross-article', () => {
  test('a paragraph reused with small edits in another article is information pointing to it', () => {
    const reused = P1.replace('اليوم الخميس', 'الخميس').replace('وأجبرت', 'وأرغمت');
    const found = across({ 'file:///news/a.txt': `عنوان أول هنا\n${P1}\n${P2}\n`, 'file:///news/b%20copy.txt': `عنوان ثان هنا\n${P3}\n${reused}\n` });
    const [a] = found['file:///news/a.txt'];
    assert.equal(a.rule, 'paragraph.cross-article');
    assert.equal(a.severity, 'info');
    assert.match(a.message, /^This paragraph also stands in b copy\.txt, line 3 \(\d+ % of its wording\)\.$/);
    assert.deepEqual(a.fixes, [], 'information only: nothing to remove');
    assert.equal(a.related[0].path, 'file:///news/b%20copy.txt');
    const b = `عنوان ثان هنا\n${P3}\n${reused}\n`;
    assert.equal(b.slice(a.related[0].start, a.related[0].end), reused);
    assert.equal(found['file:///news/b%20copy.txt'][0].related[0].path, 'file:///news/a.txt');
  });

  test('several other articles: the closest first, all of them as related locations', () => {
    const found = across({ 'a.txt': `عنوان هنا\n${P1}\n`, 'b.txt': `عنوان هنا\n${P1}\n`, 'c.txt': `عنوان هنا\n${P2}\n${P1.replace('600', 'ستمئة')}\n` });
    const [a] = found['a.txt'];
    assert.match(a.message, /also stands in b\.txt, line 2 \(100 % of its wording\), and in 1 other article\./);
    assert.deepEqual(a.related.map((r) => r.path), ['b.txt', 'c.txt']);
  });

  test('distinct paragraphs, short lines and the article itself are not reported', () => {
    const found = across({ 'a.txt': `عنوان هنا\n${P1}\n${P2}\n${P1}\n`, 'b.txt': `عنوان هنا\n${P3}\n${P4}\nقال الوزير إن الوضع مستقر\n`, 'c.txt': `عنوان آخر\nقال الوزير إن الوضع مستقر\n` });
    assert.deepEqual(Object.values(found).flat(), []);
  });

  test('khabar.acrossArticles off, or the rule off, reports nothing', () => {
    const articles = { 'a.txt': `عنوان هنا\n${P1}\n`, 'b.txt': `عنوان هنا\n${P1}\n` };
    assert.deepEqual(Object.values(across(articles, parseOptions({ acrossArticles: false }).options)).flat(), []);
    assert.deepEqual(Object.values(across(articles, parseOptions({ rules: { 'paragraph.cross-article': 'off' } }).options)).flat(), []);
  });

  test('the Aleppo paragraph of the shared seed articles 000, 001 and 004', (t) => {
    const dir = requireShared(t, 'articles/seeds');
    if (!dir) return;
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const texts = Object.fromEntries(files.map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
    const found = across(texts);
    const lines = (name: string): string[] =>
      found[name].map((f) => `${new LineIndex(texts[name]).lineAt(f.start) + 1}→${f.related.map((r) => `${r.path?.slice(0, 3)}:${new LineIndex(texts[r.path ?? '']).lineAt(r.start) + 1}`).join(',')}`);
    assert.deepEqual(lines('000_a16d154d08792603.txt'), ['4→004:5,001:41'], 'line 10 is the article\'s own copy of line 4');
    assert.deepEqual(lines('001_677dbd5d2656fa72.txt'), ['41→004:5,000:4', '45→004:6', '49→004:7', '53→004:8', '57→004:9']);
    assert.deepEqual(lines('004_3770fb1b1770be7d.txt'), ['5→001:41,000:4', '6→001:45', '7→001:49', '8→001:53', '9→001:57']);
    assert.deepEqual([...found['002_3d92b1369c88c135.txt'], ...found['003_e7c410046469def3.txt']], []);
  });
});

suite('boilerplate.recurring-line', () => {
  const footer = 'وحدة التحقق من الأخبار في الموقع';
  const article = (body: string, extra = ''): string => `عنوان الخبر هنا\nالرياض - واس\n${body}\n${extra}${footer}\n`;

  test('a short body line found in three articles is proposed, with a fix that is not safe', () => {
    const found = across({ 'a.txt': article(P1), 'b.txt': article(P2), 'c.txt': article(P3), 'd.txt': `عنوان آخر\n${P4}\n` });
    const [a] = found['a.txt'];
    assert.equal(a.rule, 'boilerplate.recurring-line');
    assert.equal(a.message, 'This line recurs in 3 articles of the workspace: probably boilerplate. Remove it, or add it to the workspace boilerplate list.');
    assert.deepEqual(a.related.map((r) => r.path), ['b.txt', 'c.txt']);
    assert.equal(a.fixes[0].safe, false);
    assert.equal(article(P1).slice(a.start, a.end), footer);
    assert.deepEqual(found['d.txt'], []);
  });

  test('two articles are not many; headlines, bylines and lines holding a date are never proposed', () => {
    assert.deepEqual(Object.values(across({ 'a.txt': article(P1), 'b.txt': article(P2) })).flat(), []);
    const dated = 'الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس';
    const found = across({
      'a.txt': `عنوان مشترك للخبر\nالرياض - واس\n${dated}\n${P1}\n${P4}\n`,
      'b.txt': `عنوان مشترك للخبر\nالرياض - واس\n${dated}\n${P2}\n`,
      'c.txt': `عنوان مشترك للخبر\nالرياض - واس\n${dated}\n${P3}\n${P4}\n`,
    });
    assert.deepEqual(Object.values(found).flat().filter((f) => f.rule === 'boilerplate.recurring-line'), []);
    assert.deepEqual(found['a.txt'].map((f) => f.rule), ['paragraph.cross-article'], 'the shared body paragraph, not the dateline');
  });

  test('many articles raise the bar: half a percent of them, at least three', () => {
    const corpus = new ArticleCorpus();
    const text = (i: number): string => `عنوان رقم ${i}\nنص الخبر رقم ${i}.\n${i < 4 ? footer : ''}\n`;
    for (let i = 0; i < 1000; i++) corpus.set(`n${i}.txt`, text(i));
    const recurring = (): Finding[] => crossArticleFindings(corpus, 'n0.txt', text(0), analyzeArticle(text(0), defaultOptions()), defaultOptions());
    assert.deepEqual(recurring(), [], 'four of a thousand is not many');
    for (let i = 0; i < 400; i++) corpus.delete(`n${999 - i}.txt`);
    assert.equal(recurring().length, 1, 'four of six hundred are');
  });
});

suite('ArticleCorpus', () => {
  test('setting the same text again changes nothing; a change or removal moves the generation', () => {
    const corpus = new ArticleCorpus();
    assert.equal(corpus.set('a.txt', `عنوان\n${P1}\n`), true);
    const generation = corpus.generation;
    assert.equal(corpus.set('a.txt', `عنوان\n${P1}\n`), false);
    assert.equal(corpus.generation, generation);
    corpus.set('a.txt', `عنوان\n${P2}\n`);
    assert.ok(corpus.generation > generation);
    corpus.delete('a.txt');
    assert.equal(corpus.size, 0);
    assert.deepEqual(corpus.paths(), []);
  });

  test('an edited or removed article is no longer matched', () => {
    const corpus = new ArticleCorpus();
    corpus.set('a.txt', `عنوان\n${P1}\n`);
    corpus.set('b.txt', `عنوان\n${P1}\n`);
    const b = `عنوان\n${P1}\n`;
    assert.equal(crossArticleFindings(corpus, 'b.txt', b, analyzeArticle(b, defaultOptions()), defaultOptions()).length, 1);
    corpus.set('a.txt', `عنوان\n${P2}\n`);
    assert.equal(crossArticleFindings(corpus, 'b.txt', b, analyzeArticle(b, defaultOptions()), defaultOptions()).length, 0);
    for (let i = 0; i < 3000; i++) corpus.set(`t${i}.txt`, `عنوان\n${P3} ${i}\n`);
    for (let i = 0; i < 3000; i++) corpus.delete(`t${i}.txt`);
    corpus.set('a.txt', `عنوان\n${P1}\n`);
    assert.equal(crossArticleFindings(corpus, 'b.txt', b, analyzeArticle(b, defaultOptions()), defaultOptions()).length, 1, 'after the index was compacted');
  });

  test('never throws on random texts, and every span lies inside its own text', () => {
    const alphabet = ['ا', 'أ', 'ل', 'م', 'ة', 'ـ', 'َ', '3', ' ', ' ', '\n', '\r\n', '\u00a0', '.', '،', 'و', 'قال', 'الوزير', 'إن', '\ud83d'];
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const texts = Array.from({ length: 40 }, () => Array.from({ length: Math.floor(random() * 300) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    const corpus = new ArticleCorpus();
    texts.forEach((t, i) => corpus.set(`r${i % 25}.txt`, t));
    texts.forEach((t, i) => {
      for (const f of crossArticleFindings(corpus, `r${i % 25}.txt`, t, analyzeArticle(t, defaultOptions()), defaultOptions())) {
        assert.ok(f.start >= 0 && f.end <= t.length && f.start <= f.end);
        for (const r of f.related) assert.ok(r.end <= (corpus.articleAt(r.path ?? '')?.text.length ?? -1));
      }
    });
  });

  test('displayName is the last segment of a path or URI, decoded', () => {
    assert.equal(displayName('file:///work/news/%D8%AE%D8%A8%D8%B1.txt'), 'خبر.txt');
    assert.equal(displayName('C:\\news\\a.txt'), 'a.txt');
    assert.equal(displayName('bad%E0.txt'), 'bad%E0.txt');
  });
});
