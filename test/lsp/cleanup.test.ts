/**
 * Cleanup in the language server: "remove all" actions, cross-article findings with links
 * into the other files, the workspace boilerplate list (read, watched, and appended to by
 * a code action), and fixes pinned to the version they were computed for.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { suite, test } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver/node';
import { readSample } from '../support/paths';
import { tempFolder } from '../support/temp';
import { applyTextEdits, eventually, startHarness, type Harness } from './harness';

const P1 = 'أعلن الدفاع المدني السوري اليوم الخميس أن السيول التي اجتاحت ريف حماة الشمالي غمرت 23 قرية وبلدة وأجبرت أكثر من 600 عائلة على مغادرة منازلها.';
const P2 = 'وكانت وزارة الزراعة قد حذرت الأسبوع الماضي من أن التربة المشبعة بالمياه لن تحتمل موجة جديدة من الأمطار الغزيرة في المنطقة.';
const P3 = 'وقدرت الوزارة الأضرار الأولية بنحو ثلاثة ملايين دولار فيما لا يقل عدد الهكتارات الزراعية المتضررة عن ألفي هكتار.';
const FOOTER = 'وحدة التحقق من الأخبار في الموقع';

async function pull(h: Harness, uri: string): Promise<Diagnostic[]> {
  const report = await h.client.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  return (report as { items: Diagnostic[] }).items;
}

/** Pulls until `done` holds (the workspace is indexed in the background). */
async function pullUntil(h: Harness, uri: string, done: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const last = await pull(h, uri);
    if (done(last)) return last;
    if (Date.now() > deadline) assert.fail(`diagnostics never settled: ${JSON.stringify(last.map((d) => [d.code, d.range.start.line]))}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function workspace(files: Record<string, string>): { dir: string; uri: (name: string) => string } {
  const dir = tempFolder('khabar-ws-', files);
  return { dir, uri: (name) => pathToFileURL(path.join(dir, name)).toString() };
}

async function actionsAt(h: Harness, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return (await h.client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
}

suite('cleanup in the language server', () => {
  test('"remove all duplicated paragraphs" removes every copy in one edit and keeps the first occurrences', async () => {
    const h = await startHarness();
    try {
      const uri = 'file:///work/wire.txt';
      const wire = readSample('01-flood-wire.txt');
      await h.open(wire, uri);
      const [first] = await pull(h, uri);
      const all = (await actionsAt(h, uri, first)).find((a) => a.title === 'Remove all 3 duplicated paragraphs');
      assert.ok(all?.edit, 'offered beside the quick fix');
      assert.equal(all.diagnostics?.length, 3);
      const change = all.edit.documentChanges?.[0] as TextDocumentEdit;
      assert.deepEqual(change.textDocument, { uri, version: 1 });
      assert.equal(applyTextEdits(wire, change.edits), wire.split('\n').slice(0, 7).join('\n') + '\n');
    } finally {
      await h.close();
    }
  });

  test('"remove all boilerplate" on a scraped page; a quick fix computed after an edit is pinned to the new version', async () => {
    const h = await startHarness();
    try {
      const uri = 'file:///work/page.txt';
      const page = readSample('04-no-headline.txt');
      await h.open(page, uri);
      const advert = (await pull(h, uri)).find((d) => d.code === 'boilerplate.line');
      assert.ok(advert);
      const all = (await actionsAt(h, uri, advert)).find((a) => /^Remove all \d+ boilerplate lines and blocks$/.test(a.title));
      const fixed = applyTextEdits(page, (all?.edit?.documentChanges?.[0] as TextDocumentEdit).edits);
      for (const chrome of ['إعلان', 'أقرأ أيضا', 'قد يهمك أيضا', 'أرسل تعليقك']) assert.ok(!fixed.includes(chrome), chrome);
      assert.equal(fixed.split('\n').length, page.split('\n').length - 6, 'six lines go, no other');

      await h.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `\n${page}` }] });
      const moved = (await pull(h, uri)).find((d) => d.code === 'boilerplate.line');
      assert.ok(moved && moved.range.start.line === advert.range.start.line + 1);
      const remove = (await actionsAt(h, uri, moved))[0];
      assert.equal((remove.edit?.documentChanges?.[0] as TextDocumentEdit).textDocument.version, 2, 'edits carry the version they were computed for; the editor refuses them once it has moved on');
    } finally {
      await h.close();
    }
  });

  test('a paragraph shared with another article of the workspace links to it, at its line there', async () => {
    const ws = workspace({ 'a.txt': `عنوان الخبر الأول\n${P1}\n${P2}\n`, 'sub/b.txt': `عنوان الخبر الثاني\n${P3}\n\n${P1.replace('اليوم الخميس', 'الخميس')}\n` });
    const h = await startHarness({ workspaceFolders: [pathToFileURL(ws.dir).toString()] });
    try {
      await h.open(fs.readFileSync(path.join(ws.dir, 'a.txt'), 'utf8'), ws.uri('a.txt'));
      const diagnostics = await pullUntil(h, ws.uri('a.txt'), (d) => d.some((x) => x.code === 'paragraph.cross-article'));
      const shared = diagnostics.find((d) => d.code === 'paragraph.cross-article');
      assert.equal(shared?.severity, 3, 'information');
      assert.match(String(shared?.message), /^This paragraph also stands in b\.txt, line 4 \(\d+ % of its wording\)\.$/);
      assert.deepEqual(shared?.relatedInformation?.[0].location, { uri: ws.uri('sub/b.txt'), range: { start: { line: 3, character: 0 }, end: { line: 3, character: P1.length - 6 } } });

      h.settings = { acrossArticles: false };
      await h.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
      assert.ok((await pull(h, ws.uri('a.txt'))).every((d) => d.code !== 'paragraph.cross-article'), 'khabar.acrossArticles turns it off');
    } finally {
      await h.close();
    }
  });

  test('the workspace boilerplate list: read, watched, and extended by a code action on a recurring line', async () => {
    const article = (body: string): string => `عنوان الخبر هنا\n${body}\n${FOOTER}\n`;
    const ws = workspace({ 'a.txt': article(P1), 'b.txt': article(P2), 'c.txt': article(P3), '.khabar/boilerplate.patterns': '# house list\nتابعونا على سناب شات\n' });
    const h = await startHarness({ workspaceFolders: [pathToFileURL(ws.dir).toString()] });
    try {
      await h.open(`${article(P1)}تابعونا على سناب-شات\n`, ws.uri('a.txt'));
      const before = await pullUntil(h, ws.uri('a.txt'), (d) => d.some((x) => x.code === 'boilerplate.recurring-line'));
      assert.equal(before.find((d) => d.range.start.line === 3)?.message, 'Web boilerplate: line on the house boilerplate list.');
      const recurring = before.find((d) => d.code === 'boilerplate.recurring-line') as Diagnostic;
      assert.equal(recurring.range.start.line, 2);

      const add = (await actionsAt(h, ws.uri('a.txt'), recurring)).find((a) => a.command);
      assert.equal(add?.title, `Add this line to the workspace boilerplate list (${path.join('.khabar', 'boilerplate.patterns')})`);
      await h.client.sendRequest('workspace/executeCommand', { command: add?.command?.command, arguments: add?.command?.arguments });
      assert.equal(fs.readFileSync(path.join(ws.dir, '.khabar/boilerplate.patterns'), 'utf8'), `# house list\nتابعونا على سناب شات\n${FOOTER}\n`);
      const after = await pullUntil(h, ws.uri('a.txt'), (d) => d.some((x) => x.code === 'boilerplate.line' && x.range.start.line === 2));
      assert.ok(after.every((d) => d.code !== 'boilerplate.recurring-line'), 'now on the list, it is boilerplate that fix-all removes');

      fs.writeFileSync(path.join(ws.dir, '.khabar/boilerplate.patterns'), '# emptied\n');
      await h.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('.khabar/boilerplate.patterns'), type: 2 }] });
      await pullUntil(h, ws.uri('a.txt'), (d) => d.some((x) => x.code === 'boilerplate.recurring-line') && !d.some((x) => x.range.start.line === 3));
    } finally {
      await h.close();
    }
  });

  test('a new list is created with a header in the workspace folder; a bad pattern in it is shown once', async () => {
    const ws = workspace({});
    const h = await startHarness({ workspaceFolders: [pathToFileURL(ws.dir).toString()] });
    try {
      await h.client.sendRequest('workspace/executeCommand', { command: 'khabar.addToBoilerplateList', arguments: [ws.uri('x.txt'), '/[/'] });
      const list = fs.readFileSync(path.join(ws.dir, '.khabar/boilerplate.patterns'), 'utf8');
      assert.match(list, /^# Khabar: lines that are web boilerplate/);
      assert.ok(list.endsWith('\n/[/\n'));
      await h.open(`عنوان الخبر هنا\n${P1}\n`, ws.uri('x.txt'));
      await pull(h, ws.uri('x.txt'));
      const shown = await eventually(() => h.messages.find((m) => m.message.includes('.khabar/boilerplate.patterns:4')));
      assert.match(shown.message, /the boilerplate pattern "\/\[\/" cannot be used/);
    } finally {
      await h.close();
    }
  });
});
