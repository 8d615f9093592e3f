/**
 * The project's own lists (MIT, like the rest of Khabar): names that recur in Arabic news
 * with the spellings the press uses, and the words around names that tell their type.
 * One entry a line: the canonical spelling first, then variants, separated by |. In PLACES and
 * ORGANIZATIONS a tab then gives the English name the hover shows, and in PLACES, for a place
 * inside one country, a second tab gives that country as countries.ts names it. Matching
 * folds hamza, alef, ya and ta marbuta forms, so variants are listed only where letters
 * differ (سوريا/سورية is not folded alike; أمريكا/امريكا is).
 */

/** Places the generated country and city lists miss or spell unlike the press. */
export const PLACES = `
سوريا|سورية|الجمهورية العربية السورية|القطر العربي السوري	Syria
الولايات المتحدة|الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية|أمريكا|أميركا	United States
بريطانيا|المملكة المتحدة	United Kingdom
روسيا|روسيا الاتحادية	Russia
السعودية|المملكة العربية السعودية|المملكة السعودية	Saudi Arabia
الإمارات|الإمارات العربية المتحدة|دولة الإمارات	United Arab Emirates
فلسطين|الأراضي الفلسطينية	Palestine
إسرائيل|اسرائيل	Israel
إيران|الجمهورية الإسلامية الإيرانية	Iran
تركيا	Turkey
ليبيا	Libya
الصين|جمهورية الصين الشعبية	China
كوريا الشمالية|كوريا الديمقراطية	North Korea
كوريا الجنوبية	South Korea
الموصل|مدينة الموصل	Mosul	العراق
حلب	Aleppo	سوريا
الرقة	Raqqa	سوريا
دير الزور|ديرالزور	Deir ez-Zor	سوريا
إدلب|ادلب	Idlib	سوريا
درعا	Daraa	سوريا
حمص	Homs	سوريا
حماة|حماه	Hama	سوريا
اللاذقية	Latakia	سوريا
طرطوس	Tartus	سوريا
القامشلي	Qamishli	سوريا
الحسكة	Hasakah	سوريا
منبج	Manbij	سوريا
عفرين	Afrin	سوريا
كوباني|عين العرب	Kobani	سوريا
تدمر	Palmyra	سوريا
الغوطة الشرقية|الغوطة	Eastern Ghouta	سوريا
الغوطة الغربية	Western Ghouta	سوريا
القلمون	Qalamoun	سوريا
جسر الشغور	Jisr al-Shughur	سوريا
دوما	Douma	سوريا
الباغوز	Baghouz	سوريا
البوكمال|أبو كمال	Abu Kamal	سوريا
الميادين	Mayadin	سوريا
الرصافة	Rusafa	سوريا
أثريا	Ithriyah	سوريا
الطبقة	Tabqa	سوريا
جرابلس	Jarabulus	سوريا
السويداء	Suwayda	سوريا
القنيطرة	Quneitra	سوريا
الجولان|مرتفعات الجولان	Golan Heights
دمشق	Damascus	سوريا
بغداد	Baghdad	العراق
البصرة	Basra	العراق
كركوك	Kirkuk	العراق
أربيل|اربيل|هولير	Erbil	العراق
السليمانية	Sulaymaniyah	العراق
دهوك	Duhok	العراق
الفلوجة	Fallujah	العراق
الرمادي	Ramadi	العراق
تكريت	Tikrit	العراق
سامراء	Samarra	العراق
النجف	Najaf	العراق
كربلاء	Karbala	العراق
الأنبار	Anbar	العراق
نينوى	Nineveh	العراق
صلاح الدين	Salahuddin	العراق
ديالى	Diyala	العراق
تلعفر	Tal Afar	العراق
سنجار	Sinjar	العراق
غزة|قطاع غزة	Gaza	فلسطين
الضفة الغربية	West Bank	فلسطين
القدس|القدس الشرقية	Jerusalem
رام الله	Ramallah	فلسطين
الخليل	Hebron	فلسطين
نابلس	Nablus	فلسطين
جنين	Jenin	فلسطين
رفح	Rafah	فلسطين
خان يونس	Khan Younis	فلسطين
خان شيخون	Khan Shaykhun	سوريا
تل أبيب	Tel Aviv	إسرائيل
حيفا	Haifa	إسرائيل
بيروت	Beirut	لبنان
طرابلس	Tripoli
صيدا	Sidon	لبنان
بعلبك	Baalbek	لبنان
البقاع	Beqaa Valley	لبنان
عمان
الزرقاء	Zarqa	الأردن
إربد	Irbid	الأردن
القاهرة	Cairo	مصر
الإسكندرية	Alexandria	مصر
سيناء|شبه جزيرة سيناء	Sinai	مصر
الرياض	Riyadh	السعودية
جدة	Jeddah	السعودية
مكة	Mecca	السعودية
المدينة المنورة	Medina	السعودية
الدمام	Dammam	السعودية
أبوظبي|أبو ظبي	Abu Dhabi	الإمارات
دبي	Dubai	الإمارات
الشارقة	Sharjah	الإمارات
الدوحة	Doha	قطر
الكويت	Kuwait
المنامة	Manama	البحرين
مسقط	Muscat	عمان
صنعاء	Sanaa	اليمن
عدن	Aden	اليمن
الحديدة	Hodeidah	اليمن
تعز	Taiz	اليمن
مأرب	Marib	اليمن
الخرطوم	Khartoum	السودان
دارفور	Darfur	السودان
طرابلس الغرب	Tripoli	ليبيا
بنغازي	Benghazi	ليبيا
مصراتة	Misrata	ليبيا
تونس
الجزائر
الرباط	Rabat	المغرب
الدار البيضاء	Casablanca	المغرب
نواكشوط	Nouakchott	موريتانيا
مقديشو	Mogadishu	الصومال
أنقرة	Ankara	تركيا
طهران	Tehran	إيران
كابول	Kabul	أفغانستان
إسلام آباد	Islamabad	باكستان
واشنطن	Washington	الولايات المتحدة
نيويورك	New York	الولايات المتحدة
موسكو	Moscow	روسيا
باريس	Paris	فرنسا
لندن	London	بريطانيا
برلين	Berlin	ألمانيا
بروكسل	Brussels	بلجيكا
جنيف	Geneva	سويسرا
لاهاي	The Hague	هولندا
فيينا	Vienna	النمسا
روما	Rome	إيطاليا
طوكيو	Tokyo	اليابان
زيوريخ|زيورخ	Zurich	سويسرا
كراكاس|كاراكاس	Caracas	فنزويلا
كوبنهاغن|كوبنهاجن	Copenhagen	الدنمارك
براغ	Prague	التشيك
زغرب	Zagreb	كرواتيا
سراييفو	Sarajevo	البوسنة والهرسك
سكوبيا	Skopje	شمال مقدونيا
كييف	Kyiv	أوكرانيا
إسطنبول|استانبول	Istanbul	تركيا
نيودلهي|نيو دلهي	New Delhi	الهند
مومباي|بومباي	Mumbai	الهند
دكا|داكا	Dhaka	بنغلاديش
كاتماندو|كاتمندو	Kathmandu	نيبال
بكين|بيجين|بيجينغ	Beijing	الصين
شنغهاي|شانغهاي	Shanghai	الصين
بيونغ يانغ|بيونغيانغ	Pyongyang	كوريا الشمالية
كوالالمبور|كوالا لمبور	Kuala Lumpur	ماليزيا
لوس أنجلوس|لوس انجليس	Los Angeles	الولايات المتحدة
بوينس آيرس|بوينس ايرس	Buenos Aires	الأرجنتين
برازيليا	Brasília	البرازيل
كانبرا|كانبيرا	Canberra	أستراليا
ساو باولو|ساوباولو	São Paulo	البرازيل
كمبالا	Kampala	أوغندا
جوهانسبرغ|جوهانسبرج	Johannesburg	جنوب أفريقيا
يافا	Jaffa	إسرائيل
الشرق الأوسط	Middle East
الخليج|الخليج العربي	Gulf
شمال أفريقيا|شمال إفريقيا	North Africa
أوروبا	Europe
آسيا	Asia
أفريقيا|إفريقيا	Africa
أمريكا اللاتينية	Latin America
كردستان|إقليم كردستان	Kurdistan
`;

