/** The parts of the name recogniser: clitics, identity keys, corpora, the trainer and the model codec. */
import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { nameKey } from '../../server/src/analysis/entities/canonical';
import { readings, safeReading } from '../../server/src/analysis/entities/clitics';
import { findEntities } from '../../server/src/analysis/entities/find';
import { cliticReading } from '../../server/src/analysis/entities/clitics';
import { sequenceFeatures } from '../../server/src/analysis/entities/features';
import { decodeModel, encodeModel, fromBase64, toBase64 } from '../../server/src/analysis/entities/model/codec';
import { alignSentence, chunks, heldOutSplit, parseConll } from '../../server/src/analysis/entities/model/corpus';
import { SequenceModel } from '../../server/src/analysis/entities/model/table';
import { CachedScorer } from '../../server/src/analysis/entities/model/scorer';
import { sequenceModel, useTrainedRecogniser } from '../../server/src/analysis/entities/model/load';
import { gazetteerFeatureIds, matchGazetteer, withoutRunTimeLists } from '../../server/src/analysis/entities/gazetteer/index';
import { train, type TrainingSentence } from '../../server/src/analysis/entities/model/train';
import { trainCrf } from '../../server/src/analysis/entities/model/crf';
import { viterbi } from '../../server/src/analysis/entities/model/decode';
import { tokenize } from '../../server/src/analysis/entities/tokens';

/** A CoNLL text (`token tag` lines) as the trainer's sentences, with no gazetteer features. */
function trainingData(conll: string): TrainingSentence[] {
  return parseConll(conll).map((s) => {
    const a = alignSentence(s);
    return { features: sequenceFeatures(a.tokens, a.tokens.map(() => [])), labels: a.labels };
  });
}

/** Runs `check` with the recogniser using a model trained for 3 epochs on `conll`, then puts the shipped model back. */
function withModelTrainedOn(conll: string, check: () => void): void {
  useTrainedRecogniser({ model: encodeModel(train(trainingData(conll), { epochs: 3, seed: 7, minCount: 1 })), nameWords: '', commonWords: '' });
  try {
    check();
  } finally {
    useTrainedRecogniser(null);
  }
}

suite('entities: clitics and keys', () => {
  test('the safe reading removes a conjunction or preposition only before the article', () => {
    assert.deepEqual(safeReading('والعراق'), { prefix: 1, stem: 'العراق' });
    assert.deepEqual(safeReading('وبالعراق'), { prefix: 2, stem: 'العراق' });
    assert.deepEqual(safeReading('للعراق'), { prefix: 1, stem: 'العراق', restored: true });
    assert.deepEqual(safeReading('بغداد'), { prefix: 0, stem: 'بغداد' });
    assert.ok(readings('وبسوريا').some((r) => r.prefix === 2 && r.stem === 'سوريا'));
  });

  test('a lexicon decides the ambiguous cases', () => {
    const known = (s: string): boolean => ['لبنان', 'بغداد', 'وليد', 'منظمه'].includes(s);
    assert.equal(cliticReading('بلبنان', known).prefix, 1);
    assert.equal(cliticReading('للبنان', known).stem, 'لبنان', 'ل + لبنان, not ل + البنان');
    assert.equal(cliticReading('بغداد', known).prefix, 0);
    assert.equal(cliticReading('وليد', known).prefix, 0);
    assert.equal(cliticReading('ومنظمه', known).prefix, 1);
    assert.equal(cliticReading('ونهاريا', known).prefix, 1, 'an unknown word after و');
  });

  test('identity keys unify the press\'s spelling variants', () => {
    assert.equal(nameKey('سورية'), nameKey('سوريا'));
    assert.equal(nameKey('الديموقراطية'), nameKey('الديمقراطية'));
    assert.equal(nameKey('عبد الرحمن'), nameKey('عبدالرحمن'));
    assert.equal(nameKey('أميركا'), nameKey('أمريكا'));
    assert.equal(nameKey('إسرائيل'), nameKey('اسرائيل'));
    assert.notEqual(nameKey('حلب'), nameKey('حماة'));
  });
});

