/** The lists of names found at run time only: people, bodies, the press, clubs and companies of the world. */
import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { describeName } from '../../server/src/analysis/entities/gazetteer/entries';
import { matchGazetteer, withoutRunTimeLists } from '../../server/src/analysis/entities/gazetteer/index';
import { runTimeEntries } from '../../server/src/analysis/entities/gazetteer/run-time-lists';
import { tokenize } from '../../server/src/analysis/entities/tokens';
import { analysed, typed } from '../support/entities';


suite('names found at run time only', () => {
  test('a person, a body and a club of the lists are found, with the English name the hover shows', () => {
    assert.deepEqual(typed('وقال المدير العام للوكالة يوكيا أمانو إن إيران تعاونت.'), ['يوكيا أمانو|person', 'إيران|place']);
    assert.equal(describeName('يوكيا أمانو', 'person')?.english, 'Yukiya Amano');
    assert.deepEqual(typed('وأدان البرلمان العربي التفجير.'), ['البرلمان العربي|organization']);
    assert.deepEqual(typed('وفاز روبين كازان على ضيفه بثلاثة أهداف.'), ['روبين كازان|organization']);
  });

  test('training does not see them', () => {
    const listed = (text: string): string[] => matchGazetteer(tokenize(text)).map((m) => m.cls);
    assert.deepEqual(listed('يوكيا أمانو'), ['person']);
    assert.deepEqual(withoutRunTimeLists(() => listed('يوكيا أمانو')), []);
  });

  test('a club or company is looked for by a name of two words or more, and a club without نادي or its country\'s adjective', () => {
    assert.ok(runTimeEntries(() => false).every((e) => e.names.length > 0));
    assert.deepEqual(typed('وبعد توقيع الاتفاق النووي ارتفعت الأسهم.'), []);
    assert.deepEqual(typed('وفاز الاتفاق السعودي بثلاثة أهداف.'), ['الاتفاق|organization'], "the club's name without its country's adjective");
  });

  test('a club or company of one word is looked for where it cannot be a word: not with the article, not a listed name of another kind, not a common word', () => {
    assert.deepEqual(typed('وفاز فولهام على سندرلاند، وتعادل بورنموث مع بيرنلي.'), ['فولهام|organization', 'سندرلاند|organization', 'بورنموث|organization', 'بيرنلي|organization']);
    assert.deepEqual(typed('وقالت شركة تسلا إنها خفضت إنتاجها، وارتفع سهم صافولا.'), ['تسلا|organization', 'صافولا|organization'], 'a hint the model weighs: a company alone needs its context');
    const oneWord = (listedAlone: (w: string) => boolean): string[] => runTimeEntries(listedAlone).flatMap((e) => (e.cls === 'club' || e.cls === 'company' ? e.names : [])).filter((n) => !n.trim().includes(' '));
    assert.ok(oneWord(() => false).includes('فولهام'));
    assert.deepEqual(oneWord(() => true), [], 'a word another list holds alone is not looked for');
    assert.ok(!oneWord(() => false).some((n) => n.startsWith('ال')), 'nor one with the article');
    assert.deepEqual(typed('وتواصل إعادة إعمار المدينة، وكانت الصخور غنية بالمعادن، ولا يغسل ميتا إلا من يستره.'), []);
  });

  test('the states and provinces of large countries are places; one whose name alone is a word or a name is found only after its head', () => {
    assert.deepEqual(typed('وقال حاكم ويسكونسن إن الأمطار غمرت أوديشا وراجاستان، ووصل الوفد إلى نيو ساوث ويلز.'), ['ويسكونسن|place', 'أوديشا|place', 'راجاستان|place', 'نيو ساوث ويلز|place']);
    assert.equal(describeName('ميشيغن', 'place')?.english, 'Michigan');
    assert.deepEqual(typed('ووقع الحادث في ولاية فيرجينيا الأمريكية.'), ['فيرجينيا|place']);
    assert.deepEqual(typed('وحرص العلماء على الستر على الميت، ثم لجأوا إلى القضاء.'), []);
  });

  test('the press spellings of world cities are places (ميلانو، سان بطرسبرغ، سيئول); one that is also a word or a name only after مدينة', () => {
    assert.deepEqual(typed('وعقد الاجتماع في ميلانو، ثم انتقل الوفد إلى سان بطرسبرغ وسيئول.'), ['ميلانو|place', 'سان بطرسبرغ|place', 'سيئول|place']);
    assert.deepEqual(typed('وأرضعته من لبنها، وكان الناس هاربين من القصف.'), []);
    assert.ok(typed('وقال اللاعب عمر بخاري إن الفريق جاهز.').includes('عمر بخاري|person'));
  });

  test('a foreign family name the lists hold is a person alone (كوستا); a word that folds like one is left out of the lists (أدوار: Édouard, سيلفي, كبيرين: ك + Perrin)', () => {
    assert.ok(typed('وسجل كوستا عشرين هدفا في الدوري الموسم الماضي.').includes('كوستا|person'));
    assert.deepEqual(typed('ويتكون المبنى من أربعة أدوار، والتقط الزوار صورة سيلفي، ونال الفريقان دعما كبيرين.'), []);
  });

  test('a professor\'s title is outside the name, before it or after it', () => {
    assert.deepEqual(typed('وقال البروفيسور ميكو ميرسكيلا من كلية الاقتصاد بلندن إن المؤشر ارتفع.'), ['ميكو ميرسكيلا|person', 'لندن|place']);
    assert.deepEqual(typed('وعلق الدكتور طارق الحبيب بروفيسور واستشاري الأمراض النفسية.'), ['طارق الحبيب|person']);
  });

  test('Saudi Post is a state body under either of its names, one entity', () => {
    const found = analysed('أكدت مؤسسة البريد السعودي استعدادها، وأوضح أن البريد السعودي سيسلم الوثائق.');
    assert.deepEqual(found.map((e) => `${e.text}|${e.type}`), ['مؤسسة البريد السعودي|organization', 'البريد السعودي|organization']);
    assert.equal(new Set(found.map((e) => e.id)).size, 1);
  });

  test('a person found inside a listed person\'s whole name is the whole name, over a place inside it', () => {
    assert.deepEqual(typed('أزاح الملك الستار عن منبر صلاح الدين الايوبي الذي أعيد بناؤه.'), ['صلاح الدين الايوبي|person']);
  });

  test('two listed people back to back are two, and a family name after a listed name is his', () => {
    const people = (text: string): string[] => typed(text).filter((e) => e.endsWith('|person'));
    assert.deepEqual(people('ورعى رئيس هيئة السياحة سلطان بن سلمان فهد بن سلطان ملتقى العناية بالتراث.'), ['سلطان بن سلمان|person', 'فهد بن سلطان|person']);
    assert.deepEqual(people('ورعى الحفل سلطان بن سلمان فهد بن سلطان ملتقى العناية بالتراث.'), ['سلطان بن سلمان|person', 'فهد بن سلطان|person']);
    assert.deepEqual(people('وأمّ المصلين الشيخ عبدالرحمن بن عبدالعزيز السديس في المسجد الحرام.'), ['عبدالرحمن بن عبدالعزيز السديس|person']);
    assert.deepEqual(people('وأثنى المشرف العام على المركز الدكتور عبدالله بن عبدالعزيز الربيعة على البرنامج.'), ['عبدالله بن عبدالعزيز الربيعة|person'], 'a listed family name in ة');
  });

  test('a listed name with عبد is found written joined or spaced, whichever the list has', () => {
    assert.deepEqual(typed('وقاتلت قوات المخلوع علي عبدالله صالح في صنعاء.'), ['علي عبدالله صالح|person', 'صنعاء|place']);
    assert.deepEqual(typed('وقاتلت قوات المخلوع علي عبد الله صالح في صنعاء.'), ['علي عبد الله صالح|person', 'صنعاء|place']);
    assert.deepEqual(typed('وأشاد بدور جامعة الملك عبد الله للعلوم والتقنية في البحث.'), ['جامعة الملك عبد الله للعلوم والتقنية|organization']);
    const listed = (text: string): string[] => matchGazetteer(tokenize(text)).filter((m) => m.entry).map((m) => m.cls);
    assert.deepEqual(withoutRunTimeLists(() => listed('علي عبدالله صالح')), [], 'training sees only the spelling the list gives');
  });
});
