/** How the mentions of one article are tied together and typed (coreference.ts), from mentions given directly. */
import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { clusterMentions, type Mention } from '../../server/src/analysis/entities/coreference';
import type { EntityType } from '../../server/src/analysis/model';

let at = 0;
/** A mention of `name` the model found (or a list, with `known`), placed after the previous one. */
function mention(name: string, type: EntityType, known = false): Mention {
  at += name.length + 10;
  return { start: at, end: at + name.length, type, canonical: name, key: name, known, source: known ? 'gazetteer' : 'model' };
}

/** Each cluster as «type: its mentions' names». */
const clusters = (mentions: Mention[]): string[] => clusterMentions(mentions).map((c) => `${c.type}: ${c.mentions.map((m) => m.key).join(', ')}`);

suite('entities: mentions tied together in an article', () => {
  test('a family name alone after the full name is the same person, and so is a given name', () => {
    assert.deepEqual(clusters([mention('رامي عبد الرحمن', 'person'), mention('عبد الرحمن', 'person'), mention('رامي', 'person')]), ['person: رامي عبد الرحمن, عبد الرحمن, رامي']);
  });

  test('a family name the model typed a place or a body after the full name is the person, and does not outvote it', () => {
    const found = [mention('ميك تاونسند', 'person'), mention('تاونسند', 'place'), mention('تاونسند', 'place'), mention('تاونسند', 'person'), mention('تاونسند', 'place'), mention('سيدني', 'place', true)];
    assert.deepEqual(clusters(found), ['person: ميك تاونسند, تاونسند, تاونسند, تاونسند, تاونسند', 'place: سيدني']);
    assert.deepEqual(clusters([mention('سعد الفرطوشي', 'person'), mention('الفرطوشي', 'organization')]), ['person: سعد الفرطوشي, الفرطوشي']);
  });

  test('a listed place that ends a person\'s name stays the place, and a first word the model typed otherwise is not taken for the person', () => {
    assert.deepEqual(clusters([mention('محمد مصر', 'person'), mention('مصر', 'place', true)]), ['person: محمد مصر', 'place: مصر']);
    // A fund the model once read as a person's name (إيليوت أسوشيتس) stays a body where it is found alone.
    assert.deepEqual(clusters([mention('إيليوت أسوشيتس', 'person'), mention('إيليوت', 'organization')]), ['person: إيليوت أسوشيتس', 'organization: إيليوت']);
  });

  test('a short name before the full name is not tied to it', () => {
    assert.deepEqual(clusters([mention('تاونسند', 'place'), mention('ميك تاونسند', 'person')]), ['place: تاونسند', 'person: ميك تاونسند']);
  });
});
