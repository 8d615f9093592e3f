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

/**
 * Tuning mode (KHABAR_TUNE=1): the training part is split again, its last tenth kept as a
 * development slice to tune on, so that the held-out tenth is scored once, at the end.
 */
export const TUNE = process.env.KHABAR_TUNE === '1';

/** ANERcorp's train file without its held-out last tenth (scripts/eval/ner.eval.mjs scores that); in tuning mode, without the development slice too. */
export function readAnercorpTraining() {
  const { training } = heldOutSplit(readCorpus('anercorp/train.txt'));
  return TUNE ? heldOutSplit(training).training : training;
}

/** The development slice: the last tenth of the training part, never the held-out tenth. */
export function readAnercorpDev() {
  return heldOutSplit(heldOutSplit(readCorpus('anercorp/train.txt')).training).heldOut;
}
