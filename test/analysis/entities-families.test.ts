/** Listed family names the model leaves out of a name, completed by a second reading (listed-families.ts). */
import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import type { GazetteerMatch } from '../../server/src/analysis/entities/gazetteer/index';
import { withListedFamilies } from '../../server/src/analysis/entities/listed-families';
import { LABEL_COUNT } from '../../server/src/analysis/entities/model/labels';
import { viterbi } from '../../server/src/analysis/entities/model/decode';
import { useTrainedRecogniser } from '../../server/src/analysis/entities/model/load';
import { tokenize } from '../../server/src/analysis/entities/tokens';
import { typed } from '../support/entities';


const match = (start: number, cls: GazetteerMatch['cls']): GazetteerMatch => ({ start, end: start + 1, prefix: 0, restored: false, cls, entry: null }) as GazetteerMatch;

/** The model's decoder with no transition scores: an I label only after a B or I of its class. */
const decode = (scores: Float64Array): Uint8Array => viterbi(scores, scores.length / LABEL_COUNT, new Float64Array(LABEL_COUNT * LABEL_COUNT));

/** Scores for `n` tokens, each with O at 10 and the given labels' scores set. */
function scoresOf(n: number, set: Record<number, Record<number, number>>): Float64Array {
  const s = new Float64Array(n * LABEL_COUNT).fill(-50);
  for (let t = 0; t < n; t++) s[t * LABEL_COUNT] = 10;
  for (const [t, labels] of Object.entries(set)) for (const [y, v] of Object.entries(labels)) s[+t * LABEL_COUNT + +y] = v;
  return s;
}

