/**
 * The press of the world and of the Arab world beside bodies.ts and curated.ts: agencies, TV and
 * radio channels, newspapers, magazines, news websites. The project's own list (MIT), written from
 * general knowledge. One a line: the usual name first, then variants, separated by |, then after
 * a tab the English name the hover shows. A title that is also a word or phrase (الثورة، الحدث،
 * روسيا اليوم) only with its head word; where the bare title is too common to stand for the paper
 * in quotes (entries.ts, pressEntry), the جريدة form comes first (جريدة الثورة).
 * These names are found at run time only: training does not see them (gazetteer/training.ts),
 * so the model lends them what it learnt of the listed names of their class.
 */
export const WORLD_PRESS = `
وكالة ريا نوفوستي|ريا نوفوستي|وكالة نوفوستي|نوفوستي	RIA Novosti
وكالة إنترفاكس|إنترفاكس	Interfax
وكالة أنسا|وكالة الأنباء الإيطالية	ANSA
وكالة آكي|وكالة آكي الإيطالية	Adnkronos International
وكالة إفي|وكالة الأنباء الإسبانية	EFE
وكالة برس ترست أوف إنديا|وكالة الأنباء الهندية	Press Trust of India
وكالة مهر للأنباء|وكالة مهر	Mehr News Agency
وكالة أنباء الطلبة الإيرانية|وكالة إيسنا|إيسنا	Iranian Students' News Agency
وكالة إيلنا|وكالة أنباء العمال الإيرانية	Iranian Labour News Agency
وكالة دوغان للأنباء|وكالة دوغان	Doğan News Agency
وكالة معا الإخبارية|وكالة معا	Ma'an News Agency
وكالة قدس برس|قدس برس	Quds Press
وكالة شهاب للأنباء|وكالة شهاب	Shehab News Agency
وكالة الصحافة الفلسطينية	Safa Press Agency
وكالة شفق نيوز|شفق نيوز	Shafaq News
شبكة رووداو الإعلامية|شبكة رووداو|رووداو	Rudaw
شبكة شام الإخبارية	Shaam News Network
وكالة أعماق|وكالة أعماق الإخبارية	Amaq News Agency
وكالة برناما|وكالة الأنباء الماليزية	Bernama
وكالة الأنباء الكورية المركزية	Korean Central News Agency
قناة الجزيرة مباشر|الجزيرة مباشر	Al Jazeera Mubasher
قناة الجزيرة الإنجليزية|الجزيرة الإنجليزية|الجزيرة الإنكليزية	Al Jazeera English
قناة الجزيرة الرياضية|الجزيرة الرياضية	Al Jazeera Sports
قنوات بي إن سبورتس|قناة بي إن سبورتس|قنوات بي إن سبورت	beIN Sports
الجزيرة نت|موقع الجزيرة نت	Al Jazeera Net
العربية نت|موقع العربية نت	Al Arabiya Net
قناة الحدث	Al Hadath
قناة المنار|تلفزيون المنار	Al-Manar
قناة الميادين	Al Mayadeen
تلفزيون الجديد|قناة الجديد	Al Jadeed
المؤسسة اللبنانية للإرسال|قناة إل بي سي|إل بي سي آي|إل بي سي	LBCI
تلفزيون المستقبل|قناة المستقبل	Future TV
قناة أو تي في|أو تي في	OTV
قناة إم تي في|إم تي في	MTV Lebanon
تلفزيون لبنان	Télé Liban
قناة العالم الإيرانية|قناة العالم	Al-Alam
قناة برس تي في|برس تي في	Press TV
هيئة الإذاعة والتلفزيون الإيرانية|هيئة الإذاعة والتلفزيون في الجمهورية الإسلامية	Islamic Republic of Iran Broadcasting
قناة روسيا اليوم|آر تي عربي|آر تي	RT
قناة فرانس 24|فرانس 24	France 24
دويتشه فيله|دويتشه فيلله|دويتش فيله	Deutsche Welle
قناة الحرة|تلفزيون الحرة	Alhurra
راديو سوا|إذاعة سوا	Radio Sawa
إذاعة مونت كارلو الدولية|مونت كارلو الدولية|راديو مونت كارلو	Monte Carlo Doualiya
إذاعة فرنسا الدولية|راديو فرنسا الدولي	Radio France Internationale
بي بي سي عربي|بي بي سي العربية|قناة بي بي سي العربية	BBC Arabic
سكاي نيوز عربية|سكاي نيوز العربية	Sky News Arabia
سكاي نيوز|شبكة سكاي نيوز	Sky News
فوكس نيوز|قناة فوكس نيوز|شبكة فوكس نيوز	Fox News
شبكة إن بي سي|إن بي سي	NBC
شبكة سي بي إس|سي بي إس	CBS
شبكة إيه بي سي|إيه بي سي|أي بي سي	ABC News
إم إس إن بي سي	MSNBC
سي إن بي سي	CNBC
سي إن إن عربية|سي إن إن بالعربية|سي إن إن العربية	CNN Arabic
قناة الشرق للأخبار|الشرق للأخبار|قناة الشرق	Asharq News
قناة الغد العربي|قناة الغد	Alghad TV
قناة النيل للأخبار|النيل للأخبار	Nile News
اتحاد الإذاعة والتلفزيون المصري|اتحاد الإذاعة والتلفزيون	Egyptian Radio and Television Union
قناة سي بي سي المصرية|قناة سي بي سي	CBC Egypt
قناة أون تي في|أون تي في	ONTV
قناة الحياة المصرية|قناة الحياة|تلفزيون الحياة	Al Hayat TV
قناة دريم|قناة دريم المصرية	Dream TV
قناة صدى البلد	Sada El Balad
قناة القاهرة والناس	Al Kahera Wal Nas
تلفزيون دبي|قناة دبي	Dubai TV
تلفزيون أبوظبي|تلفزيون أبو ظبي|قناة أبوظبي|قناة أبو ظبي	Abu Dhabi TV
تلفزيون الكويت	Kuwait Television
قناة الرأي الكويتية|قناة الراي	Alrai TV
هيئة الإذاعة والتلفزيون السعودية|القناة السعودية الأولى	Saudi Broadcasting Authority
قناة إم بي سي|مركز تلفزيون الشرق الأوسط	MBC
قناة اقرأ	Iqraa TV
قناة المجد	Al-Majd TV
قناة الرسالة الفضائية|قناة الرسالة	Al-Resalah TV
شبكة راديو وتلفزيون العرب|شبكة إيه آر تي|إيه آر تي	Arab Radio and Television Network
قناة الشرقية العراقية|قناة الشرقية	Al Sharqiya
قناة السومرية|السومرية نيوز	Alsumaria
قناة العراقية الفضائية|قناة العراقية	Al Iraqiya
قناة البغدادية	Al Baghdadia
قناة الفرات الفضائية|قناة الفرات	Al Furat TV
قناة كردستان 24|كردستان 24	Kurdistan 24
تلفزيون الدنيا|قناة الدنيا|قناة سما	Sama TV
الفضائية السورية|قناة الفضائية السورية	Syrian Satellite Channel
قناة أورينت|أورينت نيوز|تلفزيون أورينت	Orient TV
فضائية الأقصى|قناة الأقصى	Al-Aqsa TV
تلفزيون فلسطين	Palestine TV
فضائية القدس|قناة القدس	Al-Quds TV
قناة المسيرة الفضائية|قناة المسيرة	Al-Masirah
قناة اليمن اليوم	Yemen Today TV
قناة بلقيس	Belqees TV
قناة نسمة|نسمة تي في	Nessma TV
قناة الحوار التونسي	Elhiwar Ettounsi
قناة الشروق الجزائرية|الشروق تي في	Echorouk TV
قناة النهار الجزائرية|النهار تي في	Ennahar TV
قناة ميدي 1 تي في|ميدي 1 تي في|ميدي 1	Medi 1 TV
القناة الثانية المغربية|دوزيم	2M
قناة ليبيا الأحرار	Libya Alahrar TV
تلفزيون العربي|قناة العربي	Al Araby TV
صحيفة العربي الجديد|موقع العربي الجديد	The New Arab
هيئة الإذاعة والتلفزيون التركية|تي آر تي عربي|تي آر تي	TRT
التلفزيون المركزي الصيني|سي سي تي في	CCTV
هيئة الإذاعة اليابانية|إن إتش كيه	NHK
قناة يورونيوز|يورونيوز	Euronews
قناة آي 24 نيوز|آي 24 نيوز	i24NEWS
القناة العاشرة الإسرائيلية	Channel 10 (Israel)
القناة الثانية الإسرائيلية	Channel 2 (Israel)
القناة 12 الإسرائيلية	Channel 12 (Israel)
القناة السابعة الإسرائيلية	Arutz Sheva
هيئة البث الإسرائيلية	Kan (Israeli Public Broadcasting Corporation)
إذاعة الجيش الإسرائيلي	Army Radio (Israel)
إذاعة صوت أمريكا|صوت أمريكا|صوت أميركا	Voice of America
راديو فردا|إذاعة فردا	Radio Farda
إذاعة أوروبا الحرة|راديو أوروبا الحرة|راديو الحرية	Radio Free Europe/Radio Liberty
إذاعة صوت العرب	Sawt al-Arab
إذاعة موزاييك إف إم|موزاييك إف إم	Mosaique FM
يو إس إيه توداي	USA Today
لوس أنجلوس تايمز|لوس أنجليس تايمز	Los Angeles Times
واشنطن تايمز	The Washington Times
نيويورك بوست	New York Post
كريستيان ساينس مونيتور	The Christian Science Monitor
صحيفة ذا هيل|ذا هيل	The Hill
بوليتيكو|موقع بوليتيكو	Politico
مجلة تايم	Time
مجلة نيويوركر|ذا نيويوركر|نيويوركر	The New Yorker
مجلة فورين بوليسي|فورين بوليسي	Foreign Policy
مجلة فورين أفيرز|فورين أفيرز	Foreign Affairs
مجلة ذي أتلانتيك|ذي أتلانتيك|ذا أتلانتيك	The Atlantic
مجلة ناشيونال إنترست|ناشيونال إنترست|ناشونال إنترست	The National Interest
ديلي بيست|ذا ديلي بيست	The Daily Beast
بزنس إنسايدر|بيزنس إنسايدر	Business Insider
موقع أكسيوس|أكسيوس	Axios
ديلي ميرور|صحيفة ميرور	Daily Mirror
صنداي تايمز|الصنداي تايمز	The Sunday Times
صحيفة التايمز|التايمز	The Times
صحيفة ذا صن|ذا صن|صحيفة الصن	The Sun
صحيفة الأوبزرفر|الأوبزرفر|أوبزرفر	The Observer
ميدل إيست آي|موقع ميدل إيست آي	Middle East Eye
ميدل إيست مونيتور|موقع ميدل إيست مونيتور	Middle East Monitor
موقع المونيتور	Al-Monitor
صحيفة ليبراسيون|ليبراسيون	Libération
صحيفة لوباريزيان|لوباريزيان|لو باريزيان	Le Parisien
مجلة لوبوان|لوبوان|لو بوان	Le Point
مجلة لكسبريس|لكسبريس|ليكسبريس	L'Express
مجلة لونوفيل أوبسرفاتور|نوفيل أوبسرفاتور|لونوفيل أوبسرفاتور	L'Obs
مجلة شارلي إيبدو|شارلي إيبدو	Charlie Hebdo
مجلة جون أفريك|جون أفريك	Jeune Afrique
مجلة باري ماتش|باري ماتش	Paris Match
صحيفة فرانكفورتر ألغماينه|فرانكفورتر ألغماينه تسايتونغ|فرانكفورتر ألغماينه	Frankfurter Allgemeine Zeitung
صحيفة زود دويتشه تسايتونغ|زود دويتشه تسايتونغ|زود دويتشه	Süddeutsche Zeitung
صحيفة دي فيلت|دي فيلت|دي فيلت الألمانية	Die Welt
صحيفة بيلد|بيلد الألمانية	Bild
صحيفة دي تسايت|دي تسايت	Die Zeit
صحيفة كورييري ديلا سيرا|كورييري ديلا سيرا|كوريري ديلا سيرا	Corriere della Sera
صحيفة لا ريبوبليكا|لا ريبوبليكا	La Repubblica
صحيفة لا ستامبا|لا ستامبا	La Stampa
صحيفة إل باييس|إل باييس|الباييس	El País
صحيفة إل موندو|إل موندو|الموندو	El Mundo
صحيفة ماركا|ماركا الإسبانية	Marca
صحيفة آس|صحيفة آس الإسبانية	Diario AS
صحيفة موندو ديبورتيفو|موندو ديبورتيفو	Mundo Deportivo
صحيفة سبورت الإسبانية|صحيفة سبورت الكتالونية	Sport (newspaper)
صحيفة لا غازيتا ديلو سبورت|غازيتا ديلو سبورت|لاغازيتا ديلو سبورت	La Gazzetta dello Sport
صحيفة ليكيب|ليكيب الفرنسية	L'Équipe
مجلة كيكر|كيكر الألمانية	Kicker
صحيفة برافدا|برافدا	Pravda
صحيفة إزفستيا|إزفستيا	Izvestia
صحيفة كوميرسانت|كوميرسانت	Kommersant
صحيفة غلوبال تايمز|غلوبال تايمز|جلوبال تايمز	Global Times
صحيفة تشاينا ديلي|تشاينا ديلي	China Daily
صحيفة الشعب اليومية	People's Daily
صحيفة ساوث تشاينا مورنينغ بوست|ساوث تشاينا مورنينغ بوست|ساوث تشاينا مورنينج بوست	South China Morning Post
صحيفة أساهي شيمبون|أساهي شيمبون	The Asahi Shimbun
صحيفة تايمز أوف إنديا|تايمز أوف إنديا	The Times of India
صحيفة دون الباكستانية	Dawn
صحيفة حريت|حريت|حرييت|صحيفة حرييت	Hürriyet
صحيفة ميلليت|ميلليت|ملييت	Milliyet
صحيفة صباح التركية|صباح التركية	Sabah
صحيفة زمان التركية|زمان التركية	Zaman
صحيفة يني شفق|يني شفق	Yeni Şafak
صحيفة جمهوريت|جمهوريت	Cumhuriyet
صحيفة ديلي صباح|ديلي صباح	Daily Sabah
صحيفة كيهان|صحيفة كيهان الإيرانية	Kayhan
صحيفة اطلاعات الإيرانية	Ettela'at
صحيفة طهران تايمز|طهران تايمز	Tehran Times
صحيفة تايمز أوف إسرائيل|تايمز أوف إسرائيل	The Times of Israel
صحيفة إسرائيل اليوم|يسرائيل هيوم	Israel Hayom
صحيفة غلوبس|غلوبس الإسرائيلية	Globes
موقع واينت|واينت	Ynet
موقع والا الإسرائيلي|موقع والا	Walla!
صحيفة ذا ناشيونال|ذا ناشيونال	The National
صحيفة غلف نيوز|غلف نيوز|جلف نيوز	Gulf News
صحيفة خليج تايمز|خليج تايمز	Khaleej Times
صحيفة عرب نيوز|عرب نيوز	Arab News
صحيفة سعودي جازيت|سعودي جازيت|سعودي غازيت	Saudi Gazette
صحيفة ديلي ستار|ذا ديلي ستار|ديلي ستار اللبنانية	The Daily Star
صحيفة لوريان لوجور|لوريان لوجور	L'Orient-Le Jour
صحيفة جوردان تايمز|جوردان تايمز	The Jordan Times
جريدة البلاد|صحيفة البلاد	Al Bilad
جريدة الندوة|صحيفة الندوة	Al Nadwa
جريدة الجمهورية|صحيفة الجمهورية	Al Gomhuria
صحيفة اليوم السابع|موقع اليوم السابع	Youm7
جريدة الوفد|صحيفة الوفد	Al-Wafd (newspaper)
مجلة روز اليوسف|صحيفة روز اليوسف|روز اليوسف	Rose al-Yusuf
جريدة التحرير|صحيفة التحرير	Al-Tahrir (newspaper)
صحيفة أخبار اليوم|جريدة أخبار اليوم	Akhbar El Yom
موقع مصراوي	Masrawy
موقع مدى مصر	Mada Masr
جريدة المستقبل|صحيفة المستقبل	Al-Mustaqbal
صحيفة الديار|جريدة الديار	Ad-Diyar
جريدة اللواء|صحيفة اللواء	Al-Liwaa
جريدة البناء|صحيفة البناء	Al-Binaa
جريدة تشرين|صحيفة تشرين	Tishreen
جريدة البعث|صحيفة البعث	Al-Baath (newspaper)
جريدة الثورة|صحيفة الثورة	Al-Thawra
جريدة الصباح|صحيفة الصباح	Al-Sabah
جريدة المدى|صحيفة المدى	Al-Mada
جريدة الزمان|صحيفة الزمان	Azzaman
جريدة السبيل|صحيفة السبيل	Assabeel
جريدة السياسة|صحيفة السياسة	Al-Seyassah
صحيفة الجريدة|جريدة الجريدة	Al-Jarida
جريدة الرؤية|صحيفة الرؤية	Al Roeya
صحيفة الإمارات اليوم|جريدة الإمارات اليوم	Emarat Al Youm
صحيفة أخبار الخليج|جريدة أخبار الخليج	Akhbar Al Khaleej
جريدة عمان|صحيفة عمان	Oman (newspaper)
جريدة الخبر|صحيفة الخبر	El Khabar
صحيفة الشروق اليومي|الشروق اليومي	Echorouk El Yawmi
جريدة المجاهد|صحيفة المجاهد	El Moudjahid
جريدة الشعب|صحيفة الشعب	Ech-Chaab
موقع هسبريس|هسبريس	Hespress
جريدة العلم|صحيفة العلم	Al Alam (newspaper)
صحيفة الاتحاد الاشتراكي|جريدة الاتحاد الاشتراكي	Al Ittihad Al Ichtiraki
بوابة الوسط|موقع بوابة الوسط	Al Wasat (Libya)
جريدة القدس|صحيفة القدس	Al-Quds (newspaper)
صحيفة الحياة الجديدة|جريدة الحياة الجديدة	Al-Hayat Al-Jadida
جريدة فلسطين|صحيفة فلسطين	Felesteen
جريدة السوداني|صحيفة السوداني	Al-Sudani
صحيفة الانتباهة|جريدة الانتباهة	Al-Intibaha
جريدة الرأي العام|صحيفة الرأي العام	Al-Rai Al-Aam
موقع رأي اليوم|صحيفة رأي اليوم	Rai al-Youm
موقع إيلاف|صحيفة إيلاف	Elaph
مجلة الوطن العربي	Al-Watan Al-Arabi
مجلة زهرة الخليج	Zahrat Al Khaleej
مجلة ناشيونال جيوغرافيك|ناشيونال جيوغرافيك|ناشونال جيوغرافيك	National Geographic
مجلة نيتشر	Nature
مجلة ساينس	Science
مجلة ذا لانسيت|ذا لانسيت|لانسيت	The Lancet
مجلة فورتشن	Fortune
موقع ذا إنترسبت|ذا إنترسبت	The Intercept
موقع بيلينغكات|بيلينغكات	Bellingcat
موقع فايس نيوز|فايس نيوز	Vice News
موقع عنب بلدي|عنب بلدي	Enab Baladi
موقع زمان الوصل|صحيفة زمان الوصل	Zaman al-Wasl
موقع الخليج أونلاين|الخليج أونلاين	Al-Khaleej Online
موقع عربي 21|عربي 21|عربي21	Arabi21
موقع النشرة|النشرة اللبنانية	Elnashra
`;
