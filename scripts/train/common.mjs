// What the training scripts share: where things are, and the compiled core (out/), whose
// tokens, features and corpus readers training must use so the model matches run time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = resolve(process.env.KHABAR_SHARED ?? join(ROOT, '..', 'shared'));
const require = createRequire(import.meta.url);
export const core = (path) => require(join(ROOT, 'out/server/src/analysis', path));

export const { fold } = core('text/normalize.js');
const { parseConll, heldOutSplit } = core('entities/model/corpus.js');

export function readCorpus(relative) {
  return parseConll(readFileSync(join(SHARED, 'data', relative), 'utf8'));
}

/** ANERcorp's train file, every sentence. */
export function readAnercorp() {
  return readCorpus('anercorp/train.txt');
}

/**
 * ANERcorp's train file without its last tenth, which `npm run eval` scores. The shipped model
 * trains on the whole file: the published test split is other sentences.
 */
export function readAnercorpTraining() {
  return heldOutSplit(readAnercorp()).training;
}
