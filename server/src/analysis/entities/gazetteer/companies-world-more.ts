/**
 * More companies and brands the Arabic press names, beside companies.ts and companies-world.ts:
 * hotel, restaurant and coffee chains, shops and fashion houses, food and consumer goods, the
 * internet, telecoms and banks of the world and of each Arab country, insurers, investment firms
 * and rating agencies, stock exchanges, medicines, arms makers, shipping, builders and engineers,
 * car makers and their Arab dealers, family groups of the Gulf and Egypt, airlines and airport
 * companies, oil, petrochemicals, cement and mining (the project's own list, MIT, written from
 * general knowledge). One a line: the usual name first, then variants, separated by |, then after
 * a tab the English name the hover shows. A name that is also a word, a person's or a place's
 * (زين، كريم، العثيم، بنده، لولو، تداول، مصدر، جميرا) is given only in a longer name (مجموعة العثيم،
 * شركة كريم); a line may add spellings to a company another list holds (مكدونالدز، اتحاد اتصالات).
 * These names are found at run time only: training does not see them (gazetteer/training.ts),
 * so the model lends them what it learnt of the listed names of their class.
 */
export const MORE_WORLD_COMPANIES = `
مجموعة هيلتون|فنادق هيلتون|هيلتون العالمية	Hilton Worldwide
شيراتون|فنادق شيراتون	Sheraton Hotels and Resorts
ماريوت|ماريوت الدولية|فنادق ماريوت|ماريوت إنترناشونال	Marriott International
ريتز كارلتون	Ritz-Carlton
فور سيزونز|فورسيزونز	Four Seasons Hotels and Resorts
روتانا للفنادق|فنادق روتانا	Rotana Hotels
إنتركونتيننتال|مجموعة فنادق إنتركونتيننتال|فنادق إنتركونتيننتال	InterContinental Hotels Group
فنادق حياة|حياة ريجنسي|بارك حياة	Hyatt
موفنبيك|فنادق موفنبيك	Mövenpick Hotels & Resorts
أكور|مجموعة أكور|أكور للفنادق	Accor
مجموعة جميرا	Jumeirah Group
ماكدونالدز|مكدونالدز|ماك دونالدز	McDonald's
كي إف سي|مطاعم كنتاكي|كنتاكي فرايد تشيكن	KFC
بيتزا هت	Pizza Hut
دومينوز بيتزا|دومينوز	Domino's Pizza
برغر كينغ|برجر كنج|برجر كينج|برغر كنغ	Burger King
صب واي|صبواي	Subway
دانكن دونتس|دنكن دونتس	Dunkin'
كوستا كوفي|كوستا كافيه	Costa Coffee
مطاعم البيك|البيك للأنظمة الغذائية	Al Baik
هرفي|هرفي للخدمات الغذائية|مطاعم هرفي	Herfy Food Services
أمريكانا|أمريكانا للمطاعم|مجموعة أمريكانا	Americana Restaurants
إتش آند إم|إتش أند إم	H&M
لولو هايبرماركت|مجموعة لولو|لولو للتجزئة	LuLu Group International
بنده للتجزئة|أسواق بنده|هايبر بنده	Panda Retail Company
أسواق العثيم|أسواق عبدالله العثيم|مجموعة العثيم	Abdullah Al Othaim Markets
أسواق التميمي	Tamimi Markets
سنتر بوينت|سنتربوينت	Centrepoint
مجموعة لاندمارك	Landmark Group
المتحدة للإلكترونيات|متاجر إكسترا	United Electronics Company (eXtra)
مجموعة فواز الحكير|مجموعة الحكير	Fawaz Alhokair Group
صيدليات النهدي|النهدي الطبية	Nahdi Medical Company
ماركس آند سبنسر|ماركس أند سبنسر	Marks & Spencer
لويس فويتون|لويس فيتون|لوي فيتون	Louis Vuitton
مجموعة شلهوب	Chalhoub Group
أندر آرمر	Under Armour
نيو بالانس	New Balance
كرافت هاينز	Kraft Heinz
كولجيت بالموليف|كولجيت	Colgate-Palmolive
بريتش أمريكان توباكو|بريتيش أمريكان توباكو	British American Tobacco
صافولا|سافولا|مجموعة سافولا	Savola Group
نادك|الشركة الوطنية للتنمية الزراعية	National Agricultural Development Company (NADEC)
شركة كريم|تطبيق كريم	Careem
لينكد إن|لينكدإن	LinkedIn
باي بال	PayPal
أمريكان إكسبريس	American Express
ويسترن يونيون	Western Union
بلاك بيري|بلاكبيري	BlackBerry
إتش تي سي	HTC
إير بي إن بي|إيربنب	Airbnb
دويتشه تيليكوم	Deutsche Telekom
بريتيش تيليكوم	BT Group
تشاينا موبايل	China Mobile
زين السعودية|شركة الاتصالات المتنقلة السعودية	Zain KSA
موبايلي|اتحاد اتصالات	Mobily (Etihad Etisalat)
اتحاد عذيب	Etihad Atheeb Telecom
مجموعة اتصالات|مؤسسة الإمارات للاتصالات|اتصالات الإمارات	Etisalat
شركة الإمارات للاتصالات المتكاملة|شركة دو	du
أوريدو|كيوتل	Ooredoo
شركة الاتصالات الكويتية	Kuwait Telecommunications Company (stc Kuwait)
بتلكو|شركة البحرين للاتصالات	Batelco
عمانتل|الشركة العمانية للاتصالات	Omantel
أورنج مصر|موبينيل	Orange Egypt
فودافون مصر	Vodafone Egypt
اتصالات مصر	Etisalat Misr
اتصالات الجزائر	Algérie Télécom
اتصالات تونس	Tunisie Telecom
يمن موبايل	Yemen Mobile
شركة الاتصالات الفلسطينية|بالتل	Paltel
كريدي أغريكول	Crédit Agricole
كومرتس بنك	Commerzbank
آي إن جي	ING Group
مصرف اسكتلندا الملكي|بنك اسكتلندا الملكي|رويال بنك أوف سكوتلاند	Royal Bank of Scotland
البنك الصناعي والتجاري الصيني	Industrial and Commercial Bank of China
بنك التعمير الصيني	China Construction Bank
مجموعة أبراج|أبراج كابيتال	Abraaj Group
وكالة فيتش|فيتش للتصنيف الائتماني|فيتش ريتنغز|فيتش	Fitch Ratings
مجموعة بوسطن الاستشارية|بوسطن كونسلتينغ جروب	Boston Consulting Group
ميونيخ ري	Munich Re
مجموعة سامبا المالية|بنك سامبا	Samba Financial Group
الأهلي المالية	SNB Capital
الرياض المالية	Riyad Capital
الراجحي المالية	Al Rajhi Capital
جدوى للاستثمار	Jadwa Investment
الشركة السعودية للمعلومات الائتمانية	Saudi Credit Bureau (SIMAH)
التعاونية للتأمين|الشركة التعاونية للتأمين	Tawuniya
بوبا العربية|بوبا للتأمين|بوبا	Bupa Arabia
ميدغلف|ميدغلف للتأمين|ميد غلف	MedGulf
سلامة للتأمين	Salama Cooperative Insurance
ملاذ للتأمين	Malath Cooperative Insurance
الدرع العربي للتأمين	Arabian Shield Cooperative Insurance
ولاء للتأمين	Walaa Cooperative Insurance
العالمية للتأمين	Al Alamiya Cooperative Insurance
المتحدة للتأمين التعاوني|المتحدة للتأمين	United Cooperative Assurance
وفا للتأمين|وفاء للتأمين	Wafa Insurance
أكسا للتأمين التعاوني|أكسا للتأمين	AXA Cooperative Insurance
بروج للتأمين	Buruj Cooperative Insurance
بنك المشرق	Mashreq
بنك رأس الخيمة الوطني|راك بنك	RAKBANK
مصرف الإمارات الإسلامي	Emirates Islamic
بنك أبوظبي الوطني|بنك أبو ظبي الوطني	National Bank of Abu Dhabi
بنك الخليج الأول	First Gulf Bank
مصرف الهلال	Al Hilal Bank
البنك التجاري القطري	Commercial Bank of Qatar
بنك الدوحة	Doha Bank
بنك قطر الدولي الإسلامي	Qatar International Islamic Bank
البنك الأهلي الكويتي	Al Ahli Bank of Kuwait
بنك برقان	Burgan Bank
بنك البحرين والكويت	Bank of Bahrain and Kuwait
بيت التمويل الخليجي	GFH Financial Group
بنك الإثمار|بنك إثمار	Ithmaar Bank
المصرف الخليجي التجاري	Khaleeji Commercial Bank
بنك ظفار	Bank Dhofar
البنك الوطني العماني	National Bank of Oman
بنك صحار	Sohar International Bank
البنك الإسلامي الأردني	Jordan Islamic Bank
بنك القاهرة عمان	Cairo Amman Bank
المصرف التجاري السوري	Commercial Bank of Syria
مصرف الرشيد	Rasheed Bank
المصرف العراقي للتجارة	Trade Bank of Iraq
بنك فلسطين	Bank of Palestine
بنك القاهرة	Banque du Caire
بنك القاهرة السعودي	Saudi Cairo Bank
بنك الإسكندرية	Bank of Alexandria
البنك العربي الأفريقي الدولي	Arab African International Bank
بنك فيصل الإسلامي المصري|بنك فيصل الإسلامي	Faisal Islamic Bank of Egypt
مصر للتأمين	Misr Insurance
البنك الشعبي المركزي|مجموعة البنك الشعبي	Banque Centrale Populaire
بنك الجزائر الخارجي	Banque Extérieure d'Algérie
بنك تونس العربي الدولي	Banque Internationale Arabe de Tunisie
مصرف ليبيا الخارجي	Libyan Foreign Bank
بنك الخرطوم	Bank of Khartoum
ناسداك|بورصة ناسداك	Nasdaq
بورصة نيويورك	New York Stock Exchange
بورصة لندن	London Stock Exchange
بورصة طوكيو|بورصة طوكيو للأوراق المالية	Tokyo Stock Exchange
بورصة شنغهاي	Shanghai Stock Exchange
بورصة شنغهاي للذهب	Shanghai Gold Exchange
بورصة هونغ كونغ	Hong Kong Exchanges and Clearing
بورصة إسطنبول	Borsa Istanbul
بورصة نيويورك التجارية|نايمكس	New York Mercantile Exchange
مجموعة تداول السعودية	Saudi Tadawul Group
سوق دبي المالي	Dubai Financial Market
سوق أبوظبي للأوراق المالية|سوق أبو ظبي للأوراق المالية	Abu Dhabi Securities Exchange
بورصة قطر	Qatar Stock Exchange
بورصة الكويت|سوق الكويت للأوراق المالية	Boursa Kuwait
بورصة البحرين	Bahrain Bourse
سوق مسقط للأوراق المالية|بورصة مسقط	Muscat Stock Exchange
بورصة عمان	Amman Stock Exchange
البورصة المصرية	Egyptian Exchange
بورصة الدار البيضاء	Casablanca Stock Exchange
إيلي ليلي	Eli Lilly
جلعاد ساينسز	Gilead Sciences
بريستول مايرز سكويب	Bristol Myers Squibb
نوفو نورديسك	Novo Nordisk
سبيماكو|الشركة السعودية للصناعات الدوائية والمستلزمات الطبية	SPIMACO
تبوك للصناعات الدوائية	Tabuk Pharmaceuticals
جلفار|الخليج للصناعات الدوائية	Julphar
إم بي دي إيه	MBDA
بيل هليكوبتر	Bell Helicopter
مجموعة كلاشنيكوف	Kalashnikov Concern
روسوبورون إكسبورت|روس أوبورون إكسبورت	Rosoboronexport
ميتسوبيشي للصناعات الثقيلة	Mitsubishi Heavy Industries
صناعات الفضاء التركية|توساش	Turkish Aerospace Industries
سي إم إيه سي جي إم|سي إم أيه سي جي إم	CMA CGM
هاباغ لويد	Hapag-Lloyd
الشركة العربية المتحدة للملاحة	United Arab Shipping Company
سمسا إكسبريس|سمسا	SMSA Express
شركة ناقلات النفط الكويتية	Kuwait Oil Tanker Company
الخليج للملاحة القابضة|شركة الخليج للملاحة	Gulf Navigation Holding
موانئ أبوظبي	AD Ports Group
هيونداي للهندسة والإنشاءات	Hyundai Engineering & Construction
سامسونج سي آند تي|سامسونج سي أند تي	Samsung C&T
أرابتك|أرابتك القابضة	Arabtec Holding
حسن علام للإنشاءات	Hassan Allam Holding
شركة المقاولون العرب	Arab Contractors
إيه بي بي	ABB
شنايدر إلكتريك	Schneider Electric
بيكر هيوز	Baker Hughes
دار الأركان|دار الأركان للتطوير العقاري	Dar Al Arkan
شركة جبل عمر للتطوير|جبل عمر للتطوير	Jabal Omar Development Company
إعمار المدينة الاقتصادية	Emaar The Economic City
إعمار مصر	Emaar Misr
بروة العقارية	Barwa Real Estate
بالم هيلز للتعمير|بالم هيلز	Palm Hills Developments
شركة البحر الأحمر للتطوير	Red Sea Development Company
ألفا روميو	Alfa Romeo
لاند روفر	Land Rover
إم جي موتور	MG Motor
غريت وول موتورز|جريت وول موتورز	Great Wall Motors
إيران خودرو	Iran Khodro
مجموعة الجميح|الجميح للسيارات	Aljomaih Holding
مجموعة الجفالي|إبراهيم الجفالي وإخوانه|الجفالي وإخوانه	E. A. Juffali & Brothers
مجموعة الوعلان	Alwaalan Group
مجموعة ناغي	Naghi Group
غبور أوتو|جي بي أوتو	GB Auto
مجموعة المنصور	Mansour Group
مجموعة الفيصلية	Al Faisaliah Group
مجموعة دله البركة|دله البركة	Dallah Albaraka
مجموعة الجريسي	Al-Jeraisy Group
مجموعة المهيدب	Al Muhaidib Group
العجلان وإخوانه|مجموعة العجلان	Ajlan & Bros
مجموعة الطيار للسفر|مجموعة الطيار للسفر القابضة|الطيار للسفر	Al Tayyar Travel Group
مجموعة الغرير	Al Ghurair Group
مجموعة الحبتور	Al Habtoor Group
مجموعة الفردان	Alfardan Group
مجموعة الغانم|الغانم للصناعات	Alghanim Industries
مشاريع الكويت القابضة	Kuwait Projects Company (KIPCO)
مجموعة كانو	Yusuf Bin Ahmed Kanoo Group
مجموعة سهيل بهوان	Suhail Bahwan Group
مجموعة هائل سعيد أنعم|مجموعة هائل سعيد	Hayel Saeed Anam Group
القلعة القابضة	Qalaa Holdings
الشركة العالمية القابضة	International Holding Company
طيران السعودية الخليجية	SaudiGulf Airlines
السعودية للشحن	Saudia Cargo
الخطوط السعودية للتموين|السعودية للتموين	Saudi Airlines Catering
الشركة السعودية للخدمات الأرضية	Saudi Ground Services
مطارات دبي	Dubai Airports
مطارات أبوظبي|مطارات أبو ظبي	Abu Dhabi Airports
النيل للطيران	Nile Air
إير كايرو	Air Cairo
أجنحة الشام	Cham Wings Airlines
طيران السلام	SalamAir
الخطوط الجوية الأفريقية	Afriqiyah Airways
الخطوط الجوية الباكستانية	Pakistan International Airlines
الخطوط الجوية الهندية|إير إنديا	Air India
الخطوط الجوية الصينية|إير تشاينا	Air China
الخطوط الجوية الكورية|كوريان إير	Korean Air
طيران آسيا|إير آسيا	AirAsia
إير كندا	Air Canada
رايان إير	Ryanair
سابك|الشركة السعودية للصناعات الأساسية	SABIC
سابك للمغذيات الزراعية|سافكو	SABIC Agri-Nutrients
بترو رابغ|بترورابغ|رابغ للتكرير والبتروكيماويات	Petro Rabigh
ساتورب|أرامكو توتال	SATORP
سبكيم|الشركة السعودية العالمية للبتروكيماويات	Sipchem
ينساب|شركة ينبع الوطنية للبتروكيماويات	Yansab
كيان السعودية|كيان السعودية للبتروكيماويات	Saudi Kayan
التصنيع الوطنية|شركة التصنيع الوطنية	Tasnee
المتقدمة للبتروكيماويات	Advanced Petrochemical Company
الصحراء للبتروكيماويات	Sahara Petrochemicals
شركة المياه الوطنية	National Water Company
سابتكو|الشركة السعودية للنقل الجماعي	SAPTCO
الشركة السعودية للخطوط الحديدية	Saudi Railway Company
أسمنت اليمامة	Yamama Cement
أسمنت السعودية	Saudi Cement
أسمنت المنطقة الجنوبية|أسمنت الجنوب	Southern Province Cement
أسمنت نجران	Najran Cement
أسمنت القصيم	Qassim Cement
أسمنت ينبع	Yanbu Cement
أسمنت العربية	Arabian Cement
أسمنت المنطقة الشرقية|أسمنت الشرقية	Eastern Province Cement
أسمنت تبوك	Tabuk Cement
أسمنت الجوف	Al Jouf Cement
أسمنت حائل	Hail Cement
أدنوك للتوزيع	ADNOC Distribution
شركة أبوظبي لطاقة المستقبل|شركة مصدر	Masdar
الإمارات العالمية للألمنيوم|الإمارات للألمنيوم	Emirates Global Aluminium
نفط الهلال	Crescent Petroleum
راس غاز	RasGas
قطر غاز	Qatargas
صناعات قطر	Industries Qatar
قطر للألمنيوم|قطلوم	Qatalum
شركة قطر للأسمدة الكيماوية|قافكو	QAFCO
شركة البترول الوطنية الكويتية	Kuwait National Petroleum Company
ألمنيوم البحرين	Aluminium Bahrain (Alba)
شركة تنمية نفط عمان|تنمية نفط عمان	Petroleum Development Oman
شركة النفط العمانية	Oman Oil Company
البوتاس العربية|شركة البوتاس العربية	Arab Potash Company
مناجم الفوسفات الأردنية|الفوسفات الأردنية	Jordan Phosphate Mines Company
شركة نفط البصرة	Basra Oil Company
شركة نفط الشمال	North Oil Company
الشركة المصرية القابضة للغازات الطبيعية|إيجاس	EGAS
المجمع الشريف للفوسفاط|المكتب الشريف للفوسفاط	OCP Group
الشركة التونسية للكهرباء والغاز|الستاغ	STEG
شركة صافر	SAFER Exploration & Production Operations
أوكسيدنتال بتروليوم|أوكسيدنتال	Occidental Petroleum
الشركة الكورية للطاقة الكهربائية	Korea Electric Power Corporation
ريلاينس إندستريز	Reliance Industries
`;
