// Scores Khabar's date and figure recognisers against Duckling's Arabic test corpora
// (../shared/data/duckling-ar/*.json, BSD-3-Clause, facebook/duckling Duckling/*/AR/Corpus.hs),
// and prints the pass rate per file and every case that fails.
//
// How a case is scored (decisions documented here, as the corpora's own semantics ask):
// - Each corpus text is one paragraph, analysed alone by the paragraph recognisers the
//   analysis uses (paragraphFacts: dates, then figures outside the dates). A case passes
//   when exactly ONE mention of the file's kind is found and its value equals the
//   expected one. The mention need not cover the whole text: words around the
//   expression that Duckling folds in («في»، «عند»، «حوالي» before a time) are outside
//   Khabar's spans by design, and do not change the value.
// - time: relative expressions are resolved against the file's reference time
//   (2013-02-12T04:30, UTC−02:00) with Duckling's convention, which looks ahead (a bare
//   weekday is the next one, a date without a year the next such date, a time without
//   morning or afternoon the next such time). Khabar's news convention looks back; the
//   script also prints how many cases pass under it. Khabar's value (ISO with only the
//   known parts) is turned into Duckling's: the start of the grain in local time at
//   −02:00 (a week is its Monday, a month its first day), a time zone (Z) converted to
//   −02:00. The grain must match too. An interval (`until`, inclusive) is compared as
//   Duckling's [from, to) with `to` one grain after `until`.
// - numeral, numeral_eg: the figure's value (|a − b| < 1e-9), not an ordinal.
// - ordinal: an ordinal with that value.
// - duration: a figure whose measure is a duration in that unit, with that value.
// - amount_of_money: a money figure in that currency (USD is Duckling's "Dollar", a
//   generic جنيه its "Pound"); an interval is a range, or a bound (أقل من → to,
//   أكثر من / على الأقل → from).
// - quantity, volume, temperature: the measure converted to Duckling's unit (grams).
// - Negative examples must give no mention of the kind.
// phone_number is not evaluated: Khabar does not recognise telephone numbers.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const out = (p) => require(join(ROOT, 'out/server/src/analysis', p));
const { paragraphFacts } = out('paragraph.js');
const { resolveDates } = out('dates/resolve.js');
const { addDays, parseIsoDate } = out('dates/calendar.js');
const DATA = resolve(process.env.KHABAR_SHARED ?? join(ROOT, '..', 'shared'), 'data/duckling-ar');
if (!existsSync(DATA)) {
  console.log(`duckling: corpora not found at ${DATA} (set KHABAR_SHARED); skipped`);
  process.exit(0);
}

const pad = (n) => String(n).padStart(2, '0');
const ymdText = (d) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

