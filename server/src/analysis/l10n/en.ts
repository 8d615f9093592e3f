import type { Messages } from './messages';

const lineList = (lines: readonly number[]): string =>
  lines.length <= 6 ? lines.join(', ') : `${lines.slice(0, 6).join(', ')} …`;

export const en: Messages = {
  locale: 'en',
  manifest: {
    displayName: 'Khabar — Arabic News Markup',
    description: 'Language server for editors of Arabic news: dates, figures and names explained, duplicated paragraphs and web boilerplate flagged and cleaned, and an outline of every article.',
    'command.fixAll': 'Clean up the article (apply all safe fixes)',
    'command.treatAsArticle': 'Treat this file as an Arabic news article',
    'command.restartServer': 'Restart the language server',
    'config.plainTextFiles': 'Which plain-text (`.txt`) files Khabar analyses: `auto` switches a file to Arabic News when most of its letters are Arabic.',
    'config.plainTextFiles.auto': 'Files whose text is mostly Arabic.',
    'config.plainTextFiles.always': 'Every plain-text file.',
    'config.plainTextFiles.never': 'None; use the command "Treat this file as an Arabic news article" instead.',
    'config.language': 'Language of diagnostics and hovers: `auto` follows VS Code\'s display language.',
    'config.referenceDate': 'Reference date (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`) for relative dates (أمس، الخميس) in articles that have no dateline of their own; an article\'s dateline wins.',
    'config.maxFileSize': 'Files with more characters than this are not analysed; a notice says so.',
    'config.rules': 'Severity of each rule: `error`, `warning`, `info`, `hint` or `off`.',
    'config.trace.server': 'Trace the communication between VS Code and the Khabar language server (in the Khabar output channel).',
    'config.outline.entities': 'Add the people, places and organisations named in the article to the outline, each with its mentions.',
  },
  rules: {
    'paragraph.duplicate': {
      title: 'Duplicated paragraph',
      description: 'A paragraph that repeats an earlier one word for word (ignoring spacing, diacritics, tatweel, hamza and alef variants and punctuation). Scraped and syndicated copy often repeats whole blocks.',
    },
    'boilerplate.line': {
      title: 'Web boilerplate',
      description: 'Page furniture left over from a web page: share and subscribe prompts, logos, adverts, "read also" links, related headlines, comment prompts, section labels and news tickers.',
    },
    'whitespace.blank-lines': {
      title: 'Stray blank lines',
      description: 'Runs of blank lines, or lines that hold only no-break spaces or other invisible characters, between paragraphs.',
    },
    'file.too-large': {
      title: 'File too large to analyse',
      description: 'The file is larger than the khabar.maxFileSize setting, so Khabar does not analyse it rather than slow the editor down. Nothing is hidden silently: this notice says so.',
    },
    'file.not-text': {
      title: 'Not a text article',
      description: 'The file holds NUL bytes or undecodable characters, so it is probably binary or not UTF-8. Khabar does not analyse it.',
    },
    'analysis.failed': {
      title: 'Part of the analysis failed',
      description: 'One step of the analysis stopped on an unexpected input; the other results are still shown. Please report the article that caused it.',
    },
  },
  findings: {
    duplicate: (firstLine) => `This paragraph repeats the paragraph on line ${firstLine}.`,
    boilerplate: (kind) => `Web boilerplate: ${en.boilerplateKinds[kind]}.`,
    blankLines: (count, invisible) =>
      invisible
        ? `${count === 1 ? 'A line holds' : `${count} blank lines hold`} only no-break spaces or invisible characters.`
        : `${count} blank lines in a row.`,
    tooLarge: (length, limit) =>
      `This file has ${length.toLocaleString('en')} characters, more than khabar.maxFileSize (${limit.toLocaleString('en')}); Khabar did not analyse it.`,
    notText: (reason) => `This does not look like a text article (${reason}); Khabar did not analyse it.`,
    analysisFailed: (step) => `The ${step} step of the analysis failed on this text; other results are still shown.`,
  },
  related: {
    firstOccurrence: 'First occurrence',
  },
  fixes: {
    removeDuplicate: 'Remove this duplicated paragraph',
    removeBoilerplate: (kind) => `Remove this ${en.boilerplateKinds[kind]}`,
    tidyBlankLines: 'Tidy the blank lines',
    fixAll: 'Khabar: apply all safe fixes',
  },
  boilerplateKinds: {
    'share-prompt': 'share or subscribe prompt',
    logo: 'logo placeholder',
    advert: 'advert label',
    'read-also': '"read also" link',
    related: 'related-headlines block',
    'comment-prompt': 'comment prompt',
    ticker: 'news ticker',
    'section-label': 'section label',
    'page-header': 'page header date',
  },
  outline: {
    kinds: {
      headline: 'Headline',
      dateline: 'Dateline',
      byline: 'Byline',
      section: 'Section',
      paragraph: 'Paragraph',
      quote: 'Quotation',
      boilerplate: 'Boilerplate',
      entities: 'Names',
      entity: 'Name',
      mention: 'Mention',
    },
    noHeadline: 'No headline',
    entityGroup: (type, names) => `${{ person: 'People', place: 'Places', organization: 'Organisations' }[type]} (${names})`,
    entity: (name, mentions) => `${name} (${mentions})`,
  },
  entityTypes: {
    person: 'Person',
    place: 'Place',
    organization: 'Organisation',
  },
  hover: {
    date: 'Date',
    relativeDate: 'Relative date',
    figure: 'Figure',
    value: 'Value',
    range: 'Range',
    unit: 'Counted',
    percent: 'Percentage',
    approximate: 'Approximate',
    bounds: {
      'at-least': 'At least',
      'at-most': 'At most',
      'more-than': 'More than',
      'less-than': 'Less than',
    },
    weekday: 'Weekday',
    gregorianMonths: 'Month',
    hijri: 'Hijri (Umm al-Qura)',
    calendarHijri: 'Gregorian',
    resolvedAgainst: (anchor, anchorValue, offsetDays) => {
      const what = anchor === 'dateline' ? "the article's dateline" : 'the reference date';
      if (offsetDays === null) return `Resolved against ${what} (${anchorValue}).`;
      if (offsetDays === 0) return `Resolved against ${what} (${anchorValue}): the same day.`;
      const n = Math.abs(offsetDays);
      return `Resolved against ${what} (${anchorValue}): ${n} day${n === 1 ? '' : 's'} ${offsetDays < 0 ? 'before' : 'after'}.`;
    },
    unresolved: 'Not resolved: the article has no dateline and no reference date is set (khabar.referenceDate).',
    sameFigureElsewhere: (lines) => `The same figure on line${lines.length === 1 ? '' : 's'} ${lineList(lines)}.`,
    mentions: (count, lines) => `${count} mention${count === 1 ? '' : 's'} (line${lines.length === 1 ? '' : 's'} ${lineList(lines)}).`,
    canonical: 'Canonical name',
    variants: 'Spellings used',
    dateline: 'Dateline: the publication date',
    quote: 'Quotation',
    saidBy: 'Said by',
    carriedBy: (cue) => `Named earlier; the speaker is carried on by ${cue}`,
    noSpeaker: 'The article does not say who said this.',
  },
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  settings: {
    unknownRule: (id) => `khabar.rules: unknown rule "${id}" (ignored).`,
    badLevel: (id, value) => `khabar.rules: "${value}" is not a level for "${id}"; use error, warning, info, hint or off.`,
    badValue: (setting, expected) => `${setting}: expected ${expected}; the default is used instead.`,
  },
  cli: {
    usage: [
      'Usage: khabar <command> [options] FILE|- ...',
      '',
      'Commands:',
      '  analyze   Print everything Khabar recognises (JSON by default: the version 1 contract).',
      '  check     Print the findings; exit 1 when any finding is at or above --fail-on.',
      '  fix       Apply the safe fixes; print the result, or rewrite the files with --write.',
      '',
      'Options:',
      '  --format FORMAT         analyze: json|text; check: text|json|sarif',
      '  --reference-date ISO    resolve relative dates in articles without a dateline',
      '  --rule ID=LEVEL         set a rule to error|warning|info|hint|off (repeatable)',
      '  --fail-on LEVEL         check: the lowest level that fails (default: warning)',
      '  --lang ar|en            language of messages (default: from LANG)',
      '  --write                 fix: rewrite the files in place',
      '  -h, --help              show this help',
      '',
      'Exit status: 0 success, 1 findings (check), 2 a file could not be read or bad usage.',
    ].join('\n'),
    unknownCommand: (command) => `unknown command "${command}"`,
    unknownOption: (option) => `unknown option "${option}"`,
    missingValue: (option) => `option ${option} needs a value`,
    noFiles: 'no input files (use - for standard input)',
    cannotRead: (path, reason) => `${path}: cannot read: ${reason}`,
    notUtf8: 'not valid UTF-8',
    noSuchFile: 'no such file',
    isDirectory: 'is a directory',
    permissionDenied: 'permission denied',
    binary: 'binary content (NUL bytes)',
    tooLarge: (bytes, limit) => `too large (${bytes} bytes; the limit is ${limit})`,
    summary: (files, findings, errors) =>
      `${findings} finding${findings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}${errors ? `, ${errors} unreadable` : ''}.`,
    fixed: (path, count) => `${path}: applied ${count} fix${count === 1 ? '' : 'es'}`,
    wouldFix: (path, count) => `${path}: ${count} fix${count === 1 ? '' : 'es'} to apply (use --write)`,
    nothingToFix: (path) => `${path}: nothing to fix`,
  },
};