suite('entities: lists found at run time only', () => {
  test('foreign given and family names are listed at run time, and training does not see them', () => {
    const tokens = tokenize('جوزيف باركر');
    const classes = (): string[] => matchGazetteer(tokens).map((m) => `${m.start}:${m.cls}`);
    assert.deepEqual(classes(), ['0:firstName', '1:familyName']);
    assert.deepEqual(withoutRunTimeLists(classes), ['0:firstName'], 'جوزيف is in the trained lists too; باركر only in the run-time one');
    assert.deepEqual(classes(), ['0:firstName', '1:familyName'], 'the lists are back once training is done');
    assert.deepEqual(withoutRunTimeLists(() => matchGazetteer(tokenize('تشوركين فيتالي'))), [], 'names in the foreign lists alone');
  });
});

suite('entities: corpora, training and the model file', () => {
  const conll = 'أعلن O\nوزير B-PERS\nالخارجية O\n\nفي O\n(بيروت B-LOC\nو O\nبي.بي.سي B-ORG\n\nقال O\nالأسد I-ORG B-PERS\n';

  test('CoNLL text is read, nested layers flattened, and aligned with the recogniser\'s tokens', () => {
    const sentences = parseConll(conll);
    assert.equal(sentences.length, 3);
    assert.deepEqual(sentences[2].labels, [0, 5], 'an I- that continues nothing becomes B-; the outer layer wins');
    const a = alignSentence(sentences[1]);
    assert.deepEqual(a.tokens.map((t) => a.text.slice(t.start, t.end)), ['في', '(', 'بيروت', 'و', 'بي', '.', 'بي', '.', 'سي']);
    assert.deepEqual([...a.labels], [0, 0, 3, 0, 5, 6, 6, 6, 6], 'punctuation before a name is outside it, inside a name part of it');
    assert.deepEqual(chunks(a.labels), [{ type: 'LOC', start: 2, end: 3 }, { type: 'ORG', start: 4, end: 9 }]);
  });

  test('the held-out split is the last tenth', () => {
    const { training, heldOut } = heldOutSplit(Array.from({ length: 20 }, (_, i) => i));
    assert.deepEqual(heldOut, [18, 19]);
    assert.equal(training.length, 18);
  });

  test('training is deterministic and learns; the codec keeps what it learnt', () => {
    const data = trainingData(Array.from({ length: 30 }, (_, i) => `زار O\nالرئيس O\n${['سمير', 'كريم', 'وليد'][i % 3]} B-PERS\nمدينة O\n${['حلب', 'حمص', 'درعا'][i % 3]} B-LOC\n`).join('\n'));
    const once = encodeModel(train(data, { epochs: 3, seed: 7, minCount: 1 }));
    assert.equal(encodeModel(train(data, { epochs: 3, seed: 7, minCount: 1 })), once, 'same data and seed, same model');
    const decoded = decodeModel(once);
    const model = new SequenceModel(decoded.keys, decoded.weights, decoded.scale, decoded.transitions);
    const tokens = tokenize('زار الرئيس كريم مدينة درعا');
    assert.deepEqual([...model.tag(sequenceFeatures(tokens, tokens.map(() => [])))], [0, 0, 1, 0, 3]);
    assert.throws(() => decodeModel(toBase64(new Uint8Array([1, 2, 3]))));
  });

  test('the CRF trainer is deterministic and learns the same sentences', () => {
    const data = trainingData(Array.from({ length: 30 }, (_, i) => `زار O\nالرئيس O\n${['سمير', 'كريم', 'وليد'][i % 3]} B-PERS\nمدينة O\n${['حلب', 'حمص', 'درعا'][i % 3]} B-LOC\n`).join('\n'));
    const options = { epochs: 5, seed: 7, minCount: 1, rate: 0.1 };
    const once = encodeModel(trainCrf(data, options));
    assert.equal(encodeModel(trainCrf(data, options)), once, 'same data and seed, same model');
    const decoded = decodeModel(once);
    const model = new SequenceModel(decoded.keys, decoded.weights, decoded.scale, decoded.transitions);
    const tokens = tokenize('زار الرئيس كريم مدينة درعا');
    assert.deepEqual([...model.tag(sequenceFeatures(tokens, tokens.map(() => [])))], [0, 0, 1, 0, 3]);
    const transitions = [...decoded.transitions];
    assert.ok(transitions[1 * 9 + 0] > transitions[1 * 9 + 3], 'O after B-PERS, seen every time, outweighs B-LOC after it, never seen');
  });

  test('a model that tags punctuation alone as a name makes the recogniser drop it, not throw', () => {
    withModelTrainedOn(Array.from({ length: 20 }, (_, i) => `ذهب O\n${['الولد', 'الرجل'][i % 2]} O\n. B-PERS\n`).join('\n'), () => {
      const text = 'ذهب الولد .';
      assert.ok(findEntities(text).mentions.every((m) => !text.slice(m.start, m.end).includes('.')));
    });
  });

  test('a club the model tags with the team\'s word before it is the club alone (فريق | ميلان)', () => {
    withModelTrainedOn(Array.from({ length: 20 }, () => 'انضم O\nإلى O\nفريق B-ORG\nميلان I-ORG\n').join('\n'), () => {
      const text = 'انضم إلى فريق ميلان';
      assert.deepEqual(findEntities(text).mentions.map((m) => `${text.slice(m.start, m.end)}|${m.type}`), ['ميلان|organization']);
    });
  });

  test('a bias against O lets a name that O narrowly beats through', () => {
    // Two tokens, labels O and B-PERS scored; O leads by 2 on the second token.
    const scores = new Float64Array(2 * 9).fill(-50);
    scores[0] = 10;
    scores[9] = 5;
    scores[9 + 1] = 3;
    const none = new Float64Array(81);
    assert.deepEqual([...viterbi(scores, 2, none)], [0, 0]);
    assert.deepEqual([...viterbi(scores, 2, none, 3)], [0, 1]);
    assert.deepEqual([...viterbi(scores, 2, none, 1)], [0, 0], 'a bias smaller than the lead changes nothing');
  });

  test('base64 round trip', () => {
    for (const n of [0, 1, 2, 3, 4, 255]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37) & 255);
      assert.deepEqual(fromBase64(toBase64(bytes)), bytes);
    }
  });

  test('the shipped model is loaded and finds names on its own', () => {
    const { mentions } = findEntities('وقال وزير الخارجية الفرنسي جان إيف لودريان في باريس إن الاتحاد الأوروبي سيدعم الخطة');
    const found = mentions.map((m) => `${m.type}:${m.canonical}`);
    assert.ok(found.includes('place:باريس'), found.join(', '));
    assert.ok(found.includes('organization:الاتحاد الأوروبي'), found.join(', '));
    assert.ok(found.some((f) => f.startsWith('person:') && f.includes('لودريان')), found.join(', '));
  });
});

suite('entities: the cached scorer', () => {
  test('gives exactly the scores of the plain model over the full feature list', () => {
    const model = sequenceModel();
    assert.ok(model, 'the shipped model loads');
    const scorer = new CachedScorer(model);
    for (const text of ['قال رامي عبد الرحمن مدير المرصد السوري لحقوق الإنسان إن «داعش» انسحب من ريف حلب.', 'وأكد عبد الرحمن، في اتصال مع وكالة الصحافة الفرنسية، أن القوات تقدمت.', '', '.']) {
      const tokens = tokenize(text);
      const gazetteer = gazetteerFeatureIds(tokens.length, matchGazetteer(tokens));
      // Twice: the second time from the cache.
      for (let round = 0; round < 2; round++) assert.deepEqual(scorer.scores(tokens, gazetteer), model.scores(sequenceFeatures(tokens, gazetteer)));
    }
  });
});
