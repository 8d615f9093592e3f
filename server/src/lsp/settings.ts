/**
 * Settings: pulled from the client per document (workspace/configuration), parsed once
 * by the core's parseOptions, frozen and cached until the configuration changes.
 * Problems with the raw settings are reported once each.
 */
import type { Connection } from 'vscode-languageserver/node';
import { parseOptions, type AnalysisOptions, type Locale, type WorkspaceFiles } from '../analysis';

export class Settings {
  readonly #connection: Connection;
  readonly #cache = new Map<string, Promise<AnalysisOptions>>();
  readonly #reported = new Set<string>();
  #hostLocale: Locale = 'en';
  #canPull = false;
  /** The workspace's own files that add to the settings (the boilerplate list). */
  readonly #files: (uri: string) => Promise<WorkspaceFiles>;

  constructor(connection: Connection, files: (uri: string) => Promise<WorkspaceFiles> = async () => ({})) {
    this.#connection = connection;
    this.#files = files;
  }

  configure(hostLocale: Locale, canPull: boolean): void {
    this.#hostLocale = hostLocale;
    this.#canPull = canPull;
  }

  get hostLocale(): Locale {
    return this.#hostLocale;
  }

  /** Forget every cached value; the next request pulls afresh. */
  reset(): void {
    this.#cache.clear();
  }

  forget(uri: string): void {
    this.#cache.delete(uri);
  }

  get(uri: string): Promise<AnalysisOptions> {
    let options = this.#cache.get(uri);
    if (!options) {
      options = this.#pull(uri);
      this.#cache.set(uri, options);
    }
    return options;
  }

  async #pull(uri: string): Promise<AnalysisOptions> {
    let raw: unknown = {};
    if (this.#canPull) {
      try {
        raw = await this.#connection.workspace.getConfiguration({ scopeUri: uri, section: 'khabar' });
      } catch {
        raw = {};
      }
    }
    const files = await this.#files(uri).catch((): WorkspaceFiles => ({}));
    const { options, problems } = parseOptions(raw, this.#hostLocale, files);
    for (const problem of problems) {
      if (this.#reported.has(problem)) continue;
      this.#reported.add(problem);
      this.#connection.console.warn(problem);
      this.#connection.window.showWarningMessage(problem);
    }
    return options;
  }
}
