/** Two names joined by و are two names, where the model read them as one (and-apart.ts); و، ب، ل before a hamza on alef are proclitics. */
import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { typed } from '../support/entities';

suite('entities: names joined by و', () => {
  test('a place or a person run on into و + a listed name is two names', () => {
    assert.deepEqual(typed('وشعر بالهزة سكان عمّان ومادبا والسلط، ولم تقع أضرار.'), ['عمّان|place', 'مادبا|place', 'السلط|place']);
    assert.deepEqual(typed('وأشهر من يؤدي هذا الفن أبناء بدر ورابغ وينبع.'), ['بدر|person', 'رابغ|place', 'ينبع|place'], 'the second takes its listed type');
  });

  test('a person run on into و + a common word ends before it', () => {
    assert.deepEqual(typed('وأشاد الكاتب بدور بندر بن محمد وليس هناك خلاف بينهما.'), ['بندر بن محمد|person']);
  });

  test('names that hold a و stay whole', () => {
    assert.deepEqual(typed('وقال رئيس الشرطة المقدم طارق وسيم إن الحادث وقع أمس.'), ['طارق وسيم|person'], 'وسيم is a name as it stands');
    assert.deepEqual(typed('وقال المبعوث إسماعيل ولد الشيخ أحمد إن المحادثات مستمرة.'), ['إسماعيل ولد الشيخ أحمد|person'], 'ولد links a Mauritanian name');
    assert.deepEqual(typed('وزار الوفد ترينيداد وتوباغو الأسبوع الماضي.'), ['ترينيداد وتوباغو|place'], 'a listed name holding و');
    assert.deepEqual(typed('وشارك في الحفل الفنان يوسف وهبي.'), ['يوسف وهبي|person']);
  });
  test('و before a hamza on alef is the conjunction in a short word too (وأم القرى), and ب or ل there a preposition', () => {
    assert.deepEqual(typed('وتم افتتاح جامعتي الملك فيصل بالدمام وأم القرى بمكة المكرمة.').filter((e) => e.includes('القرى')), ['أم القرى|place']);
    assert.deepEqual(typed('وأعلنت إدارة النادي برئاسة لإبراهيم البلوي التعاقد مع الحارس.'), ['إبراهيم البلوي|person']);
  });
});
