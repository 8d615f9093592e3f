/**
 * Settings: pulled from the client per document (workspace/configuration), parsed once
 * by the core's parseOptions, frozen and cached until the configuration changes.
 * Problems with the raw settings are reported once each.
 */
import type { Connection } from 'vscode-languageserver/node';
import { defaultOptions, parseOptions, type AnalysisOptions, type Locale } from '../analysis';

export class Settings {
  readonly #connection: Connection;
  readonly #cache = new Map<string, Promise<AnalysisOptions>>();
  readonly #reported = new Set<string>();
  #hostLocale: Locale = 'en';
  #canPull = false;

  constructor(connection: Connection) {
    this.#connection = connection;
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
    if (!this.#canPull) return defaultOptions(this.#hostLocale);
    let raw: unknown;
    try {
      raw = await this.#connection.workspace.getConfiguration({ scopeUri: uri, section: 'khabar' });
    } catch {
      raw = {};
    }
    const { options, problems } = parseOptions(raw, this.#hostLocale);
    for (const problem of problems) {
      if (this.#reported.has(problem)) continue;
      this.#reported.add(problem);
      this.#connection.console.warn(problem);
      this.#connection.window.showWarningMessage(problem);
    }
    return options;
  }
}
