import * as assert from 'node:assert/strict';
import { suite, test } from 'node:test';
import { parseOptions, defaultOptions } from '../../server/src/analysis';

suite('options', () => {
  test('defaults for missing or malformed settings, never an exception', () => {
    for (const raw of [undefined, null, 42, 'x', [], {}]) {
      const { options } = parseOptions(raw);
      assert.deepEqual(options, defaultOptions());
    }
  });

  test('rule levels, with problems reported for unknown rules and bad levels', () => {
    const { options, problems } = parseOptions({ rules: { 'paragraph.duplicate': 'error', 'no.such-rule': 'off', 'boilerplate.line': 'loud' } });
    assert.equal(options.rules['paragraph.duplicate'], 'error');
    assert.equal(options.rules['boilerplate.line'], 'warning');
    assert.deepEqual(problems, [
      'khabar.rules: unknown rule "no.such-rule" (ignored).',
      'khabar.rules: "loud" is not a level for "boilerplate.line"; use error, warning, info, hint or off.',
    ]);
  });

  test('language: auto follows the host; an explicit choice wins; problems come in that language', () => {
    assert.equal(parseOptions({ language: 'auto' }, 'ar').options.locale, 'ar');
    assert.equal(parseOptions({ language: 'en' }, 'ar').options.locale, 'en');
    const { problems } = parseOptions({ language: 'ar', referenceDate: 'yesterday' });
    assert.match(problems[0], /المتوقع/);
  });

  test('reference date and file size limits are validated', () => {
    assert.equal(parseOptions({ referenceDate: '2013-02-12T04:30' }).options.referenceDate, '2013-02-12T04:30');
    assert.equal(parseOptions({ referenceDate: '2013-13-45' }).problems.length, 1);
    assert.equal(parseOptions({ maxFileSize: -5 }).options.maxLength, defaultOptions().maxLength);
    assert.equal(parseOptions({ maxFileSize: 5000 }).options.maxLength, 5000);
  });

  test('khabar.outline.entities: nested as VS Code sends it, or flat; anything but a boolean is a problem', () => {
    assert.equal(defaultOptions().outlineEntities, false);
    assert.equal(parseOptions({ outline: { entities: true } }).options.outlineEntities, true);
    assert.equal(parseOptions({ 'outline.entities': true }).options.outlineEntities, true);
    const { options, problems } = parseOptions({ outline: { entities: 'yes' } });
    assert.equal(options.outlineEntities, false);
    assert.deepEqual(problems, ['khabar.outline.entities: expected true or false; the default is used instead.']);
  });
});
