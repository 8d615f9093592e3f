/**
 * Reading articles: files or standard input, checked before analysis. A file that cannot
 * be read, holds NUL bytes (binary) or is not valid UTF-8 gets a one-line reason; the
 * others are still processed. A byte-order mark is kept aside, not counted in offsets.
 */
import { readFileSync } from 'node:fs';
import type { Messages } from '../analysis';

export const MAX_BYTES = 64 * 1024 * 1024;

export type Read = { readonly ok: true; readonly text: string; readonly bom: boolean } | { readonly ok: false; readonly reason: string };

export function decode(bytes: Uint8Array, m: Messages): Read {
  if (bytes.length > MAX_BYTES) return { ok: false, reason: m.cli.tooLarge(bytes.length, MAX_BYTES) };
  if (bytes.includes(0)) return { ok: false, reason: m.cli.binary };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: m.cli.notUtf8 };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: bom ? text.slice(1) : text, bom };
}

export function readArticle(path: string, m: Messages): Read {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? m.cli.noSuchFile : code === 'EISDIR' ? m.cli.isDirectory : code === 'EACCES' ? m.cli.permissionDenied : String((error as Error).message);
    return { ok: false, reason };
  }
  return decode(bytes, m);
}
