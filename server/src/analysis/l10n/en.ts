import type { Messages } from './messages';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DIGITS = { western: 'Western (0–9)', 'arabic-indic': 'Arabic-Indic (٠–٩)', persian: 'Persian (۰–۹)' } as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

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
    'config.nearDuplicateThreshold': 'When a paragraph counts as a near duplicate: the share of its wording (0.5 to 1) that already stands in another paragraph, counted in pairs of consecutive words after spelling is unified.',
    'config.acrossArticles': 'Compare each article with the other articles of the workspace: report paragraphs that also stand in another article, and propose lines that recur in many articles as boilerplate.',
    'config.boilerplatePatterns': 'Your house\'s own boilerplate lines, one pattern an item: a whole line (compared with spelling unified), the start of a line followed by `*`, or a regular expression between `/…/`. The patterns of the workspace file `.khabar/boilerplate.patterns` (same syntax, one a line) are added to these.',
    'config.inlayHints.enabled': 'Show inline hints beside dates and figures: the ISO date beside a date written in Arabic, and the value beside a figure written in words (ثلاثة آلاف → 3,000).',
    'config.outline.entities': 'Add the people, places and organisations named in the article to the outline, each with its mentions.',
  },
  rules: {
    'paragraph.duplicate': {
      title: 'Duplicated paragraph',
      description: 'A paragraph that repeats an earlier one word for word (ignoring spacing, diacritics, tatweel, hamza and alef variants and punctuation). Scraped and syndicated copy often repeats whole blocks.',
    },
    'boilerplate.line': {
      title: 'Web boilerplate',
      description: 'Page furniture left over from a web page: share and subscribe prompts, logos, adverts, "read also" links, related headlines, comment prompts, section labels and news tickers, and a list of tags saved on the end of the last paragraph (… . سمات الهلال النصر), which only the tags\' removal touches.',
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
    'paragraph.near-duplicate': {
      title: 'Near-duplicate paragraph',
      description: 'A paragraph most of whose wording already stands in another paragraph of the article, with small edits (the share is set by khabar.nearDuplicateThreshold). Its removal is offered, never applied automatically: the edit may add something worth keeping.',
    },
    'paragraph.cross-article': {
      title: 'Paragraph also in another article',
      description: 'This paragraph shares half its wording or more, with a passage of some ten words in a row, with a paragraph of another article of the workspace (or of the files given to khabar), as reused wire copy does. Titles and set phrases common in the workspace count less, so a shared title or agency formula is not enough. Information only, with a link to the other article; khabar.acrossArticles turns it off.',
    },
    'boilerplate.recurring-line': {
      title: 'Line recurring in many articles',
      description: 'A short body line that recurs word for word in many articles of the workspace, so probably page furniture of the site. Removing it or adding it to the workspace boilerplate list is offered. Headlines, datelines, bylines and lines holding a date are never proposed.',
    },
    'date.weekday-mismatch': {
      title: 'Weekday does not match the date',
      description: 'A weekday named beside a date that falls on another day, such as «مساء أمس الخميس» in an article dated Saturday (yesterday was a Friday), or «الأربعاء 14 آذار 2019» (a Thursday). Relative days are counted from the article\'s dateline or the reference date. The fix offers the right weekday; check which of the two is wrong.',
    },
    'date.impossible': {
      title: 'Impossible date',
      description: 'A day that does not exist in its month, such as «31 شباط» or «31/04/2020».',
    },
    'number.mixed-digits': {
      title: 'Digit systems mixed in one article',
      description: 'Most figures and dates of the article are in one digit system (Western 0–9, Arabic-Indic ٠–٩ or Persian ۰–۹) and this one in another, as happens when copy from several sources is put together. The fix rewrites it in the article\'s main system. Only the article\'s own text counts, not the page around it.',
    },
    'date.pair-mismatch': {
      title: 'Two forms of a date disagree',
      description: 'A date written twice that names two different days: two month names for one month that differ («حزيران (يوليو)»), or a Hijri date and the Gregorian date given with it («الموافق») more than a day apart by the Umm al-Qura calendar.',
    },
    'entity.spelling': {
      title: 'Name spelled two ways',
      description: 'A person, place or organisation spelled two ways in one article (سوريا and سورية, عبد الرحمن and عبدالرحمن, الإنسان and الانسان). The fix uses the canonical spelling where the article uses it, else the spelling it uses most; it is never applied by fix-all.',
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
    weekdayMismatch: (written, actual, day, relative, hijri) =>
      relative
        ? `${relative.anchor === 'dateline' ? "The article's dateline is" : 'The reference date is'} ${WEEKDAYS[relative.anchorWeekday]} ${relative.anchorValue.slice(0, 10)}, so this day is ${WEEKDAYS[actual]} ${day}, not ${WEEKDAYS[written]}.`
        : `${day} is a ${WEEKDAYS[actual]}${hijri ? ' by the Umm al-Qura calendar' : ''}, not a ${WEEKDAYS[written]}.`,
    impossibleDate: (day, month, maxDays, year) =>
      `There is no ${day} ${MONTHS[month - 1]}: ${year !== null ? `${MONTHS[month - 1]} ${year} has ${maxDays} days` : `${MONTHS[month - 1]} has at most ${maxDays} days`}.`,
    monthPairMismatch: (first, second) => `The two month names disagree: ${MONTHS[first - 1]} and ${MONTHS[second - 1]}.`,
    mixedDigits: (major, count, total, minor) => `${count} of the article's ${total} figures and dates use ${DIGITS[major]} digits; this one uses ${DIGITS[minor]} digits.`,
    calendarPairMismatch: (hijri, gregorian, days) => `The Hijri date is ${hijri} by the Umm al-Qura calendar, ${days} days from the Gregorian date given with it (${gregorian}).`,
    nameSpelling: (variant, preferred, count) => `«${variant}» is spelled «${preferred}» elsewhere in this article (${count} time${count === 1 ? '' : 's'}).`,
  },
  related: {
    firstOccurrence: 'First occurrence',
    preferredSpelling: 'Spelled this way here',
  },
  fixes: {
    removeDuplicate: 'Remove this duplicated paragraph',
    removeBoilerplate: (kind) => `Remove this ${en.boilerplateKinds[kind]}`,
    tidyBlankLines: 'Tidy the blank lines',
    fixAll: 'Khabar: apply all safe fixes',
    useWeekday: (weekday) => `Change the weekday to ${WEEKDAYS[weekday]}`,
    useDigits: (system) => `Write it in ${DIGITS[system]} digits`,
    respellName: (preferred) => `Spell it «${preferred}»`,
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
    navigation: 'navigation link',
    copyright: 'copyright notice',
    'wire-marker': 'wire-copy marker (end / more follows)',
    tags: 'list of tags saved on the end of the paragraph',
    custom: 'line on the house boilerplate list',
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
    vague: 'Vague quantity, no exact figure',
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
    time: 'Time',
    until: 'Until',
    week: 'Week',
    ordinal: 'Ordinal',
    impossible: 'No such day',
    writtenHijri: 'Written in the Hijri calendar',
    pairedDate: (other) => `Also written as ${other}`,
    unresolvedPartial: 'The year is not written, and the article has no dateline and no reference date (khabar.referenceDate).',
    measureKinds: { money: 'Money', duration: 'Duration', mass: 'Weight', length: 'Length', area: 'Area', volume: 'Volume', temperature: 'Temperature' },
    inWords: 'Written in words',
  },
  entityHover: {
    english: (name, country) => `In English: ${name}${country ? ` (${country})` : ''}`,
    firstMention: (line, text) => `First mention: line ${line}, «${text}».`,
  },
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  inlay: {
    ordinal: (n) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'}`,
  },
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
      '  --near-duplicate-threshold N   share (0.5-1) of a paragraph already said elsewhere for a near duplicate (default 0.7)',
      '  --boilerplate-patterns FILE    the house boilerplate list (default: .khabar/boilerplate.patterns here, if any)',
      '  --no-across-articles    do not compare the files given with each other',
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
  cleanup: {
    nearDuplicate: (line, percent) => `Most of this paragraph (${percent} %) already stands in the paragraph on line ${line}.`,
    crossArticle: (name, line, percent, others) =>
      `This paragraph also stands in ${name}, line ${line} (${percent} % of its wording)${others > 0 ? `, and in ${others} other article${others === 1 ? '' : 's'}` : ''}.`,
    recurringLine: (articles) => `This line recurs in ${articles} articles of the workspace: probably boilerplate. Remove it, or add it to the workspace boilerplate list.`,
    repeatedHere: 'The paragraph it repeats',
    otherArticle: (name, line, percent) => `${name}, line ${line} (${percent} %)`,
    removeNearDuplicate: 'Remove this near-duplicate paragraph (check it adds nothing)',
    removeAllDuplicates: (count) => `Remove all ${count} duplicated paragraphs`,
    removeAllBoilerplate: (count) => `Remove all ${count} boilerplate lines and blocks`,
    removeRecurringLine: 'Remove this line',
    addToPatterns: (file) => `Add this line to the workspace boilerplate list (${file})`,
    badPattern: (source, pattern, reason) => `${source}: the boilerplate pattern "${pattern}" cannot be used (${reason}); it is ignored.`,
  },
};
