/**
 * The workspace boilerplate list, `.khabar/boilerplate.patterns` in a workspace folder:
 * read for the folder that holds a document, cached until the file changes, and appended
 * to by the "add this line to the boilerplate list" action. The core receives its text
 * through parseOptions and never reads it itself.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BOILERPLATE_PATTERNS_FILE, type WorkspaceFiles } from '../analysis';

const HEADER = [
  '# Khabar: lines that are web boilerplate in this workspace, one pattern a line.',
  '# A whole line (spelling unified: hamza forms, diacritics, punctuation and spacing do not matter),',
  '# the start of a line followed by *, or a regular expression between /…/. Lines starting with # are comments.',
  '',
].join('\n');

export class PatternFiles {
  readonly #folders: () => readonly string[];
  readonly #cache = new Map<string, Promise<string | null>>();
  readonly #listeners: Array<() => void> = [];

  constructor(folders: () => readonly string[]) {
    this.#folders = folders;
  }

  /** The file for a document: in the innermost workspace folder holding it, else in the first folder; null for documents outside any. */
  fileFor(uri: string): string | null {
    let file: string;
    try {
      file = fileURLToPath(uri);
    } catch {
      const first = this.#folders()[0];
      return first ? path.join(first, BOILERPLATE_PATTERNS_FILE) : null;
    }
    const holders = this.#folders().filter((folder) => file.startsWith(folder + path.sep));
    const folder = holders.sort((a, b) => b.length - a.length)[0] ?? this.#folders()[0];
    return folder ? path.join(folder, BOILERPLATE_PATTERNS_FILE) : null;
  }

  async workspaceFiles(uri: string): Promise<WorkspaceFiles> {
    const file = this.fileFor(uri);
    if (!file) return {};
    let text = this.#cache.get(file);
    if (!text) {
      text = fs.readFile(file, 'utf8').then(
        (t) => t,
        () => null,
      );
      this.#cache.set(file, text);
    }
    return { boilerplatePatterns: await text };
  }

  /** Calls `listener` whenever a boilerplate list changes (on disk, or through append). */
  onDidChange(listener: () => void): void {
    this.#listeners.push(listener);
  }

  /** Tells whether one of the changed URIs is a boilerplate list; if so, forgets the cached lists and says so to the listeners. */
  changed(uris: readonly string[]): boolean {
    if (!uris.some((u) => u.endsWith(`/${BOILERPLATE_PATTERNS_FILE}`))) return false;
    this.#fire();
    return true;
  }

  #fire(): void {
    this.#cache.clear();
    for (const listener of this.#listeners) listener();
  }

  /** Appends a pattern to the list of the folder holding `uri`, creating the file (with a header) if needed. */
  async append(uri: string, pattern: string): Promise<string | null> {
    const file = this.fileFor(uri);
    if (!file) return null;
    await fs.mkdir(path.dirname(file), { recursive: true });
    const current = await fs.readFile(file, 'utf8').catch(() => null);
    const prefix = current === null ? HEADER : current === '' || current.endsWith('\n') ? '' : '\n';
    await fs.appendFile(file, `${prefix}${pattern}\n`, 'utf8');
    this.#fire();
    return file;
  }
}