/** Organisations: agencies and media, armed groups, international bodies, parties, institutions. */
export const ORGANIZATIONS = `
وكالة الصحافة الفرنسية|فرانس برس|أ ف ب|فرانس برس أ ف ب	AFP
رويترز|وكالة رويترز	Reuters
سانا|وكالة الأنباء السورية|وكالة سانا|الوكالة العربية السورية للأنباء	SANA
أسوشيتد برس|أسوشيتد بريس|اسوشيتدبرس	Associated Press
وكالة الأناضول|الأناضول	Anadolu Agency
وكالة الأنباء السعودية|واس	Saudi Press Agency
وكالة أنباء الإمارات|وام	Emirates News Agency
وكالة الأنباء القطرية|قنا	Qatar News Agency
وكالة الأنباء الكويتية|كونا	Kuwait News Agency
وكالة الأنباء الأردنية|بترا	Jordan News Agency
وكالة أنباء الشرق الأوسط|أ ش أ	Middle East News Agency
وكالة الأنباء الألمانية|د ب أ	Deutsche Presse-Agentur
وكالة شينخوا|شينخوا|وكالة أنباء الصين الجديدة	Xinhua
وكالة الأنباء الإيرانية|إرنا	IRNA
وكالة تاس|تاس	TASS
سبوتنيك|وكالة سبوتنيك	Sputnik
وكالة الأنباء العراقية|واع	Iraqi News Agency
وكالة الصحافة الأوروبية|وكالة الصور الأوروبية|إ ب أ	European Pressphoto Agency
وكالة الأنباء الأسترالية|ايه ايه بي	Australian Associated Press
قناة الجزيرة	Al Jazeera
قناة العربية	Al Arabiya
بي بي سي|هيئة الإذاعة البريطانية	BBC
سي إن إن	CNN
ديلي ميل|الديلي ميل|دايلي ميل|دايلي مايل|ديلي مايل	Daily Mail
نيويورك تايمز|نيو يورك تايمز	The New York Times
واشنطن بوست	The Washington Post
هافنغتون بوست|هافينغتون بوست|هافنغتون بوست عربي	HuffPost
المرصد السوري لحقوق الإنسان|المرصد السوري	Syrian Observatory for Human Rights
داعش|تنظيم الدولة الإسلامية|الدولة الإسلامية|تنظيم الدولة|تنظيم داعش|الدولة الإسلامية في العراق والشام	Islamic State
جبهة النصرة|النصرة|جبهة فتح الشام	Nusra Front
هيئة تحرير الشام	Hayat Tahrir al-Sham
تنظيم القاعدة	Al-Qaeda
حزب الله	Hezbollah
حركة حماس|حماس|حركة المقاومة الإسلامية	Hamas
حركة فتح	Fatah
حركة الجهاد الإسلامي|الجهاد الإسلامي|سرايا القدس	Islamic Jihad
كتائب القسام|كتائب عز الدين القسام	Qassam Brigades
طالبان|حركة طالبان	Taliban
بوكو حرام	Boko Haram
حركة الشباب|حركة الشباب المجاهدين	Al-Shabaab
الحوثيون|جماعة الحوثي|أنصار الله|الحوثيين	Houthis
قوات سوريا الديمقراطية|قوات سورية الديمقراطية|قوات سوريا الديموقراطية|قوات سورية الديموقراطية|قسد	Syrian Democratic Forces
وحدات حماية الشعب الكردية|وحدات حماية الشعب	People's Protection Units
الجيش السوري الحر|الجيش الحر	Free Syrian Army
الحشد الشعبي|قوات الحشد الشعبي	Popular Mobilization Forces
البيشمركة|قوات البيشمركة	Peshmerga
حزب العمال الكردستاني	Kurdistan Workers' Party
الإخوان المسلمين|جماعة الإخوان المسلمين|الإخوان المسلمون	Muslim Brotherhood
الحرس الثوري|الحرس الثوري الإيراني	Islamic Revolutionary Guard Corps
التحالف الدولي
الأمم المتحدة|منظمة الأمم المتحدة	United Nations
مجلس الأمن|مجلس الأمن الدولي	United Nations Security Council
الجمعية العامة للأمم المتحدة	United Nations General Assembly
الاتحاد الأوروبي|الاتحاد الأوربي	European Union
حلف شمال الأطلسي|الناتو|حلف الناتو	NATO
جامعة الدول العربية|الجامعة العربية	Arab League
مجلس التعاون الخليجي|مجلس التعاون لدول الخليج العربية	Gulf Cooperation Council
منظمة التعاون الإسلامي	Organisation of Islamic Cooperation
الاتحاد الأفريقي	African Union
منظمة الصحة العالمية	World Health Organization
اليونيسف|منظمة الأمم المتحدة للطفولة	UNICEF
اليونسكو	UNESCO
المفوضية السامية للأمم المتحدة لشؤون اللاجئين|مفوضية اللاجئين	UNHCR
وكالة غوث وتشغيل اللاجئين الفلسطينيين|الأونروا|أونروا	UNRWA
برنامج الأغذية العالمي	World Food Programme
منظمة الأغذية والزراعة|منظمة الأغذية والزراعة للأمم المتحدة|الفاو	Food and Agriculture Organization
منظمة العفو الدولية|العفو الدولية	Amnesty International
هيومن رايتس ووتش	Human Rights Watch
اللجنة الدولية للصليب الأحمر|الصليب الأحمر	International Committee of the Red Cross
الهلال الأحمر|الهلال الأحمر العربي السوري	Red Crescent
منظمة حظر الأسلحة الكيميائية	Organisation for the Prohibition of Chemical Weapons
الوكالة الدولية للطاقة الذرية	International Atomic Energy Agency
المحكمة الجنائية الدولية	International Criminal Court
محكمة العدل الدولية	International Court of Justice
البنك الدولي	World Bank
صندوق النقد الدولي	International Monetary Fund
منظمة التجارة العالمية	World Trade Organization
أوبك|منظمة البلدان المصدرة للبترول	OPEC
البنتاغون|وزارة الدفاع الأمريكية	Pentagon
البيت الأبيض	White House
الكرملين	Kremlin
الكونغرس|الكونغرس الأمريكي	US Congress
الكنيست	Knesset
وكالة المخابرات المركزية|سي آي إيه	CIA
الدفاع المدني
الخوذ البيضاء	White Helmets
أرامكو|أرامكو السعودية	Saudi Aramco
`;

