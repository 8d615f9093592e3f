/** What a review of the Saudi news sample found wrong in the press (newspapers, magazines, channels, news sites), each with the everyday reading kept apart. */
import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { analyzeArticle, defaultOptions } from '../../server/src/analysis';
import { analysed, typed } from '../support/entities';

suite('entities in news text: press', () => {
  test('a date word inside a listed name belongs to the name, and is not a date', () => {
    const text = 'قال مصدر لـ«المصري اليوم» إن الوفد وصل اليوم.';
    const found = analyzeArticle(text, defaultOptions());
    assert.deepEqual(found.entities.map((e) => `${e.text}|${e.type}`), ['المصري اليوم|organization']);
    assert.deepEqual(found.dates.map((d) => d.start), [text.lastIndexOf('اليوم')]);
  });

  test('the news outlets of the Saudi press are organisations after صحيفة, in quotes after بصحيفة and between a dateline\'s dashes; the everyday word alone is not', () => {
    assert.deepEqual(typed('رابط الخبر بصحيفة الوئام: قال بصحيفة «الحياة» إن الوئام بين الناس مهم.'), ['الوئام|organization', 'الحياة|organization']);
    const dateline = analysed('عبدالله البرقاوي- سبق- الرياض: قال مصدر إن الوفد سبق أن زار المدينة.');
    assert.deepEqual(dateline.map((e) => `${e.text}|${e.type}|${e.canonical}`), ['عبدالله البرقاوي|person|عبدالله البرقاوي', 'سبق|organization|صحيفة سبق', 'الرياض|place|الرياض']);
    assert.deepEqual(typed('سبق ـ القاهرة: قال مصدر إن الوفد سبق ـ كما قيل ـ الجميع.'), ['سبق|organization', 'القاهرة|place']);
  });

  test('a channel named in quotes after قناة is an organisation, listed or not', () => {
    assert.deepEqual(typed('قال المتحدث لقناة «المرقاب» إن قناة "الإخبارية" نقلت الحدث.'), ['المرقاب|organization', 'الإخبارية|organization']);
  });

  test('a newspaper or a magazine named in quotes after its head is one, listed or not, without a country quoted with it; the paper quoting a word is not', () => {
    assert.deepEqual(typed("وقالت صحيفة ' ' لانس ' ' إن مجلة «جاما» وصحيفة “ديلي ميل البريطانية” نشرت ذلك."), ['لانس|organization', 'جاما|organization', 'ديلي ميل|organization']);
    assert.deepEqual(typed('وكتبت الصحيفة أن «الأزمة» انتهت.'), []);
  });

  test('a listed paper in brackets is the paper; a city in brackets stays a city', () => {
    assert.deepEqual(typed('وأوضح لـ(عكاظ) أن مصادر (الجزيرة) أكدت ذلك.'), ['عكاظ|organization', 'الجزيرة|organization']);
    assert.deepEqual(typed('وصل الوفد إلى العاصمة (باريس) أمس.'), ['باريس|place']);
  });

  test('a listed newspaper named in quotes is the newspaper wherever it stands, but not a market', () => {
    assert.deepEqual(typed('وعلمت "الوطن" أن الوزارة بدأت، وقال في حوار مع «الشرق الأوسط» إن الوضع صعب.'), ['الوطن|organization', 'الشرق الأوسط|organization']);
    assert.deepEqual(typed('وزار الوفد سوق «عكاظ» أمس.').filter((e) => e.endsWith('organization')), []);
    assert.deepEqual(typed('وأضاف مصدر لـ»المدينة» أن السوق يعاني، وزار الوفد المدينة المنورة.'), ['المدينة|organization', 'المدينة المنورة|place']);
    assert.deepEqual(typed('وهكذا أنهت ( العربي ) مهمتها، وتصدر قائمة «فوربس» رجل أعمال عربي.'), ['العربي|organization', 'فوربس|organization']);
  });

  test('a listed channel named in quotes is the channel; the adjective after a bulletin is not', () => {
    assert.deepEqual(typed('حين انطلقت "الإخبارية" كانت الطموحات كبيرة، وقدمت النشرة الإخبارية الخبر.'), ['الإخبارية|organization']);
  });

  test('a listed paper named by a date word is the paper, and no date', () => {
    const text = 'عنوان الخبر هنا\nونشرت جريدة اليوم تقريرا، وقال لـ"اليوم" إن الوفد وصل اليوم.';
    const found = analyzeArticle(text, defaultOptions());
    assert.deepEqual(found.entities.map((e) => `${e.text}|${e.type}`), ['اليوم|organization', 'اليوم|organization']);
    assert.deepEqual(found.dates.map((d) => d.start), [text.lastIndexOf('اليوم')]);
  });

  test('a paper named right after its head is the paper, even a city\'s name (جريدة القدس), but not a topic after مجلة', () => {
    assert.deepEqual(typed('وتصدر عنها جريدة القدس التي تصدر بالفارسية.'), ['القدس|organization']);
    assert.deepEqual(typed('ونشرت مجلة الأمن والحياة مقالاته عن الأمن السياحي.'), []);
  });
  test('one unlisted definite word after صحيفة or جريدة names the paper (جريدة الرياضي), not a participle (صحيفة المتقدم: his record), nor a topic after مجلة', () => {
    assert.deepEqual(typed('فهو يظهر كل يومين في جريدة الرياضي، ونشرت صحيفة الديلي ميل البريطانية الخبر.'), ['الرياضي|organization', 'الديلي ميل|organization']);
    assert.deepEqual(typed('ويتطلب القبول خلو صحيفة المتقدم من السوابق، كما تنشر مجلة الأمن والحياة.'), []);
  });

  test('the New York Times written with نيو يورك apart is the one paper', () => {
    assert.deepEqual(typed('بحسب صحيفة نيو يورك تايمز الأمريكية.'), ['نيو يورك تايمز|organization']);
  });

  test('the Daily Mail and the Daily Telegraph in their other spellings (دايلي ميل، ديلي تليجراف) are the two papers, canonical as listed', () => {
    const found = analysed('ونقلت صحيفة دايلي ميل الإنجليزية عن المدرب قوله، وذكرت "ديلي تليجراف" أن النادي يسعى للصفقة.');
    assert.deepEqual(found.map((e) => `${e.text}|${e.canonical}|${e.type}`), ['دايلي ميل|ديلي ميل|organization', 'ديلي تليجراف|ديلي تلغراف|organization']);
  });

  test('a paper or a news site named after its head by words that end on an English word of the trade is one body, whatever the words before it (غانا سبورتس اونلاين، الجزيرة أونلاين)', () => {
    assert.deepEqual(typed('وقال اللاعب لصحيفة غانا سبورتس اونلاين عن قيمة العقد.'), ['غانا سبورتس اونلاين|organization']);
    assert.deepEqual(typed('وبحسب موقع الجزيرة أونلاين ظهر القيادي في عدن، ونشر موقع وورلد فورم نيوز الدراسة.'), ['الجزيرة أونلاين|organization', 'عدن|place', 'وورلد فورم نيوز|organization']);
  });
});