suite('entities: listed family names', () => {
  test('a family name alone after a verb of saying or a title is the person', () => {
    assert.deepEqual(typed('وأضاف الأحمري أن السوق تشهد ركودا هذا العام.'), ['الأحمري|person']);
    assert.deepEqual(typed('جاء ذلك دون استئذان الشيخ العثيم مما أغضب أسرته.'), ['العثيم|person']);
  });

  test('a listed given or family name the model never saw is a person as the speaker, after a verb of saying and before أن or إن', () => {
    assert.deepEqual(typed('وأوضح العواملة أن تراجع المؤشرات سيؤدي إلى نقص المساكن.'), ['العواملة|person']);
    assert.deepEqual(typed('وقال مصدر إن الحكومة قررت، وأكدت الصحيفة أن القرار نهائي.'), [], 'a common word in the same place is no one');
  });

  test('a listed given or family name right after a verb of saying is its subject whatever follows it, but not after بين (between) nor before a definite word', () => {
    assert.deepEqual(typed('وتوقع العواملة تزايد الأضرار الاقتصادية.'), ['العواملة|person']);
    assert.deepEqual(typed('وتوقع الأحمري تزايد الأضرار.'), ['الأحمري|person']);
    assert.deepEqual(typed('وأوضح أمين المنطقة أن العمل بدأ.'), [], 'an office before a definite word');
  });

  test('the one a report quotes, between عن or إلى and قوله, is a person', () => {
    assert.deepEqual(typed('ونقلت الوكالة عن قوطالي قوله إن المحادثات ستبدأ.'), ['قوطالي|person']);
    assert.deepEqual(typed('ونقلت الوكالة عن مصدر قوله إن المحادثات ستبدأ.'), [], 'a common word there is no one');
  });

  test("the last word of a listed person's name is the person right after a title (الرئيس مبارك), not where a title is a word", () => {
    assert.deepEqual(typed('وقال الرئيس مشرف إن الأردن شريك، وتناولت قمته مع الرئيس مبارك التعاون.'), ['مشرف|person', 'الأردن|place', 'مبارك|person']);
    assert.deepEqual(typed('ونقلت المريضة إلى مستشفى الملك فهد بالدمام، والله ولي التوفيق.'), ['مستشفى الملك فهد|organization', 'الدمام|place']);
    assert.deepEqual(typed('وقال الوزير الأول إن المصحف يعود إلى أواخر العهد العباسي.'), []);
  });

  test('a word no list or training holds is a person as the speaker, unless it is shaped as a plural, a verb or a pronoun', () => {
    assert.deepEqual(typed('وقال قوطالي إن الفريق جاهز للموسم.'), ['قوطالي|person']);
    assert.deepEqual(typed('وقال مستثمرون إن السوق هادئة، وقال معاليه إن العمل مستمر.'), []);
    assert.deepEqual(typed('وقالت بنجلادش إن البرنامج قائم.'), ['بنجلادش|place'], 'a country spelt as the press spells it is still a place');
  });

  test('the speaker may be followed by what leads to what was said: إلى، عن، خلال، الذي', () => {
    assert.deepEqual(typed('وأشار قوطالي إلى أن الاتفاق سيوقع قريبا.'), ['قوطالي|person']);
    assert.deepEqual(typed('وأوضح الصقعبي الذي يرأس اللجنة أن العمل بدأ.'), ['الصقعبي|person']);
    assert.deepEqual(typed('وأشار البيان إلى أن العمل بدأ، وقال مسؤول في الوزارة إن الخطة جاهزة.'), [], 'a common word there is no speaker, nor one before في');
    assert.deepEqual(typed('وأكد قوطالي في تصريح صحفي أن الفريق جاهز.'), ['قوطالي|person'], 'في and a statement');
    assert.deepEqual(typed('وقال قوطالي للصحفيين إن الفريق جاهز.'), ['قوطالي|person'], 'to the journalists');
    assert.deepEqual(typed('وقال قيادي في المقاومة إن الاشتباكات عنيفة.'), []);
  });

  test('more verbs bring a speaker (أعرب، طالب، توقع، دعا), and a word ending in «your» is none', () => {
    assert.deepEqual(typed('وأعرب قوطالي عن أمله في نجاح الموسم.'), ['قوطالي|person']);
    assert.deepEqual(typed('ورجّح قوطالي أن تكون الخسائر كبيرة.'), ['قوطالي|person'], 'رجّح with its shadda');
    assert.deepEqual(typed('يسرني أن أعرب لفخامتكم عن بالغ امتناني.'), []);
  });

  test('after a title, a listed name\'s last word is a person, a word in ي only when the model half agrees', () => {
    assert.deepEqual(typed('احتفل بزواج نجله المهندس خليل بكريمة فايز.'), ['خليل|person', 'فايز|person']);
    assert.deepEqual(typed('واعتماد الفريق العيناوي على الهجمات المرتدة.'), []);
    assert.deepEqual(typed('واحتفل المهندس خليل بزواجه، وفاز بوردو.'), ['خليل|person', 'بوردو|organization'], 'the raised reading ends before a word that fits no name');
  });

  test('a verb or a noun beside the family name stays out of it', () => {
    assert.deepEqual(typed('وأشاد الزهراني بالجودة العالية والشفافية.'), ['الزهراني|person']);
  });

  test('the second reading is taken where its other words were a person or a listed given name', () => {
    // A listed given name (B-PERS 9.5, O 10) and a listed family name (I-PERS 6): O O first, then B I with the family name raised.
    const scores = scoresOf(2, { 0: { 1: 9.5 }, 1: { 2: 6 } });
    assert.deepEqual([...decode(scores)], [0, 0]);
    const { labels, scores: weighed } = withListedFamilies(decode, scores, decode(scores), [match(0, 'firstName'), match(1, 'familyName')], [], '');
    assert.deepEqual([...labels], [1, 2]);
    assert.equal(weighed[LABEL_COUNT + 2], scores[LABEL_COUNT + 2] + 10, 'the raised score goes with the label');
    assert.equal(weighed[1], scores[1], 'the given name keeps its score');
  });

  test('a word that is no listed name and was no person keeps the family name out of its reading', () => {
    // The same, but token 0 is no listed name: the second reading would join it, and is refused.
    const scores = scoresOf(2, { 0: { 1: 9 }, 1: { 2: 5 } });
    const { labels } = withListedFamilies(decode, scores, decode(scores), [match(1, 'familyName')], [], '');
    assert.deepEqual([...labels], [0, 0]);
  });

  test('a name the first reading found is not cut, and a family name the lists also give another class is left alone', () => {
    // First reading: B-PERS I-PERS; the second, with token 1 raised, would start a new name there.
    const scores = scoresOf(2, { 0: { 1: 20 }, 1: { 1: 9, 2: 15 } });
    const first = Uint8Array.from([1, 2]);
    assert.deepEqual([...withListedFamilies(() => Uint8Array.from([1, 1]), scores, first, [match(1, 'familyName')], [], '').labels], [1, 2]);
    const alone = scoresOf(1, { 0: { 1: 5 } });
    assert.deepEqual([...withListedFamilies(decode, alone, decode(alone), [match(0, 'familyName')], [], '').labels], [1], 'raised, it is a name');
    const { labels } = withListedFamilies(decode, alone, decode(alone), [match(0, 'familyName'), match(0, 'city')], [], '');
    assert.deepEqual([...labels], [0], 'a family name that is also a city is not raised');
  });

  test('a speaker training saw in names is raised as one no list holds', () => {
    useTrainedRecogniser({ model: '', nameWords: 'قوطالي', commonWords: '' });
    try {
      const tokens = tokenize('وأضاف قوطالي أن');
      const scores = scoresOf(3, { 1: { 1: -20 } });
      assert.deepEqual([...withListedFamilies(decode, scores, decode(scores), [], tokens, 'وأضاف قوطالي أن').labels], [0, 1, 0]);
    } finally {
      useTrainedRecogniser(null);
    }
  });
});