/** Words that come before a person's name: titles, ranks, roles. */
export const PERSON_TITLES = `
الرئيس السيد السيدة الشيخ الشيخة الملك الملكة الأمير الأميرة ولي العهد الإمام المفتي البابا الدكتور الدكتورة د المهندس الأستاذ الأستاذة
الوزير الوزيرة وزير وزيرة رئيس رئيسة نائب نائبة مدير مديرة المدير المتحدث الناطق السفير السفيرة القنصل المبعوث المندوب
الجنرال العقيد اللواء العميد الفريق العماد الرائد النقيب الملازم المقدم المشير الأدميرال الضابط قائد القائد زعيم الزعيم
المستشار المستشارة المحافظ محافظ النائب القاضي المحامي الصحفي الكاتب الشاعر المخرج الفنان الفنانة اللاعب المدرب الحاج
`;

/**
 * Roles that come before a person's name which training's titles leave out (the arts, the media, a captain, a professor): the
 * recogniser sees them as titles at run time only, so the model lends them what it learnt of titles. Not the players'
 * roles (المهاجم، الحارس) nor النجم: a nationality or a club's adjective follows them, which the model then takes for a name.
 */
export const RUN_TIME_TITLES = `
المغني المغنية المطرب المطربة الممثل الممثلة الملحن الروائي الروائية الأديب الأديبة الإعلامي الإعلامية الناشط الناشطة
السيناريست الكابتن كابتن الشاعرة الكاتبة المخرجة اللاعبة المدربة الداعية المفكر المؤرخ الصحافي الصحافية الصحفية
البروفيسور البروفسور بروفيسور البروفيسورة وكيل
`;

