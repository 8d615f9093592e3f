/**
 * The outline and the navigation that follows it: the seed articles' structure as the
 * issue states it, sections holding their paragraphs, quotations under their paragraph,
 * hard-wrapped paragraphs, the entity groups option, folding and selection ranges.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { suite, test } from 'node:test';
import { LineIndex, analyzeArticle, defaultOptions, foldingSpans, parseOptions, selectionSpans, type ArticleAnalysis, type OutlineNode } from '../../server/src/analysis';
import { readSample, requireShared } from '../support/paths';

const BODY = 'وقال المتحدث باسم الوزارة في مؤتمر صحفي عقده ظهر اليوم إن فرق الطوارئ ما زالت تعمل في المناطق المتضررة، وإن الأولوية لإجلاء العائلات.';

function seed(t: Parameters<typeof requireShared>[0], name: string): { text: string; analysis: ArticleAnalysis; line: (offset: number) => number } | null {
  const file = requireShared(t, `articles/seeds/${name}`);
  if (!file) return null;
  const text = fs.readFileSync(file, 'utf8');
  const index = new LineIndex(text);
  return { text, analysis: analyzeArticle(text, defaultOptions()), line: (offset) => index.lineAt(offset) + 1 };
}

/** Nodes as "kind line" (or "kind first-last" when a node spans lines), nested with indentation. */
function shape(nodes: readonly OutlineNode[], line: (offset: number) => number, depth = 0): string[] {
  return nodes.flatMap((n) => {
    const first = line(n.start);
    const last = line(Math.max(n.start, n.end - 1));
    return [`${'  '.repeat(depth)}${n.kind} ${first === last ? first : `${first}-${last}`}`, ...shape(n.children, line, depth + 1)];
  });
}

suite('outline of the seed articles', () => {
  test('003: ticker 1-17 one block, headline 19, dateline 22, sections 33 and 41 holding the paragraphs that follow', (t) => {
    const s = seed(t, '003_e7c410046469def3.txt');
    if (!s) return;
    const top = s.analysis.outline;
    assert.deepEqual(shape(top, s.line).filter((l) => !l.startsWith(' ')), [
      'boilerplate 1-17',
      'headline 19',
      'byline 21',
      'dateline 22',
      'paragraph 25',
      'paragraph 27',
      'paragraph 29',
      'paragraph 31',
      'section 33-39',
      'section 41-63',
    ]);
    const [first, second] = top.filter((n) => n.kind === 'section');
    assert.equal(first.name, 'هجوم من محورين');
    assert.deepEqual(first.children.map((c) => s.line(c.start)), [35, 37, 39]);
    assert.equal(second.name, 'استسلام في الرقة');
    assert.deepEqual(second.children.map((c) => `${c.kind} ${s.line(c.start)}`), [43, 45, 47, 49, 51, 53, 55, 57, 59, 61, 63].map((l) => `paragraph ${l}`));
    assert.equal(s.analysis.dateline?.value, '2017-10-14');
  });

  test('003: quotations sit under their paragraph, with their speakers', (t) => {
    const s = seed(t, '003_e7c410046469def3.txt');
    if (!s) return;
    const paragraph27 = s.analysis.outline.find((n) => n.kind === 'paragraph' && s.line(n.start) === 27);
    assert.deepEqual(paragraph27?.children.map((c) => c.kind), ['quote']);
    assert.match(paragraph27?.children[0].name ?? '', /^«وحدات من قواتنا المسلحة .*» — المصدر$/);
    const speakers = s.analysis.quotes.map((q) => `${s.line(q.start)} ${q.speaker?.inferred ? '~' : ''}${q.speaker?.text ?? '-'}`);
    assert.deepEqual(speakers, ['27 المصدر', '29 ~المصدر', '29 ~المصدر', '49 التحالف الدولي', '51 ~مسؤول محلي في محافظة الرقة', '51 ~مسؤول محلي في محافظة الرقة', '53 مدير المرصد السوري رامي عبد الرحمن']);
  });

  test('001: the headline is line 5, after the page header, the logo and the share prompt', (t) => {
    const s = seed(t, '001_677dbd5d2656fa72.txt');
    if (!s) return;
    const top = s.analysis.outline;
    assert.deepEqual(top.slice(0, 5).map((n) => `${n.kind} ${s.line(n.start)}`), ['boilerplate 1', 'boilerplate 2', 'boilerplate 3', 'headline 5', 'dateline 7']);
    assert.equal(top[3].name, 'ديلي ميل: بانسحاب الدواعش من حلب ومحاصرة الرقة.. دولة الخلافة تنهار');
  });

  test('002: no headline, and the outline says so rather than promoting the byline', (t) => {
    const s = seed(t, '002_3d92b1369c88c135.txt');
    if (!s) return;
    const [placeholder, byline] = s.analysis.outline;
    assert.deepEqual([placeholder.kind, placeholder.name, placeholder.start, placeholder.end], ['headline', 'No headline', 0, 0]);
    assert.deepEqual([byline.kind, byline.name, s.line(byline.start)], ['byline', 'دمشق - نور خوام', 1]);
    assert.equal(s.analysis.paragraphs.filter((p) => p.kind === 'headline').length, 0);
    const ar = analyzeArticle(s.text, defaultOptions('ar'));
    assert.equal(ar.outline[0].name, 'لا عنوان');
  });

  test('000 and 004: headline on line 1, paragraphs after it', (t) => {
    for (const name of ['000_a16d154d08792603.txt', '004_3770fb1b1770be7d.txt']) {
      const s = seed(t, name);
      if (!s) return;
      assert.equal(s.line(s.analysis.outline[0].start), 1);
      assert.equal(s.analysis.outline[0].kind, 'headline');
      assert.ok(s.analysis.outline.slice(1).every((n) => n.kind === 'paragraph' || n.kind === 'dateline'), name);
    }
  });
});

