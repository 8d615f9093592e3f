// Checks that a packaged .vsix holds exactly what the extension needs: the manifest and
// its translations, the client and server bundles, the grammar, the language
// configuration and the docs; nothing from src/, test/, node_modules/ or source maps.
import { readFileSync } from 'node:fs';

const EXPECTED = [
  'extension.vsixmanifest',
  '[Content_Types].xml',
  'extension/package.json',
  'extension/package.nls.json',
  'extension/package.nls.ar.json',
  'extension/readme.md',
  'extension/changelog.md',
  'extension/LICENSE.txt',
  'extension/language-configuration.json',
  'extension/patterns-language-configuration.json',
  'extension/syntaxes/arabic-news.tmLanguage.json',
  'extension/dist/extension.js',
  'extension/dist/server.js',
  'extension/docs/rules.md',
  'extension/THIRD-PARTY-NOTICES.md',
];
const OPTIONAL = ['extension/docs/screenshot.png'];

/** The file names in a zip archive, read from its central directory. */
function zipEntries(buffer) {
  let eocd = buffer.length - 22;
  while (eocd >= 0 && buffer.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip archive');
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error('corrupt central directory');
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    names.push(buffer.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

const file = process.argv[2] ?? 'khabar.vsix';
const names = zipEntries(readFileSync(file));
const missing = EXPECTED.filter((n) => !names.includes(n));
const unexpected = names.filter((n) => !EXPECTED.includes(n) && !OPTIONAL.includes(n));
if (missing.length || unexpected.length) {
  if (missing.length) console.error(`check-vsix: missing from ${file}: ${missing.join(', ')}`);
  if (unexpected.length) console.error(`check-vsix: should not be in ${file}: ${unexpected.join(', ')}`);
  process.exit(1);
}
console.log(`check-vsix: ${file} holds the ${names.length} expected files`);
