import type { Locale } from '../model';
import type { Messages } from './messages';
import { ar } from './ar';
import { en } from './en';

export type { Messages, RuleText } from './messages';

export function messagesFor(locale: Locale): Messages {
  return locale === 'ar' ? ar : en;
}

/** Maps a host locale tag (VS Code's display language, LANG) to a catalogue: Arabic for ar*, else English. */
export function localeFromTag(tag: string | undefined | null): Locale {
  return typeof tag === 'string' && /^ar(\b|[-_])/i.test(tag) ? 'ar' : 'en';
}
