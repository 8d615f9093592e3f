/**
 * The entities of the five real scraped articles beside the checkout
 * (../shared/articles/seeds) are found with the right type and canonical name.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, test } from 'node:test';
import { analyzeArticle, defaultOptions, type EntityType } from '../../server/src/analysis';
import { requireShared } from '../support/paths';

type Expected = readonly [text: string, type: EntityType, canonical?: string];

const P = 'person';
const L = 'place';
const O = 'organization';

const SEEDS: Readonly<Record<string, readonly Expected[]>> = {
  '000': [
    ['داعش', O], ['المرصد السوري لحقوق الإنسان', O], ['حلب', L], ['سوريا', L], ['العراق', L], ['الموصل', L], ['الرقة', L],
    ['عبد الغني الأسدي', P], ['الأسدي', P, 'عبد الغني الأسدي'], ['فرانس برس', O, 'وكالة الصحافة الفرنسية'], ['أبو بكر البغدادي', P],
    ['بغداد', L], ['واشنطن', L], ['التحالف الدولي', O],
  ],
  '001': [
    ['ديلي ميل', O], ['داعش', O], ['تنظيم الدولة الإسلامية', O, 'داعش'], ['المرصد السوري لحقوق الإنسان', O], ['حلب', L], ['الرقة', L],
    ['بريطانيا', L], ['الولايات المتحدة', L], ['قوات سوريا الديمقراطية', O], ['رامي عبد الرحمن', P], ['سانا', O], ['حماة', L],
  ],
  '002': [
    ['دمشق', L], ['قوات سورية الديمقراطية', O, 'قوات سوريا الديمقراطية'], ['داعش', O], ['سورية', L, 'سوريا'], ['الباغوز', L],
    ['مصطفى بالي', P], ['دير الزور', L], ['العراق', L],
  ],
  '003': [
    ['داعش', O], ['دير الزور', L], ['الرقة', L], ['بشار الأسد', P], ['الميادين', L], ['البوكمال', L], ['رامي عبد الرحمن', P],
    ['وحدات حماية الشعب الكردية', O], ['وكالة رويترز', O, 'رويترز'], ['جيمس ماتيس', P], ['قوات سوريا الديموقراطية', O, 'قوات سوريا الديمقراطية'],
  ],
  '004': [
    ['داعش', O], ['حلب', L], ['سورية', L, 'سوريا'], ['رامي عبد الرحمن', P], ['رامي عبدالرحمن', P, 'رامي عبد الرحمن'], ['وكالة الصحافة الفرنسية', O],
    ['سانا', O], ['حماة', L], ['خان شيخون', L], ['منظمة حظر الاسلحة الكيميائية', O, 'منظمة حظر الأسلحة الكيميائية'], ['الجولان', L],
    ['إسرائيل', L], ['بنيامين نتنياهو', P], ['بشار الأسد', P], ['موسكو', L],
  ],
};

suite('entities of the five seed articles', () => {
  for (const [prefix, expected] of Object.entries(SEEDS)) {
    test(`seed ${prefix}`, (t) => {
      const dir = requireShared(t, 'articles/seeds');
      if (!dir) return;
      const file = fs.readdirSync(dir).find((f) => f.startsWith(prefix));
      assert.ok(file, `seed ${prefix} is in ${dir}`);
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const entities = analyzeArticle(text, defaultOptions()).entities;
      for (const e of entities) assert.equal(e.text, text.slice(e.start, e.end));
      for (const [name, type, canonical] of expected) {
        const found = entities.filter((e) => e.text === name);
        assert.ok(found.length > 0, `${name} is found in seed ${prefix}`);
        for (const e of found) {
          assert.equal(e.type, type, `${name} is a ${type}`);
          assert.equal(e.canonical, canonical ?? name, `${name} is ${canonical ?? name}`);
        }
      }
    });
  }
});
