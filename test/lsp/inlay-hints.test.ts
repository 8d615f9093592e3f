/** Inlay hints through the language server, and the setting that turns them off. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { suite, test } from 'node:test';
import type { InlayHint } from 'vscode-languageserver/node';
import { ROOT } from '../support/paths';
import { URI, startHarness } from './harness';

const FIXTURE = fs.readFileSync(path.join(ROOT, 'test/vscode/workspace/dates-checks.txt'), 'utf8');
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

function offsetAt(text: string, line: number, character: number): number {
  return text.split('\n').slice(0, line).reduce((s, l) => s + l.length + 1, 0) + character;
}

suite('inlay hints', () => {
  test('ISO dates beside Arabic dates, values beside figures in words, nothing beside plain ones', async () => {
    const h = await startHarness();
    try {
      assert.equal(h.initialize.capabilities.inlayHintProvider, true);
      await h.open(FIXTURE);
      const hints = (await h.client.sendRequest('textDocument/inlayHint', { textDocument: { uri: URI }, range: WHOLE })) as InlayHint[];
      const at = (label: string): string => {
        const hint = hints.find((x) => x.label === label);
        assert.ok(hint, `a hint ${label} in ${hints.map((x) => x.label).join(' | ')}`);
        assert.equal(hint.paddingLeft, true);
        const end = offsetAt(FIXTURE, hint.position.line, hint.position.character);
        return FIXTURE.slice(Math.max(0, end - 60), end);
      };
      assert.match(at('2023-03-11'), /مساء أمس السبت$/);
      assert.match(at('≈ 3,500'), /نحو ثلاثة آلاف وخمسمائة هكتار$/);
      assert.match(at('2,000,000–3,000,000'), /بين مليونين وثلاثة ملايين دولار$/);
      assert.match(at('12'), /اثني عشر مركزا$/);
      assert.match(at('≤ 45,000'), /لن يتجاوز ٤٥ ألف طن$/);
      assert.ok(!hints.some((x) => x.label === '25 %' || x.label === '≈ 25 %'), 'a percentage in digits is plain');
      // Only the requested range.
      const line4 = (await h.client.sendRequest('textDocument/inlayHint', { textDocument: { uri: URI }, range: { start: { line: 4, character: 0 }, end: { line: 4, character: 500 } } })) as InlayHint[];
      assert.deepEqual(line4.map((x) => x.label), ['2,000,000–3,000,000', '12']);
    } finally {
      await h.close();
    }
  });

  test('khabar.inlayHints.enabled: false turns them off', async () => {
    const h = await startHarness({ settings: { inlayHints: { enabled: false } } });
    try {
      await h.open(FIXTURE);
      assert.deepEqual(await h.client.sendRequest('textDocument/inlayHint', { textDocument: { uri: URI }, range: WHOLE }), []);
    } finally {
      await h.close();
    }
  });
});
