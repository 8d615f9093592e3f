// Runs the evaluations that measure Khabar against public data sets (../shared/data):
// every scripts/eval/*.eval.mjs, or only those named on the command line
// (`npm run eval -- ner`). Each prints its own figures; this exits non-zero if one fails
// to run (a low score is a figure to report, not a failure).
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const evals = readdirSync(here)
  .filter((f) => f.endsWith('.eval.mjs'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();
if (evals.length === 0) {
  console.log('eval: no evaluations match');
  process.exit(wanted.length ? 1 : 0);
}
let failed = 0;
for (const file of evals) {
  console.log(`\n== ${file.replace('.eval.mjs', '')}`);
  const result = spawnSync(process.execPath, [join(here, file)], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
