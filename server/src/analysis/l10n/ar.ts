import type { Messages } from './messages';

const MONTHS = ['كانون الثاني (يناير)', 'شباط (فبراير)', 'آذار (مارس)', 'نيسان (أبريل)', 'أيار (مايو)', 'حزيران (يونيو)', 'تموز (يوليو)', 'آب (أغسطس)', 'أيلول (سبتمبر)', 'تشرين الأول (أكتوبر)', 'تشرين الثاني (نوفمبر)', 'كانون الأول (ديسمبر)'];
const DIGITS = { western: 'الغربية (0–9)', 'arabic-indic': 'الهندية (٠–٩)', persian: 'الفارسية (۰–۹)' } as const;
const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

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
    'config.nearDuplicateThreshold': 'متى تُعدّ الفقرة شبه مكررة: نسبة صياغتها (من 0.5 إلى 1) الواردة في فقرة أخرى، محسوبة على أزواج الكلمات المتتالية بعد توحيد الإملاء.',
    'config.acrossArticles': 'قارن كل مقال بمقالات مساحة العمل الأخرى: نبّه إلى الفقرات الواردة في مقال آخر، واقترح الأسطر المتكررة في مقالات كثيرة حشوًا.',
    'config.boilerplatePatterns': 'أسطر الحشو الخاصة بمؤسستك، نمط في كل عنصر: سطر كامل (يُقارن بعد توحيد الإملاء)، أو بداية سطر تليها `*`، أو تعبير نمطي بين `/…/`. وتُضاف إليها أنماط الملف `.khabar/boilerplate.patterns` في مساحة العمل بالصيغة نفسها، نمط في كل سطر.',
    'config.inlayHints.enabled': 'اعرض تلميحات مضمّنة بجانب التواريخ والأرقام: التاريخ بصيغة ISO بجانب التاريخ المكتوب بالعربية، والقيمة بجانب الرقم المكتوب بالحروف (ثلاثة آلاف ← 3,000).',
    'config.outline.entities': 'أضف إلى المخطط الأشخاص والأماكن والمنظمات المذكورة في المقال، ومع كل منها مواضع ذكره.',
  },
  rules: {
    'paragraph.duplicate': {
      title: 'فقرة مكررة',
      description: 'فقرة تعيد فقرة سابقة بنصها (بصرف النظر عن المسافات والتشكيل والتطويل وصور الهمزة والألف وعلامات الترقيم). كثيرًا ما تتكرر كتل كاملة في النصوص المنسوخة من المواقع أو من الوكالات.',
    },
    'boilerplate.line': {
      title: 'حشو من صفحة الويب',
      description: 'بقايا من صفحة الموقع: دعوات المشاركة والاشتراك، والشعارات، والإعلانات، وروابط «اقرأ أيضا»، والعناوين ذات الصلة، ودعوات التعليق، وعناوين الأقسام، وشريط الأخبار العاجلة، وقائمة الوسوم الملتصقة بآخر الفقرة الأخيرة (… . سمات الهلال النصر)، ولا يمس حذفها إلا الوسوم.',
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
    'paragraph.near-duplicate': {
      title: 'فقرة شبه مكررة',
      description: 'فقرة يرد معظمها في فقرة أخرى من المقال بتعديلات طفيفة (الحد في khabar.nearDuplicateThreshold). يُقترح حذفها ولا يُحذف تلقائيًا، لأن التعديل قد يكون إضافة تستحق البقاء.',
    },
    'paragraph.cross-article': {
      title: 'فقرة واردة في مقال آخر',
      description: 'فقرة تشترك في نصف صياغتها أو أكثر، ومنها مقطع متصل من نحو عشر كلمات، مع فقرة في مقال آخر من مساحة العمل (أو من الملفات المعطاة لـ khabar)، كنص وكالة أُعيد استعماله. والألقاب والعبارات الشائعة في مساحة العمل أقل وزنًا، فلا يكفي لقب مشترك أو صيغة وكالة ثابتة. للعلم فقط، مع رابط إلى المقال الآخر؛ يُطفأ بالإعداد khabar.acrossArticles.',
    },
    'boilerplate.recurring-line': {
      title: 'سطر متكرر في مقالات كثيرة',
      description: 'سطر قصير من متن المقال يتكرر بحروفه في مقالات كثيرة من مساحة العمل، فهو على الأرجح حشو من الموقع. يُقترح حذفه أو إضافته إلى قائمة الحشو في مساحة العمل. لا تُقترح العناوين ولا أسطر التاريخ والكاتب ولا الأسطر التي فيها تاريخ.',
    },
    'date.weekday-mismatch': {
      title: 'اليوم لا يوافق التاريخ',
      description: 'اسم يوم مذكور مع تاريخ يقع في يوم آخر، مثل «مساء أمس الخميس» في مقال مؤرخ يوم السبت (كان أمس الجمعة)، أو «الأربعاء 14 آذار 2019» (وكان خميسًا). تُحسب الأيام النسبية من تاريخ المقال أو من التاريخ المرجعي. يقترح الإصلاح اليوم الصحيح؛ فتحقق أيّ الاثنين هو الخطأ.',
    },
    'date.impossible': {
      title: 'تاريخ مستحيل',
      description: 'يوم لا وجود له في شهره، مثل «31 شباط» أو «31/04/2020».',
    },
    'number.mixed-digits': {
      title: 'نظاما أرقام في مقال واحد',
      description: 'أغلب أرقام المقال وتواريخه مكتوبة بنظام أرقام واحد (الغربية 0–9 أو الهندية ٠–٩ أو الفارسية ۰–۹) وهذا مكتوب بنظام آخر، كما يحدث عند جمع نصوص من مصادر مختلفة. يعيد الإصلاح كتابته بالنظام الغالب في المقال. ولا يُحسب إلا نص المقال نفسه دون ما حوله من الصفحة.',
    },
    'date.pair-mismatch': {
      title: 'صيغتا التاريخ لا تتفقان',
      description: 'تاريخ مكتوب مرتين يدل على يومين مختلفين: اسمان للشهر نفسه لا يتفقان («حزيران (يوليو)»)، أو تاريخ هجري والتاريخ الميلادي المذكور معه («الموافق») بينهما أكثر من يوم بحسب تقويم أم القرى.',
    },
    'entity.spelling': {
      title: 'اسم مكتوب بصيغتين',
      description: 'شخص أو مكان أو منظمة يُكتب اسمه بصيغتين في المقال الواحد (سوريا وسورية، عبد الرحمن وعبدالرحمن، الإنسان والانسان). يعتمد الإصلاح الصيغةَ المعتمدة إن وردت في المقال، وإلا الصيغة الأكثر ورودًا فيه، ولا يُطبَّق ضمن الإصلاح الشامل.',
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
    weekdayMismatch: (written, actual, day, relative, hijri) =>
      relative
        ? `${relative.anchor === 'dateline' ? 'تاريخ المقال' : 'التاريخ المرجعي'} هو ${WEEKDAYS[relative.anchorWeekday]} ${relative.anchorValue.slice(0, 10)}، فهذا اليوم هو ${WEEKDAYS[actual]} ${day} لا ${WEEKDAYS[written]}.`
        : `يوافق ${day} يوم ${WEEKDAYS[actual]}${hijri ? ' بحسب تقويم أم القرى' : ''} لا ${WEEKDAYS[written]}.`,
    impossibleDate: (day, month, maxDays, year) =>
      `لا يوجد يوم ${day} في ${MONTHS[month - 1]}: ${year !== null ? `عدد أيام هذا الشهر في عام ${year} هو ${maxDays}` : `أقصى عدد لأيام هذا الشهر ${maxDays}`}.`,
    monthPairMismatch: (first, second) => `اسما الشهر لا يتفقان: ${MONTHS[first - 1]} و${MONTHS[second - 1]}.`,
    mixedDigits: (major, count, total, minor) => `كُتب ${count} من أرقام المقال وتواريخه البالغة ${total} بالأرقام ${DIGITS[major]}، وكُتب هذا بالأرقام ${DIGITS[minor]}.`,
    calendarPairMismatch: (hijri, gregorian, days) => `التاريخ الهجري يوافق ${hijri} بحسب تقويم أم القرى، وبينه وبين التاريخ الميلادي المذكور معه (${gregorian}) ${days} أيام.`,
    nameSpelling: (variant, preferred, count) => `«${variant}» مكتوب «${preferred}» في موضع آخر من المقال (${count === 1 ? 'مرة واحدة' : count === 2 ? 'مرتين' : `${count} مرات`}).`,
  },
  related: {
    firstOccurrence: 'الموضع الأول',
    preferredSpelling: 'الصيغة المعتمدة هنا',
  },
  fixes: {
    removeDuplicate: 'احذف هذه الفقرة المكررة',
    removeBoilerplate: (kind) => `احذف ${ar.boilerplateKinds[kind]}`,
    tidyBlankLines: 'نظّف الأسطر الفارغة',
    fixAll: 'خبر: طبّق كل الإصلاحات الآمنة',
    useWeekday: (weekday) => `غيّر اليوم إلى «${WEEKDAYS[weekday]}»`,
    useDigits: (system) => `اكتبه بالأرقام ${DIGITS[system]}`,
    respellName: (preferred) => `اكتبه «${preferred}»`,
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
    navigation: 'رابط تنقّل',
    copyright: 'حقوق النشر',
    'wire-marker': 'علامة وكالة (انتهى / يتبع)',
    tags: 'قائمة الوسوم الملتصقة بآخر الفقرة',
    custom: 'سطر من قائمة الحشو الخاصة',
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
    vague: 'كمية مبهمة، بلا رقم محدد',
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
      // The ISO value is isolated left to right so it is not reordered inside the Arabic sentence.
      const value = `\u2066${anchorValue}\u2069`;
      if (offsetDays === null) return `حُسب بالنسبة إلى ${what} (${value}).`;
      if (offsetDays === 0) return `حُسب بالنسبة إلى ${what} (${value}): اليوم نفسه.`;
      const n = Math.abs(offsetDays);
      return `حُسب بالنسبة إلى ${what} (${value}): ${offsetDays < 0 ? 'قبله' : 'بعده'} بـ${n} ${n === 1 ? 'يوم' : n === 2 ? 'يومين' : 'أيام'}.`;
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
    time: 'الوقت',
    until: 'حتى',
    week: 'الأسبوع',
    ordinal: 'عدد ترتيبي',
    impossible: 'لا وجود لهذا اليوم',
    writtenHijri: 'مكتوب بالتقويم الهجري',
    pairedDate: (other) => `ومكتوب أيضًا: ${other}`,
    unresolvedPartial: 'لم تُكتب السنة، وليس للمقال سطر تاريخ ولم يُضبط تاريخ مرجعي (khabar.referenceDate).',
    measureKinds: { money: 'مبلغ مالي', duration: 'مدة', mass: 'وزن', length: 'طول', area: 'مساحة', volume: 'حجم', temperature: 'درجة حرارة' },
    inWords: 'مكتوب بالحروف',
  },
  entityHover: {
    english: (name, country) => `بالإنكليزية: ${name}${country ? ` (${country})` : ''}`,
    firstMention: (line, text) => `أول ذكر: السطر ${line}، «${text}».`,
  },
  weekdays: ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'],
  inlay: {
    ordinal: (n) => `الـ${n}`,
  },
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
      '  --near-duplicate-threshold N   نسبة الفقرة (0.5-1) الواردة في غيرها لتُعدّ شبه مكررة (الافتراضي 0.7)',
      '  --boilerplate-patterns FILE    قائمة الحشو الخاصة (الافتراضي: .khabar/boilerplate.patterns هنا إن وُجد)',
      '  --no-across-articles    لا تقارن الملفات المعطاة بعضها ببعض',
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
  cleanup: {
    nearDuplicate: (line, percent) => `معظم هذه الفقرة (${percent}٪) وارد في الفقرة في السطر ${line}.`,
    crossArticle: (name, line, percent, others) =>
      `هذه الفقرة واردة أيضًا في ${name}، السطر ${line} (${percent}٪ من صياغتها)${others > 0 ? `، وفي مقالات أخرى عددها ${others}` : ''}.`,
    recurringLine: (articles) => `يتكرر هذا السطر في ${articles} من مقالات مساحة العمل، فهو على الأرجح حشو. احذفه، أو أضفه إلى قائمة الحشو في مساحة العمل.`,
    repeatedHere: 'الفقرة التي تكررها',
    otherArticle: (name, line, percent) => `${name}، السطر ${line} (${percent}٪)`,
    removeNearDuplicate: 'احذف هذه الفقرة شبه المكررة (بعد التأكد أنها لا تضيف شيئًا)',
    removeAllDuplicates: (count) => `احذف كل الفقرات المكررة (${count})`,
    removeAllBoilerplate: (count) => `احذف كل أسطر الحشو وكتله (${count})`,
    removeRecurringLine: 'احذف هذا السطر',
    addToPatterns: (file) => `أضف هذا السطر إلى قائمة الحشو في مساحة العمل (${file})`,
    badPattern: (source, pattern, reason) => `${source}: لا يمكن استعمال نمط الحشو «${pattern}» (${reason})؛ أُهمل.`,
  },
};