suite('outline', () => {
  test('a paragraph is named by its first words; a section by its title', () => {
    const text = `عنوان التقرير هنا\n\n${BODY}\n\nهجوم من محورين\n\n${BODY}`;
    const outline = analyzeArticle(text, defaultOptions()).outline;
    assert.equal(outline[1].name, 'وقال المتحدث باسم الوزارة في مؤتمر صحفي …');
    assert.equal(outline[2].name, 'هجوم من محورين');
  });

  test('a paragraph hard-wrapped over several lines is one entry, and it folds', () => {
    const wrapped = ['وقال المتحدث باسم الوزارة في مؤتمر صحفي عقده ظهر اليوم', 'إن فرق الطوارئ ما زالت تعمل في المناطق المتضررة من', 'السيول، وإن الأولوية لإجلاء العائلات من القرى المنخفضة.'].join('\n');
    const text = `عنوان الخبر هنا\n\n${wrapped}\n\n${BODY}`;
    const analysis = analyzeArticle(text, defaultOptions());
    const index = new LineIndex(text);
    const line = (o: number): number => index.lineAt(o) + 1;
    assert.deepEqual(shape(analysis.outline, line), ['headline 1', 'paragraph 3-5', 'paragraph 7']);
    assert.deepEqual(foldingSpans(analysis.outline).map((f) => `${f.kind} ${line(f.start)}-${line(f.end)}`), ['region 3-5', 'region 7-7']);
  });

  test('lines that each end a sentence are separate paragraphs, even without blank lines between', () => {
    const text = `عنوان الخبر هنا\n${BODY}\n${BODY.replace('الوزارة', 'الهيئة')}`;
    assert.deepEqual(analyzeArticle(text, defaultOptions()).outline.map((n) => n.kind), ['headline', 'paragraph', 'paragraph']);
  });

  test('folding: sections as regions, boilerplate blocks as comments', () => {
    const text = readSample('03-ticker-report.txt');
    const analysis = analyzeArticle(text, defaultOptions());
    const index = new LineIndex(text);
    const multiLine = foldingSpans(analysis.outline).filter((f) => index.lineAt(f.end) > index.lineAt(f.start));
    assert.deepEqual(multiLine.map((f) => [index.lineAt(f.start) + 1, index.lineAt(f.end) + 1, f.kind]), [[1, 5, 'comment'], [17, 21, 'region'], [23, 27, 'region']]);
  });

  test('selection grows from the words of a quotation to its sentence, paragraph, section and the article', () => {
    const paragraph = 'وتقدمت القوات من محورين. وقال المتحدث إن "القوات تتقدم بحذر من الشمال". ولم تعلن الخسائر.';
    const text = `عنوان التقرير هنا\n\n${BODY}\n\nهجوم من محورين\n\n${paragraph}\n\n${BODY}`;
    const analysis = analyzeArticle(text, defaultOptions());
    const spans = selectionSpans(analysis, text, text.indexOf('بحذر'));
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), [
      'القوات تتقدم بحذر من الشمال',
      '"القوات تتقدم بحذر من الشمال"',
      'وقال المتحدث إن "القوات تتقدم بحذر من الشمال".',
      paragraph,
      `هجوم من محورين\n\n${paragraph}\n\n${BODY}`,
      text,
    ]);
    const plain = selectionSpans(analysis, text, text.indexOf('الخسائر'));
    assert.equal(text.slice(plain[0].start, plain[0].end), 'ولم تعلن الخسائر.');
  });

  test('sentences do not end inside a quotation, at a decimal point or after a one-letter abbreviation', () => {
    const paragraph = 'وقال د. سامر إن "الوضع صعب. لكننا نعمل". وبلغت الميزانية 2.4 مليار.';
    const text = `عنوان الخبر هنا\n${paragraph}`;
    const analysis = analyzeArticle(text, defaultOptions());
    const sentence = (needle: string): string => {
      const spans = selectionSpans(analysis, text, text.indexOf(needle));
      const s = spans.find((x) => !analysis.quotes.some((q) => (q.start === x.start && q.end === x.end) || (q.content.start === x.start && q.content.end === x.end)));
      return s ? text.slice(s.start, s.end) : '';
    };
    assert.equal(sentence('سامر'), 'وقال د. سامر إن "الوضع صعب. لكننا نعمل".');
    assert.equal(sentence('مليار'), 'وبلغت الميزانية 2.4 مليار.');
  });

  test('entity groups, when the option asks for them: people, places and organisations with their mentions', () => {
    const text = readSample('01-flood-wire.txt');
    assert.ok(!analyzeArticle(text, defaultOptions()).outline.some((n) => n.kind === 'entities'), 'off by default');
    const { options } = parseOptions({ outline: { entities: true } });
    const analysis = analyzeArticle(text, options);
    const groups = analysis.outline.filter((n) => n.kind === 'entities');
    assert.ok(groups.length > 0);
    assert.deepEqual(
      analysis.outline.slice(-groups.length).map((n) => n.kind),
      groups.map(() => 'entities'),
      'the groups come after the article',
    );
    for (const group of groups) {
      const mentions = group.children.flatMap((e) => e.children);
      assert.match(group.name, /^(People|Places|Organisations) \(\d+\)$/);
      assert.equal(mentions.length, analysis.entities.filter((e) => e.type === group.entityType).length, 'every mention is listed once');
      for (const entity of group.children) {
        assert.equal(entity.kind, 'entity');
        assert.match(entity.name, / \(\d+\)$/);
        assert.ok(entity.children.every((m) => m.kind === 'mention' && text.slice(m.start, m.end).length > 0));
      }
    }
  });
});
