/**
 * Names through the protocol: semantic tokens (full and range), highlights of every
 * mention, definition and references, the hover, and workspace symbols across articles.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, suite, test } from 'node:test';
import type { DocumentHighlight, Hover, Location, SemanticTokens, SemanticTokensLegend, WorkspaceSymbol } from 'vscode-languageserver/node';
import { SAMPLES } from '../support/paths';
import { URI, startHarness, type Harness } from './harness';

const ARTICLE = [
  'المرصد: انسحاب داعش من حلب',
  'قال رامي عبد الرحمن مدير المرصد السوري لحقوق الإنسان إن تنظيم داعش انسحب من ريف حلب.',
  'وأكد عبد الرحمن لوكالة الصحافة الفرنسية أن القوات السورية تقدمت في سورية.',
].join('\n');

function positionOf(text: string, needle: string, occurrence = 0): { line: number; character: number } {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, needle);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** Decodes LSP's relative encoding into [line, character, text, type, modifiers]. */
function decode(text: string, tokens: SemanticTokens, legend: SemanticTokensLegend): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dl, dc, length, type, mods] = tokens.data.slice(i, i + 5);
    line += dl;
    char = dl === 0 ? char + dc : dc;
    out.push(`${line}:${lines[line].slice(char, char + length)}:${legend.tokenTypes[type]}${mods & 1 ? ':declaration' : ''}`);
  }
  return out;
}

suite('language server: names', () => {
  let h: Harness;
  let legend: SemanticTokensLegend;
  before(async () => {
    h = await startHarness();
    legend = (h.initialize.capabilities.semanticTokensProvider as { legend: SemanticTokensLegend }).legend;
    await h.open(ARTICLE);
  });
  after(() => h.close());

  test('initialize announces semantic tokens with standard types, highlights, definition and references', () => {
    const caps = h.initialize.capabilities;
    assert.deepEqual(legend, { tokenTypes: ['class', 'function', 'enumMember'], tokenModifiers: ['declaration'] });
    assert.equal(caps.documentHighlightProvider, true);
    assert.equal(caps.definitionProvider, true);
    assert.equal(caps.referencesProvider, true);
  });

  test('semantic tokens colour people, places and organisations apart; the first mention is a declaration', async () => {
    const tokens = (await h.client.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: URI } })) as SemanticTokens;
    const decoded = decode(ARTICLE, tokens, legend);
    assert.ok(decoded.includes('1:رامي عبد الرحمن:class:declaration'), decoded.join(' '));
    assert.ok(decoded.includes('2:عبد الرحمن:class'), decoded.join(' '));
    assert.ok(decoded.includes('0:حلب:function:declaration'), decoded.join(' '));
    assert.ok(decoded.includes('1:حلب:function'), decoded.join(' '));
    assert.ok(decoded.includes('1:المرصد السوري لحقوق الإنسان:enumMember:declaration'), decoded.join(' '));
    assert.ok(decoded.includes('1:تنظيم داعش:enumMember'), decoded.join(' '));
    assert.ok(decoded.includes('2:سورية:function:declaration'), decoded.join(' '));
    const range = (await h.client.sendRequest('textDocument/semanticTokens/range', {
      textDocument: { uri: URI },
      range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } },
    })) as SemanticTokens;
    const inRange = decode(ARTICLE, range, legend);
    assert.ok(inRange.length > 0 && inRange.every((t) => t.startsWith('2:')), inRange.join(' '));
  });

  test('highlights every mention of the name under the cursor, the first as where it is introduced', async () => {
    const highlights = (await h.client.sendRequest('textDocument/documentHighlight', { textDocument: { uri: URI }, position: positionOf(ARTICLE, 'عبد الرحمن', 1) })) as DocumentHighlight[];
    assert.deepEqual(
      highlights.map((x) => [x.range.start.line, x.range.start.character, x.range.end.character, x.kind]),
      [
        [1, 4, 19, 3],
        [2, 5, 15, 2],
      ],
    );
    const none = (await h.client.sendRequest('textDocument/documentHighlight', { textDocument: { uri: URI }, position: positionOf(ARTICLE, 'انسحب') })) as DocumentHighlight[];
    assert.deepEqual(none, []);
  });

  test('definition goes to the first mention; references list them all', async () => {
    const at = { textDocument: { uri: URI }, position: positionOf(ARTICLE, 'عبد الرحمن', 1) };
    const definition = (await h.client.sendRequest('textDocument/definition', at)) as Location[];
    assert.deepEqual(definition.map((l) => l.range.start), [{ line: 1, character: 4 }]);
    const all = (await h.client.sendRequest('textDocument/references', { ...at, context: { includeDeclaration: true } })) as Location[];
    assert.equal(all.length, 2);
    const later = (await h.client.sendRequest('textDocument/references', { ...at, context: { includeDeclaration: false } })) as Location[];
    assert.deepEqual(later.map((l) => l.range.start), [{ line: 2, character: 5 }]);
  });

  test('the hover gives the type in both languages, the canonical name, spellings, mentions and the first mention', async () => {
    const at = positionOf(ARTICLE, 'في سورية');
    const hover = (await h.client.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: at.line, character: at.character + 4 } })) as Hover;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /\*\*Place\*\* \(مكان\)/);
    assert.match(value, /\*\*سوريا\*\*/);
    assert.match(value, /In English: Syria/);
    assert.match(value, /Spellings used: سورية/);
    assert.match(value, /1 mention \(line 3\)/);
    assert.match(value, /First mention: line 3, «سورية»/);
  });
});

suite('workspace symbols: names across articles', () => {
  test('a name is found in every article that mentions it, spelling variants included', async () => {
    const h = await startHarness({ workspaceFolders: [pathToFileURL(SAMPLES).toString()] });
    try {
      const found = (await h.client.sendRequest('workspace/symbol', { query: 'الخطيب' })) as WorkspaceSymbol[];
      const people = found.filter((s) => s.name === 'سامر الخطيب');
      assert.equal(people.length, 1, JSON.stringify(found));
      assert.equal(path.basename(new URL((people[0].location as { uri: string }).uri).pathname), '01-flood-wire.txt');
      assert.equal(people[0].kind, 5, 'a person is shown as a class');
      assert.ok(people[0].containerName?.includes('السيول'), 'beside it, the headline of its article');
      const amman = (await h.client.sendRequest('workspace/symbol', { query: 'عمان' })) as WorkspaceSymbol[];
      assert.ok(amman.some((s) => s.name === 'عمان' && s.kind === 12), JSON.stringify(amman));
      const none = (await h.client.sendRequest('workspace/symbol', { query: '' })) as WorkspaceSymbol[];
      assert.ok(none.every((s) => s.kind === 1), 'an empty query lists headlines only');
    } finally {
      await h.close();
    }
  });
});
