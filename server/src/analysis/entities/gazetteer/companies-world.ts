/**
 * Companies and brands the Arabic press names beside those of companies.ts: oil and gas, banks,
 * airlines, car makers, technology and telecoms, media groups, retail, medicines, arms makers,
 * builders, and the groups of the Gulf and Egypt (the project's own list, MIT, written from general
 * knowledge). One a line: the usual name first, then variants, separated by |, then after a tab the
 * English name the hover shows. A one-word name that is also a word (معادن، إعمار، اتصالات) is not
 * looked for alone (run-time-lists.ts); one that is also a person's name (كريم، جلعاد) is given
 * only in a longer name.
 * These names are found at run time only: training does not see them (gazetteer/training.ts),
 * so the model lends them what it learnt of the listed names of their class.
 */
export const WORLD_COMPANIES = `
شركة شل|شل	Shell
توتال إنرجيز|توتال إنرجي	TotalEnergies
كونوكو فيليبس	ConocoPhillips
إيني	Eni
ريبسول	Repsol
إكوينور|ستات أويل|شتات أويل	Equinor
روسنفت	Rosneft
لوك أويل|لوكويل	Lukoil
بتروتشاينا|بتروشاينا	PetroChina
سينوبك	Sinopec
المؤسسة الوطنية الصينية للبترول	China National Petroleum Corporation
بتروناس	Petronas
بتروبراس	Petrobras
هاليبرتون	Halliburton
شلمبرجير|شلمبرغر	Schlumberger
شركة نفط الكويت	Kuwait Oil Company
مؤسسة البترول الكويتية	Kuwait Petroleum Corporation
قطر للطاقة	QatarEnergy
المؤسسة الوطنية للنفط	National Oil Corporation
شركة تسويق النفط العراقية|سومو	SOMO
شركة نفط البحرين|بابكو	Bapco
شركة النفط الوطنية الإيرانية|الشركة الوطنية الإيرانية للنفط	National Iranian Oil Company
دانة غاز	Dana Gas
مؤسسة الإمارات الوطنية للنفط|إينوك	ENOC
مبادلة|مبادلة للاستثمار	Mubadala
شركة أبوظبي الوطنية للطاقة|طاقة أبوظبي	TAQA
معادن|شركة التعدين العربية السعودية	Ma'aden
الشركة السعودية للكهرباء|الكهرباء السعودية	Saudi Electricity Company
صدارة للكيميائيات|صدارة	Sadara Chemical Company
الشركة الوطنية السعودية للنقل البحري	Bahri
روساتوم	Rosatom
كهرباء فرنسا|إي دي إف	EDF
ألستوم	Alstom
أرسيلور ميتال	ArcelorMittal
غلينكور|جلينكور	Glencore
بنك أوف أمريكا|بنك أوف أميركا	Bank of America
ويلز فارغو|ويلز فارجو	Wells Fargo
مورغان ستانلي|مورجان ستانلي	Morgan Stanley
بي إن بي باريبا	BNP Paribas
سوسيتيه جنرال	Société Générale
كريدي سويس	Credit Suisse
يو بي إس	UBS
بنك سانتاندير|سانتاندير	Banco Santander
بنك لويدز|لويدز	Lloyds Bank
ستاندرد تشارترد	Standard Chartered
بلاك روك	BlackRock
بلاكستون|بلاك ستون	Blackstone
مجموعة كارلايل|كارلايل	Carlyle Group
ليمان براذرز	Lehman Brothers
إيه آي جي	AIG
بيركشاير هاثاواي	Berkshire Hathaway
سوفت بنك|سوفتبنك	SoftBank
ماستركارد	Mastercard
البنك الأهلي السعودي	Saudi National Bank
البنك الأهلي المصري	National Bank of Egypt
بنك مصر	Banque Misr
البنك التجاري الدولي	Commercial International Bank
بنك قطر الوطني|كيو إن بي	Qatar National Bank
مصرف قطر الإسلامي	Qatar Islamic Bank
مصرف الريان	Masraf Al Rayan
بنك الإمارات دبي الوطني	Emirates NBD
بنك أبوظبي الأول|بنك أبو ظبي الأول	First Abu Dhabi Bank
بنك أبوظبي التجاري|بنك أبو ظبي التجاري	Abu Dhabi Commercial Bank
مصرف أبوظبي الإسلامي|مصرف أبو ظبي الإسلامي	Abu Dhabi Islamic Bank
بنك دبي الإسلامي	Dubai Islamic Bank
بيت التمويل الكويتي|بيتك	Kuwait Finance House
بنك الخليج	Gulf Bank
البنك التجاري الكويتي	Commercial Bank of Kuwait
بنك بوبيان	Boubyan Bank
البنك الأهلي المتحد	Ahli United Bank
بنك البحرين الوطني	National Bank of Bahrain
المؤسسة العربية المصرفية	Bank ABC
مجموعة البركة المصرفية	Al Baraka Banking Group
بنك مسقط	Bank Muscat
البنك العربي	Arab Bank
بنك عودة	Bank Audi
بنك بيبلوس	Byblos Bank
بنك لبنان والمهجر|بلوم بنك	BLOM Bank
فرنسبنك	Fransabank
التجاري وفا بنك	Attijariwafa Bank
البنك المغربي للتجارة الخارجية	BMCE Bank of Africa
مصرف الرافدين	Rafidain Bank
الخطوط الجوية البريطانية|بريتيش إيرويز	British Airways
الخطوط الجوية الفرنسية|إير فرانس	Air France
الخطوط الجوية التركية	Turkish Airlines
الخطوط الجوية الهولندية|كيه إل إم	KLM
دلتا إيرلاينز	Delta Air Lines
يونايتد إيرلاينز	United Airlines
أمريكان إيرلاينز|أميركان إيرلاينز	American Airlines
الخطوط الجوية السنغافورية	Singapore Airlines
إيروفلوت	Aeroflot
الخطوط الجوية الماليزية	Malaysia Airlines
الخطوط الجوية الإثيوبية|الخطوط الإثيوبية	Ethiopian Airlines
شركة العال|العال	El Al
الخطوط الجوية الإيرانية|إيران إير	Iran Air
ماهان إير	Mahan Air
الخطوط القطرية	Qatar Airways
طيران الخليج	Gulf Air
الخطوط الجوية الكويتية	Kuwait Airways
الطيران العماني	Oman Air
الملكية الأردنية|الخطوط الجوية الملكية الأردنية	Royal Jordanian
الخطوط الملكية المغربية|الملكية المغربية	Royal Air Maroc
الخطوط التونسية|الخطوط الجوية التونسية	Tunisair
الخطوط الجوية الجزائرية	Air Algérie
طيران الشرق الأوسط|الميدل إيست	Middle East Airlines
الخطوط الجوية العراقية	Iraqi Airways
الخطوط الجوية السورية|السورية للطيران	Syrian Air
الخطوط الجوية اليمنية	Yemenia
الخطوط الجوية السودانية|سودانير	Sudan Airways
الخطوط الجوية الليبية	Libyan Airlines
فلاي دبي	flydubai
العربية للطيران	Air Arabia
طيران الجزيرة	Jazeera Airways
طيران أديل	flyadeal
طيران الرياض	Riyadh Air
تسلا	Tesla
لامبورغيني|لامبورجيني	Lamborghini
رولز رويس	Rolls-Royce
جاغوار لاند روفر|جاكوار لاند روفر	Jaguar Land Rover
أستون مارتن	Aston Martin
ستيلانتيس	Stellantis
لكزس	Lexus
شيفروليه	Chevrolet
بي واي دي	BYD
لوسيد	Lucid Motors
أوراكل	Oracle
سيسكو	Cisco
هيوليت باكارد|إتش بي	Hewlett-Packard
ديل	Dell
لينوفو	Lenovo
شاومي|شياومي	Xiaomi
تيك توك|تيكتوك	TikTok
بايت دانس	ByteDance
تينسنت	Tencent
علي بابا	Alibaba
بايدو	Baidu
إنستغرام|إنستجرام	Instagram
واتساب|واتس آب	WhatsApp
يوتيوب	YouTube
سناب شات|سنابشات	Snapchat
تلغرام|تيليغرام|تليغرام|تلجرام	Telegram
ميتا|ميتا بلاتفورمز	Meta Platforms
نتفليكس	Netflix
أوبر	Uber
سبيس إكس	SpaceX
أوبن إيه آي	OpenAI
إنفيديا	Nvidia
تي إس إم سي	TSMC
زد تي إي	ZTE
كاسبرسكي	Kaspersky
إن إس أو	NSO Group
إس تي سي	stc
زين|مجموعة زين|شركة زين	Zain
مجموعة اتصالات	Etisalat
عمانتل	Omantel
بتلكو	Batelco
أورنج	Orange
اتصالات المغرب	Maroc Telecom
المصرية للاتصالات	Telecom Egypt
أوراسكوم تليكوم|أوراسكوم للاتصالات	Orascom Telecom
إيه تي آند تي	AT&T
إم تي إن	MTN Group
آسيا سيل	Asiacell
سيريتل	Syriatel
مجموعة إم بي سي|إم بي سي	MBC Group
أو إس إن|أوربت شوتايم	OSN
بي إن سبورتس|بي إن سبورت|مجموعة بي إن الإعلامية	beIN Media Group
نيوز كورب|نيوز كوربوريشن	News Corp
والت ديزني|ديزني	The Walt Disney Company
أبوظبي للإعلام|أبو ظبي للإعلام	Abu Dhabi Media
المجموعة السعودية للأبحاث والتسويق	Saudi Research and Marketing Group
الشركة المتحدة للخدمات الإعلامية	United Media Services
كارفور	Carrefour
مجموعة ماجد الفطيم	Majid Al Futtaim
مجموعة الفطيم	Al-Futtaim Group
مجموعة الشايع	Alshaya Group
مكتبة جرير	Jarir Bookstore
نون دوت كوم	Noon
نايكي	Nike
أديداس	Adidas
ستاربكس	Starbucks
كي إف سي	KFC
المراعي	Almarai
صافولا|مجموعة صافولا	Savola
بروكتر آند غامبل|بروكتر أند جامبل	Procter & Gamble
فيليب موريس	Philip Morris
ريد بول	Red Bull
فايزر	Pfizer
موديرنا	Moderna
أسترازينيكا	AstraZeneca
جونسون آند جونسون	Johnson & Johnson
نوفارتيس	Novartis
روش	Roche
سانوفي	Sanofi
غلاكسو سميث كلاين|جلاكسو سميث كلاين	GlaxoSmithKline
باير	Bayer
ميرك	Merck
بيونتيك	BioNTech
سينوفارم	Sinopharm
الحكمة للأدوية	Hikma Pharmaceuticals
تيفا	Teva
لوكهيد مارتن|لوكهيد	Lockheed Martin
رايثيون	Raytheon
نورثروب غرومان|نورثروب جرومان	Northrop Grumman
جنرال دايناميكس	General Dynamics
بي إيه إي سيستمز	BAE Systems
تاليس	Thales
داسو للطيران|داسو	Dassault Aviation
رافائيل للأنظمة الدفاعية	Rafael Advanced Defense Systems
إلبيت سيستمز|إلبيت	Elbit Systems
الصناعات الجوية الإسرائيلية	Israel Aerospace Industries
روستيخ|روستك	Rostec
سوخوي	Sukhoi
أسيلسان	Aselsan
بايكار	Baykar
الشركة السعودية للصناعات العسكرية	Saudi Arabian Military Industries
مجموعة إيدج	EDGE Group
بلاك ووتر	Blackwater
مجموعة فاغنر|مجموعة فاجنر	Wagner Group
ساب	Saab
مجموعة بن لادن|مجموعة بن لادن السعودية	Saudi Binladin Group
سعودي أوجيه	Saudi Oger
أوراسكوم للإنشاءات	Orascom Construction
مجموعة طلعت مصطفى	Talaat Moustafa Group
إعمار|إعمار العقارية	Emaar Properties
داماك	DAMAC Properties
نخيل	Nakheel
الدار العقارية	Aldar Properties
دبي القابضة	Dubai Holding
موانئ دبي العالمية	DP World
لافارج|لافارج هولسيم	Lafarge
الديار القطرية	Qatari Diar
المملكة القابضة|شركة المملكة القابضة	Kingdom Holding Company
مجموعة عبد اللطيف جميل|مجموعة عبداللطيف جميل	Abdul Latif Jameel
مجموعة الزامل	Zamil Group
مجموعة العليان	Olayan Group
مجموعة الخرافي	Kharafi Group
أجيليتي	Agility
السويدي إليكتريك	Elsewedy Electric
المجموعة المالية هيرميس|إي إف جي هيرميس	EFG Hermes
جهينة للصناعات الغذائية	Juhayna
الشرقية للدخان	Eastern Company
حديد عز	Ezz Steel
ميرسك	Maersk
دي إتش إل	DHL
فيديكس|فيدكس	FedEx
أرامكس	Aramex
ماكنزي	McKinsey & Company
كيه بي إم جي	KPMG
`;
