/** Hovers on quotations: who said it, as the article names them, and the word that says so. */
import type { Quote } from '../model';
import type { Messages } from '../l10n';

export function quoteHover(quote: Quote, m: Messages): string {
  const parts = [`**${m.hover.quote}**`];
  if (!quote.speaker) parts.push(m.hover.noSpeaker);
  else {
    const cue = quote.cue ? ` (${quote.cue.text})` : '';
    parts.push(`${m.hover.saidBy}: ${quote.speaker.text}${quote.speaker.inferred ? '' : cue}`);
    if (quote.speaker.inferred && quote.cue) parts.push(m.hover.carriedBy(quote.cue.text));
  }
  return parts.join('\n\n');
}
