/** Features across articles: the workspace index, workspace symbols, article detection. */
import * as assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { suite, test } from 'node:test';
import type { WorkspaceSymbol } from 'vscode-languageserver/node';
import { ROOT, SAMPLES } from '../support/paths';
import { startHarness } from './harness';

suite('workspace', () => {
  test('workspace symbols find headlines across the sample articles', async () => {
    const h = await startHarness({ workspaceFolders: [pathToFileURL(SAMPLES).toString(), pathToFileURL(path.join(ROOT, 'test', 'vscode', 'workspace')).toString()] });
    try {
      const all = (await h.client.sendRequest('workspace/symbol', { query: '' })) as WorkspaceSymbol[];
      assert.deepEqual(all.map((s) => path.basename(new URL((s.location as { uri: string }).uri).pathname)).sort(), [
        '01-flood-wire.txt',
        '02-book-fair-page.txt',
        '03-ticker-report.txt',
        '05-hijri-digits.txt',
        'dates-checks.txt',
      ], 'every sample with a headline; the English notes are not an article');
      const found = (await h.client.sendRequest('workspace/symbol', { query: 'الجفاف الزيتون' })) as WorkspaceSymbol[];
      assert.equal(found.length, 1);
      assert.equal(found[0].name, 'تقرير: الجفاف يهدد نصف محصول الزيتون في المنطقة');
      assert.deepEqual((found[0].location as { range: unknown }).range, { start: { line: 6, character: 0 }, end: { line: 6, character: 47 } });
      assert.equal(found[0].containerName, '2021-11-08', 'the article\'s date, from its dateline');
      const folded = (await h.client.sendRequest('workspace/symbol', { query: 'مجلس الشوري' })) as WorkspaceSymbol[];
      assert.deepEqual(folded.map((s) => s.name), ['مجلس الشورى يقر ميزانية البلدية الجديدة بزيادة ١٢٪', 'مجلس الشورى'], 'the query matches in folded form (ى/ي): the headline and the council it names');
    } finally {
      await h.close();
    }
  });

  test('khabar/isArabicArticle tells Arabic articles from other text', async () => {
    const h = await startHarness();
    try {
      assert.equal(await h.client.sendRequest('khabar/isArabicArticle', { text: 'أعلن الدفاع المدني اليوم أن السيول غمرت عشرات القرى في ريف المحافظة.' }), true);
      assert.equal(await h.client.sendRequest('khabar/isArabicArticle', { text: 'Meeting notes: run the flood report on the front page (حماة).' }), false);
      assert.equal(await h.client.sendRequest('khabar/isArabicArticle', { text: 'قصير' }), false, 'too little text to tell');
      assert.equal(await h.client.sendRequest('khabar/isArabicArticle', { nothing: true }), false);
    } finally {
      await h.close();
    }
  });
});
