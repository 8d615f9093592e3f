import type { Messages } from './messages';

const lineList = (lines: readonly number[]): string =>
  lines.length <= 6 ? lines.join('، ') : `${lines.slice(0, 6).join('، ')} …`;

export const ar: Messages = {
  locale: 'ar',
  manifest: {
    displayName: 'Khabar — Arabic News Markup · خبر',
    description: 'خادم لغة لمحرري الأخبار العربية: يشرح التواريخ والأرقام والأسماء، ويكشف الفقرات المكررة وحشو صفحات الويب وينظفها، ويعرض مخططًا لكل مقال.',
    'command.fixAll': 'نظّف المقال (طبّق كل الإصلاحات الآمنة)',
    'command.treatAsArticle': 'عامل هذا الملف مقالًا إخباريًا عربيًا',
    'command.restartServer': 'أعد تشغيل خادم اللغة',
    'config.plainTextFiles': 'أي ملفات النص العادي (`.txt`) يحللها «خبر»: `auto` يحوّل الملف إلى «أخبار عربية» إذا كانت أغلب حروفه عربية.',
    'config.plainTextFiles.auto': 'الملفات التي أغلب نصها عربي.',
    'config.plainTextFiles.always': 'كل ملفات النص العادي.',
    'config.plainTextFiles.never': 'لا شيء منها؛ استعمل الأمر «عامل هذا الملف مقالًا إخباريًا عربيًا».',
    'config.language': 'لغة التشخيصات والتلميحات: `auto` تتبع لغة واجهة VS Code.',
    'config.referenceDate': 'تاريخ مرجعي (`YYYY-MM-DD` أو `YYYY-MM-DDTHH:MM`) للتواريخ النسبية (أمس، الخميس) في المقالات التي ليس لها سطر تاريخ؛ وسطر تاريخ المقال مقدَّم عليه.',
    'config.maxFileSize': 'لا تُحلل الملفات التي يزيد عدد محارفها على هذا الحد، ويظهر تنبيه يقول ذلك.',
    'config.rules': 'مستوى كل قاعدة: `error` أو `warning` أو `info` أو `hint` أو `off`.',
    'config.trace.server': 'تتبّع الاتصال بين VS Code وخادم «خبر» (في قناة الإخراج Khabar).',
    'config.outline.entities': 'أضف إلى المخطط الأشخاص والأماكن والمنظمات المذكورة في المقال، ومع كل منها مواضع ذكره.',
  },
  rules: {
    'paragraph.duplicate': {
      title: 'فقرة مكررة',
      description: 'فقرة تعيد فقرة سابقة بنصها (بصرف النظر عن المسافات والتشكيل والتطويل وصور الهمزة والألف وعلامات الترقيم). كثيرًا ما تتكرر كتل كاملة في النصوص المنسوخة من المواقع أو من الوكالات.',
    },
    'boilerplate.line': {
      title: 'حشو من صفحة الويب',
      description: 'بقايا من صفحة الموقع: دعوات المشاركة والاشتراك، والشعارات، والإعلانات، وروابط «اقرأ أيضا»، والعناوين ذات الصلة، ودعوات التعليق، وعناوين الأقسام، وشريط الأخبار العاجلة.',
    },
    'whitespace.blank-lines': {
      title: 'أسطر فارغة زائدة',
      description: 'أسطر فارغة متتالية، أو أسطر لا تحوي إلا مسافات غير منكسرة أو محارف خفية، بين الفقرات.',
    },
    'file.too-large': {
      title: 'ملف أكبر من أن يُحلَّل',
      description: 'حجم الملف يتجاوز الإعداد khabar.maxFileSize، فلا يحلله «خبر» حتى لا يبطئ المحرر. ولا يُخفى شيء بصمت: هذا التنبيه يقول ذلك.',
    },
    'file.not-text': {
      title: 'ليس مقالًا نصيًا',
      description: 'يحوي الملف بايتات صفرية أو محارف يتعذر فك ترميزها، فهو على الأرجح ملف ثنائي أو بترميز غير UTF-8. لا يحلله «خبر».',
    },
    'analysis.failed': {
      title: 'تعذّر جزء من التحليل',
      description: 'توقفت إحدى خطوات التحليل عند مدخل غير متوقع، وما زالت بقية النتائج معروضة. يُرجى الإبلاغ عن المقال الذي تسبب في ذلك.',
    },
  },
  findings: {
    duplicate: (firstLine) => `هذه الفقرة تكرار للفقرة في السطر ${firstLine}.`,
    boilerplate: (kind) => `حشو من صفحة الويب: ${ar.boilerplateKinds[kind]}.`,
    blankLines: (count, invisible) =>
      invisible
        ? count === 1
          ? 'سطر لا يحوي إلا مسافات غير منكسرة أو محارف خفية.'
          : `أسطر فارغة متتالية (${count}) فيها مسافات غير منكسرة أو محارف خفية.`
        : `أسطر فارغة متتالية (${count}).`,
    tooLarge: (length, limit) =>
      `في هذا الملف ${length} محرفًا، وهذا أكثر من الحد khabar.maxFileSize ‏(${limit})؛ لم يحلله «خبر».`,
    notText: (reason) => `لا يبدو هذا مقالًا نصيًا (${reason})؛ لم يحلله «خبر».`,
    analysisFailed: (step) => `تعذّرت خطوة «${step}» من التحليل على هذا النص؛ وما زالت بقية النتائج معروضة.`,
  },
  related: {
    firstOccurrence: 'الموضع الأول',
  },
  fixes: {
    removeDuplicate: 'احذف هذه الفقرة المكررة',
    removeBoilerplate: (kind) => `احذف ${ar.boilerplateKinds[kind]}`,
    tidyBlankLines: 'نظّف الأسطر الفارغة',
    fixAll: 'خبر: طبّق كل الإصلاحات الآمنة',
  },
  boilerplateKinds: {
    'share-prompt': 'دعوة المشاركة أو الاشتراك',
    logo: 'موضع الشعار',
    advert: 'كلمة الإعلان',
    'read-also': 'رابط «اقرأ أيضا»',
    related: 'كتلة العناوين ذات الصلة',
    'comment-prompt': 'دعوة التعليق',
    ticker: 'شريط الأخبار',
    'section-label': 'عنوان القسم',
    'page-header': 'تاريخ رأس الصفحة',
  },
  outline: {
    kinds: {
      headline: 'العنوان',
      dateline: 'سطر التاريخ',
      byline: 'سطر الكاتب والمصدر',
      section: 'قسم',
      paragraph: 'فقرة',
      quote: 'اقتباس',
      boilerplate: 'حشو',
      entities: 'أسماء',
      entity: 'اسم',
      mention: 'موضع ذكر',
    },
    noHeadline: 'لا عنوان',
    entityGroup: (type, names) => `${{ person: 'أشخاص', place: 'أماكن', organization: 'منظمات' }[type]} (${names})`,
    entity: (name, mentions) => `${name} (${mentions})`,
  },
  entityTypes: {
    person: 'شخص',
    place: 'مكان',
    organization: 'منظمة',
  },
  hover: {
    date: 'تاريخ',
    relativeDate: 'تاريخ نسبي',
    figure: 'رقم',
    value: 'القيمة',
    range: 'المدى',
    unit: 'المعدود',
    percent: 'نسبة مئوية',
    approximate: 'تقريبي',
    bounds: {
      'at-least': 'على الأقل',
      'at-most': 'على الأكثر',
      'more-than': 'أكثر من',
      'less-than': 'أقل من',
    },
    weekday: 'اليوم',
    gregorianMonths: 'الشهر',
    hijri: 'الهجري (أم القرى)',
    calendarHijri: 'الميلادي',
    resolvedAgainst: (anchor, anchorValue, offsetDays) => {
      const what = anchor === 'dateline' ? 'تاريخ المقال' : 'التاريخ المرجعي';
      if (offsetDays === null) return `حُسب بالنسبة إلى ${what} (${anchorValue}).`;
      if (offsetDays === 0) return `حُسب بالنسبة إلى ${what} (${anchorValue}): اليوم نفسه.`;
      const n = Math.abs(offsetDays);
      return `حُسب بالنسبة إلى ${what} (${anchorValue}): ${offsetDays < 0 ? 'قبله' : 'بعده'} بـ${n} ${n === 1 ? 'يوم' : n === 2 ? 'يومين' : 'أيام'}.`;
    },
    unresolved: 'لم يُحسب: ليس للمقال سطر تاريخ ولم يُضبط تاريخ مرجعي (khabar.referenceDate).',
    sameFigureElsewhere: (lines) => `الرقم نفسه في السطر ${lineList(lines)}.`,
    mentions: (count, lines) => `عدد الإشارات: ${count} (السطر ${lineList(lines)}).`,
    canonical: 'الاسم المعتمد',
    variants: 'الصيغ المستعملة',
    dateline: 'سطر التاريخ: تاريخ النشر',
    quote: 'اقتباس',
    saidBy: 'القائل',
    carriedBy: (cue) => `ذُكر من قبل؛ والفعل «${cue}» يعود إليه`,
    noSpeaker: 'لا يذكر المقال من قال هذا.',
  },
  weekdays: ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'],
  settings: {
    unknownRule: (id) => `khabar.rules: قاعدة غير معروفة «${id}» (أُهملت).`,
    badLevel: (id, value) => `khabar.rules: «${value}» ليس مستوى صالحًا للقاعدة «${id}»؛ استعمل error أو warning أو info أو hint أو off.`,
    badValue: (setting, expected) => `${setting}: المتوقع ${expected}؛ استُعملت القيمة الافتراضية.`,
  },
  cli: {
    usage: [
      'الاستعمال: khabar <الأمر> [الخيارات] ملف|- ...',
      '',
      'الأوامر:',
      '  analyze   اطبع كل ما يتعرف عليه «خبر» (JSON افتراضيًا: العقد بإصداره 1).',
      '  check     اطبع الملاحظات؛ رمز الخروج 1 إذا بلغت ملاحظةٌ المستوى --fail-on أو تجاوزته.',
      '  fix       طبّق الإصلاحات الآمنة؛ اطبع النتيجة، أو أعد كتابة الملفات مع --write.',
      '',
      'الخيارات:',
      '  --format FORMAT         analyze: json|text؛ check: text|json|sarif',
      '  --reference-date ISO    تاريخ مرجعي للتواريخ النسبية في مقال بلا سطر تاريخ',
      '  --rule ID=LEVEL         مستوى قاعدة: error|warning|info|hint|off (يتكرر)',
      '  --fail-on LEVEL         check: أدنى مستوى يُفشل الفحص (الافتراضي warning)',
      '  --lang ar|en            لغة الرسائل (الافتراضي من LANG)',
      '  --write                 fix: أعد كتابة الملفات',
      '  -h, --help              اعرض هذه المساعدة',
      '',
      'رمز الخروج: 0 نجاح، 1 ملاحظات (check)، 2 ملف تعذرت قراءته أو استعمال خاطئ.',
    ].join('\n'),
    unknownCommand: (command) => `أمر غير معروف «${command}»`,
    unknownOption: (option) => `خيار غير معروف «${option}»`,
    missingValue: (option) => `الخيار ${option} يحتاج إلى قيمة`,
    noFiles: 'لا ملفات (استعمل - للإدخال القياسي)',
    cannotRead: (path, reason) => `${path}: تعذرت القراءة: ${reason}`,
    notUtf8: 'ليس UTF-8 صالحًا',
    noSuchFile: 'لا يوجد ملف بهذا الاسم',
    isDirectory: 'هذا مجلد',
    permissionDenied: 'لا إذن بالقراءة',
    binary: 'محتوى ثنائي (بايتات صفرية)',
    tooLarge: (bytes, limit) => `أكبر من اللازم (${bytes} بايت؛ الحد ${limit})`,
    summary: (files, findings, errors) =>
      `الملاحظات: ${findings}، الملفات: ${files}${errors ? `، تعذرت قراءة ${errors}` : ''}.`,
    fixed: (path, count) => `${path}: طُبّقت الإصلاحات (${count})`,
    wouldFix: (path, count) => `${path}: إصلاحات تنتظر التطبيق (${count}) (استعمل --write)`,
    nothingToFix: (path) => `${path}: لا شيء يحتاج إلى إصلاح`,
  },
};