/** Words that come before a place's name. */
export const PLACE_TRIGGERS = `
مدينة محافظة حي ريف بلدة قرية منطقة ولاية إقليم مخيم شارع ساحة جبل جبال نهر بحر بحيرة سهل وادي جزيرة جزر مطار ميناء قضاء ناحية
العاصمة عاصمة المدينة المحافظة البلدة القرية شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط ضواحي أرياف
`;

/** Words that begin an organisation's name. */
export const ORGANIZATION_TRIGGERS = `
منظمة وكالة وزارة شركة جامعة حزب حركة جبهة جمعية مؤسسة هيئة مجلس اتحاد لجنة بنك مصرف نادي فريق جيش قوات كتائب لواء تنظيم
مركز معهد صندوق برنامج مفوضية محكمة سلطة صحيفة قناة إذاعة مجموعة تحالف ائتلاف رابطة نقابة غرفة بورصة البنك المصرف الجيش
`;

/** Ministries' portfolios, one a line: each gives an organisation «وزارة …» (وزارة الزراعة). */
export const MINISTRY_PORTFOLIOS = `
الخارجية
الدفاع
الداخلية
العدل
المالية
الاقتصاد
الخزانة
التجارة
الصناعة
الزراعة
الصحة
التربية
التعليم
التعليم العالي
التربية والتعليم
الثقافة
الإعلام
الأوقاف
الشؤون الإسلامية
الشؤون الاجتماعية
العمل
النفط
الطاقة
الكهرباء
الموارد المائية
الري
النقل
الاتصالات
السياحة
البيئة
الإسكان
الشباب والرياضة
الهجرة
الخارجية والمغتربين
الدفاع الوطني
الخدمة المدنية
النقل والطرق
الشؤون البلدية والقروية
الحج
الحج والعمرة
العمل والتنمية الاجتماعية
المياه والكهرباء
البترول والثروة المعدنية
الاقتصاد والتخطيط
التجارة والصناعة
الثقافة والإعلام
الحرس الوطني
التخطيط
`;
