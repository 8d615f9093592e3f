/** Two people side by side with a space alone between them, one person (joined-people.ts). */
import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { typed } from '../support/entities';

suite('entities: people side by side', () => {
  test('a name two sources cut in two is one person', () => {
    // A listed محمد علي before the rest of a soldier's name.
    assert.deepEqual(typed('وقتل الجندي أول محمد علي ياسين العمري، والجندي أول حسن ناصر.'), ['محمد علي ياسين العمري|person', 'حسن ناصر|person']);
    assert.deepEqual(typed('وأوضح رئيس البرنامج الدكتور إقبال محمد إسماعيل أن الطلاب تنافسوا.'), ['إقبال محمد إسماعيل|person']);
  });

  test('a foreign given name after a nationality joins the family name the model found after it', () => {
    assert.deepEqual(typed('أتم النادي التعاقد مع المدافع الروماني فلاد شيريشيس لاعب توتنهام.'), ['فلاد شيريشيس|person', 'توتنهام|organization']);
    assert.deepEqual(typed('وتعاقد النادي مع الروماني فلاد شيريشيس'), ['فلاد شيريشيس|person'], 'at a line\'s end too');
    assert.deepEqual(typed('وقال رئيس الوزراء الإثيوبي هيلا ماريام ديسالين إن الاتفاق قائم.'), ['هيلا ماريام ديسالين|person'], 'where the nationality describes a noun');
    assert.deepEqual(typed('وطالب البرلمان العراقي بمعاقبة المالكي وسحب الثقة منه.'), ['المالكي|person'], 'not ب + a noun');
  });

  test('names in a line-up, a place before a name and tags stay apart', () => {
    assert.deepEqual(typed('ولعب الفريق بتشكيلة مكونة من عبدالله الشمري حسين عبدالغني وعبدالله مادو.'), ['عبدالله الشمري|person', 'حسين عبدالغني|person', 'عبدالله مادو|person']);
    assert.deepEqual(typed('سمات الابتعاث حسن عسيري عزام الدخيل'), ['حسن عسيري|person', 'عزام الدخيل|person'], 'tags end the line');
    assert.deepEqual(typed('وأشرك كابيلو راؤول في جميع مباريات الفريق.'), ['كابيلو|person', 'راؤول|person'], 'a verb\'s subject and object');
    assert.deepEqual(typed('وقام محافظ جازان عثمان عريبي بزيارة المدرسة.'), ['جازان|place', 'عثمان عريبي|person']);
  });
});
