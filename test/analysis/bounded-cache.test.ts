/** The per-word caches of the core (gazetteer starts, model sums, Hijri days): kept values and the memory bound. */
import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { boundedCache } from '../../server/src/analysis/text/bounded-cache';

suite('boundedCache', () => {
  test('computes a value once while it is kept', () => {
    const cache = boundedCache<string, number>(10);
    let calls = 0;
    const length = (word: string): number => {
      calls++;
      return word.length;
    };
    assert.equal(cache('سوريا', length), 5);
    assert.equal(cache('سوريا', length), 5);
    assert.equal(calls, 1);
  });

  test('starts afresh past its limit, and still gives the right values', () => {
    const cache = boundedCache<number, number>(2);
    let calls = 0;
    const square = (n: number): number => {
      calls++;
      return n * n;
    };
    for (const n of [1, 2, 3]) cache(n, square);
    assert.equal(calls, 3);
    assert.equal(cache(3, square), 9);
    assert.equal(calls, 3, 'the last value computed is kept');
    assert.equal(cache(1, square), 1);
    assert.equal(calls, 4, 'the values before the limit was reached are gone');
  });
});