/** Khabar's ISO value at its grain → Duckling's local start instant at −02:00. */
function toDuckling(value, grain) {
  if (!value) return null;
  let m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const jan4 = { year: Number(m[1]), month: 1, day: 4 };
    const wd = (new Date(Date.UTC(jan4.year, 0, 4)).getUTCDay() + 6) % 7;
    return `${ymdText(addDays(jan4, -wd + 7 * (Number(m[2]) - 1)))}T00:00:00.000-02:00`;
  }
  if (/^\d{4}$/.test(value)) return `${value}-01-01T00:00:00.000-02:00`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01T00:00:00.000-02:00`;
  m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z)?)?$/.exec(value);
  if (!m) return null;
  let day = parseIsoDate(m[1]);
  let hour = Number(m[2] ?? 0);
  if (m[5]) {
    // GMT → −02:00
    hour -= 2;
    if (hour < 0) {
      hour += 24;
      day = addDays(day, -1);
    }
  }
  return `${ymdText(day)}T${pad(hour)}:${m[3] ?? '00'}:${m[4] ?? '00'}.000-02:00`;
}

/** One grain after a Duckling start instant (for an exclusive interval end). */
function plusGrain(instant, grain) {
  const d = new Date(instant.replace('-02:00', 'Z'));
  const add = { second: () => d.setUTCSeconds(d.getUTCSeconds() + 1), minute: () => d.setUTCMinutes(d.getUTCMinutes() + 1), hour: () => d.setUTCHours(d.getUTCHours() + 1), day: () => d.setUTCDate(d.getUTCDate() + 1), week: () => d.setUTCDate(d.getUTCDate() + 7), month: () => d.setUTCMonth(d.getUTCMonth() + 1), year: () => d.setUTCFullYear(d.getUTCFullYear() + 1) };
  add[grain]();
  return d.toISOString().replace('Z', '-02:00');
}

const ANCHOR = { kind: 'reference', value: '2013-02-12T04:30' };

function dates(text, convention) {
  return resolveDates(text, paragraphFacts(text).dates, ANCHOR, convention);
}

function describeDate(d) {
  return `${d.text} → ${d.value}${d.until ? `..${d.until}` : ''} (${d.grain})`;
}

function timeCase(expected, found) {
  if (found.length !== 1) return false;
  const d = found[0];
  const start = toDuckling(d.value, d.grain);
  if (expected.type === 'value') return !d.until && start === expected.value && d.grain === expected.grain;
  if (!d.until || d.grain !== expected.grain) return false;
  const last = toDuckling(d.until, d.grain);
  if (!last) return false;
  const end = plusGrain(last, d.grain);
  return start === expected.from && end === expected.to;
}

const near = (a, b) => typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-9;
const numbers = (text) => paragraphFacts(text).numbers;
const describeNumber = (n) => `${n.value ?? `${n.min}..${n.max}`}${n.ordinal ? ' ordinal' : ''}${n.bound ? ` ${n.bound}` : ''}${n.measure ? ` ${n.measure.kind}:${n.measure.unit}` : ''}`;

const MONEY = { USD: 'Dollar', cent: 'Cent', pound: 'Pound' };
const GRAMS = { g: 1, kg: 1000, mg: 0.001 };
const QUANTITY = { oz: 'Ounce', cup: 'Cup' };
const VOLUME = { ml: 'Millilitre', l: 'Litre', gal: 'Gallon', hl: 'Hectolitre' };
const TEMPERATURE = { degree: 'Degree', celsius: 'Celsius', fahrenheit: 'Fahrenheit' };

function measureCase(expected, found, kind, units, scale = () => 1) {
  const hits = found.filter((n) => n.measure?.kind === kind);
  if (hits.length !== 1 || found.length !== 1) return false;
  const n = hits[0];
  const code = n.measure.unit;
  const unit = units[code] ?? code;
  const k = scale(code);
  const wanted = kind === 'mass' && GRAMS[code] !== undefined ? 'Gram' : unit;
  if (wanted !== expected.unit) return false;
  if (expected.type !== 'interval' && expected.from === undefined) return n.value !== null && near(n.value * k, expected.value);
  if (expected.from !== undefined && expected.to !== undefined) return n.value === null && near(n.min * k, expected.from) && near(n.max * k, expected.to);
  if (expected.to !== undefined) return (n.bound === 'less-than' || n.bound === 'at-most') && near(n.value * k, expected.to);
  return (n.bound === 'more-than' || n.bound === 'at-least') && near(n.value * k, expected.from);
}

const SCORERS = {
  time: { find: (t) => dates(t, 'future'), check: timeCase, show: describeDate },
  numeral: { find: numbers, check: (e, f) => f.length === 1 && !f[0].ordinal && near(f[0].value, e.value), show: describeNumber },
  numeral_eg: { find: numbers, check: (e, f) => f.length === 1 && !f[0].ordinal && near(f[0].value, e.value), show: describeNumber },
  ordinal: { find: numbers, check: (e, f) => f.length === 1 && f[0].ordinal && near(f[0].value, e.value), show: describeNumber },
  duration: { find: numbers, check: (e, f) => f.length === 1 && f[0].measure?.kind === 'duration' && f[0].measure.unit === e.unit && near(f[0].value, e.value), show: describeNumber },
  amount_of_money: { find: numbers, check: (e, f) => measureCase(e, f, 'money', MONEY), show: describeNumber },
  quantity: { find: numbers, check: (e, f) => measureCase(e, f, f[0]?.measure?.kind === 'mass' ? 'mass' : 'volume', { ...QUANTITY }, (c) => GRAMS[c] ?? 1), show: describeNumber },
  volume: { find: numbers, check: (e, f) => measureCase(e, f, 'volume', VOLUME), show: describeNumber },
  temperature: { find: numbers, check: (e, f) => measureCase(e, f, 'temperature', TEMPERATURE), show: describeNumber },
};

const ORDER = ['time', 'numeral', 'numeral_eg', 'ordinal', 'duration', 'amount_of_money', 'quantity', 'volume', 'temperature'];
const rows = [];
const verbose = !process.argv.includes('--quiet');
for (const name of ORDER) {
  const corpus = JSON.parse(readFileSync(join(DATA, `${name}.json`), 'utf8'));
  const scorer = SCORERS[name];
  const failures = [];
  let passed = 0;
  for (const example of corpus.examples) {
    const found = scorer.find(example.text);
    if (scorer.check(example.expected, found)) passed++;
    else failures.push(`    ✗ ${example.text}  expected ${JSON.stringify(example.expected)}  got ${found.length ? found.map(scorer.show).join(' | ') : 'nothing'}`);
  }
  // Negative examples (run as Duckling runs them: nothing of this kind may be found).
  let negatives = 0;
  for (const example of corpus.negative_examples ?? []) {
    const found = scorer.find(example.text).filter((x) => name === 'time' || x.measure);
    if (found.length === 0) negatives++;
    else failures.push(`    ✗ negative: ${example.text}  got ${found.map(scorer.show).join(' | ')}`);
  }
  const total = corpus.examples.length + (corpus.negative_examples?.length ?? 0);
  rows.push({ name, passed: passed + negatives, total, failures });
}

let newsPass = 0;
const timeCorpus = JSON.parse(readFileSync(join(DATA, 'time.json'), 'utf8'));
for (const example of timeCorpus.examples) if (timeCase(example.expected, dates(example.text, 'news'))) newsPass++;

console.log('Duckling Arabic corpora (../shared/data/duckling-ar), one case = one text analysed alone');
console.log(`  ${'corpus'.padEnd(18)} ${'pass'.padStart(9)}  rate`);
for (const r of rows) console.log(`  ${r.name.padEnd(18)} ${`${r.passed}/${r.total}`.padStart(9)}  ${((100 * r.passed) / r.total).toFixed(1)} %`);
const all = rows.reduce((s, r) => [s[0] + r.passed, s[1] + r.total], [0, 0]);
console.log(`  ${'all'.padEnd(18)} ${`${all[0]}/${all[1]}`.padStart(9)}  ${((100 * all[0]) / all[1]).toFixed(1)} %`);
console.log(`  time under the news convention (looking back): ${newsPass}/${timeCorpus.examples.length} (the difference is the convention, not recognition)`);
if (verbose) {
  for (const r of rows) {
    if (!r.failures.length) continue;
    console.log(`\n  ${r.name}: ${r.failures.length} failing`);
    for (const f of r.failures) console.log(f);
  }
}
