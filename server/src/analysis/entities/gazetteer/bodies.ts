/**
 * Organisations the news names beside those of curated.ts: sports bodies and clubs, groupings
 * of states, intelligence services, the world press, universities. The project's own list
 * (MIT), written from general knowledge. One a line, the usual name first, then variants and
 * short forms, then after a tab the English name the hover shows; a word that is also a common noun (الحياة، الأهرام، الشرق الأوسط) only in a
 * longer name, and a club named after its town (ليفربول، مرسيليا) only by its full name.
 * These names are added where the model passes them by; they never change the type the
 * model gave (في واتفورد may be the town).
 */
export const BODIES = `
الاتحاد الدولي لكرة القدم|الفيفا|فيفا	FIFA
رابطة العالم الإسلامي	Muslim World League
اللجنة الثورية العليا	Supreme Revolutionary Committee
الاتحاد الأوروبي لكرة القدم|اليويفا|يويفا	UEFA
الاتحاد الآسيوي لكرة القدم	Asian Football Confederation
الاتحاد الأفريقي لكرة القدم|الكاف	Confederation of African Football
اللجنة الأولمبية الدولية	International Olympic Committee
المنظمة العالمية للملكية الفكرية|الويبو|ويبو	World Intellectual Property Organization
المنظمة الإسلامية للتربية والعلوم والثقافة|الإيسيسكو|إيسيسكو	ISESCO
المنظمة العربية للتربية والثقافة والعلوم|الألكسو|ألكسو	ALECSO
الإنتربول|إنتربول	Interpol
برنامج الأمم المتحدة الإنمائي	United Nations Development Programme
اليونيسيف|يونيسيف	UNICEF
بنك إنجلترا المركزي|بنك إنجلترا|بنك انكلترا|بنك إنكلترا	Bank of England
بنك اليابان المركزي|بنك اليابان	Bank of Japan
بنك فرنسا المركزي|بنك فرنسا	Bank of France
بنك كندا المركزي|بنك كندا	Bank of Canada
بنك الكويت المركزي	Central Bank of Kuwait
بنك الكويت الوطني	National Bank of Kuwait
البنك المركزي الأوروبي|المركزي الأوروبي	European Central Bank
مجلس الاحتياطي الفيدرالي|الاحتياطي الفيدرالي|مجلس الاحتياطي الاتحادي|الاحتياطي الاتحادي|البنك الاحتياطي الفيدرالي	Federal Reserve
صندوق النقد العربي	Arab Monetary Fund
الصندوق العربي للإنماء الاقتصادي والاجتماعي	Arab Fund for Economic and Social Development
البنك الإسلامي للتنمية	Islamic Development Bank
البنك الآسيوي للتنمية|بنك التنمية الآسيوي	Asian Development Bank
البنك الأفريقي للتنمية|بنك التنمية الأفريقي	African Development Bank
البنك الآسيوي للاستثمار في البنية التحتية	Asian Infrastructure Investment Bank
إدارة معلومات الطاقة الأمريكية|إدارة معلومات الطاقة	U.S. Energy Information Administration
وكالة موديز|موديز	Moody's
ستاندرد آند بورز|ستاندرد أند بورز	Standard & Poor's
إرنست ويونغ|إرنست آند يونغ|إرنست ويونج	Ernst & Young
برايس ووترهاوس كوبرز	PwC
ديلويت	Deloitte
منظمة الطيران المدني الدولي	International Civil Aviation Organization
الاتحاد الدولي لألعاب القوى	World Athletics
الاتحاد العربي السعودي لكرة القدم|الاتحاد السعودي لكرة القدم	Saudi Arabian Football Federation
لجنة الانضباط|لجنة الانضباط والأخلاق	Disciplinary Committee
لجنة الحكام|لجنة الحكام الرئيسية	Referees Committee
لجنة الاحتراف|لجنة الاحتراف وأوضاع اللاعبين	Professionalism Committee
لجنة المسابقات	Competitions Committee
وستهام يونايتد|ويستهام|وستهام|ويستهام يونايتد	West Ham United
واتفورد	Watford
ويغان أتلتيك|ويغان|ويجان	Wigan Athletic
تشارلتون أتلتيك|تشارلتون	Charlton Athletic
شيفيلد يونايتد|شيفلد يونايتد	Sheffield United
أستون فيلا	Aston Villa
نيوكاسل يونايتد	Newcastle United
توتنهام هوتسبير|توتنهام	Tottenham Hotspur
بلاكبيرن روفرز	Blackburn Rovers
أولمبيك مرسيليا	Olympique de Marseille
باريس سان جيرمان	Paris Saint-Germain
بوروسيا دورتموند	Borussia Dortmund
جالاتا سراي|جلطة سراي|غالطة سراي|غلطة سراي	Galatasaray
دينامو موسكو	Dynamo Moscow
ستوك سيتي	Stoke City
سوانسي سيتي	Swansea City
هال سيتي	Hull City
نوريتش سيتي	Norwich City
كريستال بالاس	Crystal Palace
وست بروميتش ألبيون|وست برومويتش ألبيون|وست بروميتش	West Bromwich Albion
لوس أنجليس غالاكسي|لوس أنجلوس غالاكسي	LA Galaxy
سمبدوريا|سامبدوريا	Sampdoria
هوفنهايم	Hoffenheim
جبهة البوليساريو|البوليساريو	Polisario Front
حركة أحرار الشام|أحرار الشام|حركة أحرار الشام الإسلامية	Ahrar al-Sham
الحوثيون|ميليشيات الحوثي|مليشيات الحوثي|ميلشيات الحوثي|ميليشيا الحوثي|مليشيا الحوثي|ميلشيا الحوثي	Houthis
جيش الإسلام	Jaish al-Islam
الحراك الجنوبي|الحراك الجنوبي اليمني	Southern Movement
جيش الفتح	Jaish al-Fatah
فيلق الرحمن	Failaq al-Rahman
الجبهة الجنوبية	Southern Front
تنظيم القاعدة في جزيرة العرب|القاعدة في جزيرة العرب|تنظيم القاعدة في الجزيرة العربية	Al-Qaeda in the Arabian Peninsula
تنظيم القاعدة في بلاد المغرب الإسلامي|القاعدة في بلاد المغرب الإسلامي|القاعدة في المغرب الإسلامي	Al-Qaeda in the Islamic Maghreb
الموقعون بالدماء	Al-Muwaqqi'un bil-Dima
جند الخلافة	Jund al-Khilafah
أنصار الدين	Ansar Dine
أنصار الشريعة	Ansar al-Sharia
حركة التوحيد والجهاد في غرب أفريقيا|حركة التوحيد والجهاد في غرب إفريقيا	Movement for Oneness and Jihad in West Africa
منظمة التحرير الفلسطينية|منظمة التحرير	Palestine Liberation Organization
السلطة الفلسطينية	Palestinian Authority
الموساد	Mossad
الشاباك|جهاز الأمن العام الإسرائيلي	Shin Bet
مكتب التحقيقات الفيدرالي|مكتب التحقيقات الفدرالي|إف بي آي	FBI
كي جي بي|الكي جي بي	KGB
وكالة الأمن القومي الأمريكية	National Security Agency
مجلس حقوق الإنسان|مجلس حقوق الإنسان التابع للأمم المتحدة	UN Human Rights Council
البرلمان الأوروبي	European Parliament
المفوضية الأوروبية	European Commission
مجموعة العشرين	G20
مجموعة الثماني|مجموعة الدول الصناعية الثماني	G8
مجموعة السبع|مجموعة الدول الصناعية السبع	G7
رابطة دول جنوب شرق آسيا|آسيان|الآسيان	ASEAN
منظمة شنغهاي للتعاون	Shanghai Cooperation Organisation
منظمة الأمن والتعاون في أوروبا	Organization for Security and Co-operation in Europe
مجلس أوروبا	Council of Europe
الوكالة الدولية للطاقة|وكالة الطاقة الدولية	International Energy Agency
مركز الأمم المتحدة لمكافحة الإرهاب	United Nations Counter-Terrorism Centre
خلية الإعلام الحربي	War Media Cell (Iraq)
المنتدى العالمي لمكافحة الإرهاب|المنتدى الدولي لمكافحة الإرهاب	Global Counterterrorism Forum
منظمة العمل الدولية	International Labour Organization
اليونسكو|اليونيسكو|منظمة الأمم المتحدة للتربية والعلم والثقافة	UNESCO
المنظمة الدولية للهجرة	International Organization for Migration
أطباء بلا حدود|منظمة أطباء بلا حدود	Doctors Without Borders
مراسلون بلا حدود|منظمة مراسلون بلا حدود	Reporters Without Borders
منظمة الشفافية الدولية	Transparency International
غرينبيس|السلام الأخضر	Greenpeace
وكالة الفضاء الأمريكية|ناسا	NASA
وكالة الفضاء الأوروبية	European Space Agency
يونايتد برس إنترناشونال|يونايتد برس	United Press International
وكالة بلومبرغ|بلومبرغ	Bloomberg
وكالة كيودو|كيودو	Kyodo News
وكالة يونهاب|يونهاب	Yonhap
وكالة إيتار تاس|إيتار تاس	ITAR-TASS
وكالة الأنباء الجزائرية	Algeria Press Service
وكالة المغرب العربي للأنباء	Maghreb Arabe Presse
وكالة تونس أفريقيا للأنباء	Tunis Afrique Presse
وكالة الأنباء الفلسطينية|وفا	WAFA
وكالة أنباء البحرين|وكالة الأنباء البحرينية	Bahrain News Agency
وكالة الأنباء العمانية	Oman News Agency
وكالة الأنباء اليمنية	Saba News Agency
وكالة السودان للأنباء|وكالة الأنباء السودانية	Sudan News Agency
الوكالة الوطنية للإعلام	National News Agency (Lebanon)
وكالة الأنباء الليبية	Libya News Agency
وكالة أنباء فارس	Fars News Agency
وكالة تسنيم	Tasnim News Agency
هيئة قناة السويس	Suez Canal Authority
فايننشال تايمز	Financial Times
وول ستريت جورنال	The Wall Street Journal
الغارديان|صحيفة الغارديان	The Guardian
الإندبندنت|صحيفة الإندبندنت	The Independent
ديلي تلغراف|الديلي تلغراف|دايلي تلغراف|ديلي تليجراف|ديلي تليغراف	The Daily Telegraph
لوموند|صحيفة لوموند	Le Monde
لوفيغارو|لو فيغارو	Le Figaro
دير شبيغل|شبيغل|دير شبيجل	Der Spiegel
نيوزويك	Newsweek
هآرتس|صحيفة هآرتس	Haaretz
يديعوت أحرونوت|يديعوت	Yedioth Ahronoth
معاريف|صحيفة معاريف	Maariv
جيروزاليم بوست	The Jerusalem Post
صحيفة الأهرام	Al-Ahram
صحيفة الحياة	Al-Hayat
صحيفة الشرق الأوسط	Asharq Al-Awsat
صحيفة النهار	An-Nahar
صحيفة السفير	As-Safir
صحيفة الرياض|جريدة الرياض	Al Riyadh
صحيفة عكاظ|جريدة عكاظ	Okaz
صحيفة الوطن|جريدة الوطن	Al Watan
صحيفة المدينة|جريدة المدينة	Al Madina
صحيفة مكة|جريدة مكة	Makkah
صحيفة اليوم|جريدة اليوم	Al Yaum
صحيفة الاقتصادية|جريدة الاقتصادية	Al Eqtisadiah
صحيفة الجزيرة|جريدة الجزيرة	Al Jazirah
صحيفة سبق	Sabq
صحيفة الوئام|جريدة الوئام	Al Weeam
صحيفة عين اليوم|عين اليوم	3alyoum
صحيفة الرياضية|جريدة الرياضية	Arriyadiyah
صحيفة الوسط|جريدة الوسط	Al Wasat
صحيفة الشرق|جريدة الشرق	Al Sharq
صحيفة الراية|جريدة الراية	Al Raya
صحيفة القبس|جريدة القبس|القبس	Al-Qabas
صحيفة الأنباء|جريدة الأنباء	Al-Anba
صحيفة الخليج|جريدة الخليج	Al Khaleej
صحيفة البيان|جريدة البيان	Al Bayan
صحيفة الاتحاد|جريدة الاتحاد	Al Ittihad
قناة الإخبارية	Al Ekhbariya
روتانا|قناة روتانا|مجموعة روتانا	Rotana
طيران ناس|ناس القابضة	flynas
صحيفة الرأي|جريدة الرأي	Al Rai
صحيفة الغد|جريدة الغد	Al Ghad
صحيفة الدستور|جريدة الدستور	Addustour
صحيفة المصري اليوم|جريدة المصري اليوم	Al-Masry Al-Youm
صحيفة الشروق|جريدة الشروق	Al-Shorouk
صحيفة الأخبار|جريدة الأخبار	Al-Akhbar
صحيفة القدس العربي|القدس العربي	Al-Quds Al-Arabi
صحيفة العرب|جريدة العرب	Al Arab
صحيفة الأيام|جريدة الأيام	Al Ayyam
مجلة العربي	Al-Arabi
مجلة سيدتي	Sayidaty
مجلة المجلة	Al Majalla
مجلة فوربس|فوربس	Forbes
مجلة الإيكونوميست|الإيكونوميست|إيكونوميست	The Economist
جامعة الأزهر|الأزهر|الأزهر الشريف	Al-Azhar University
جامعة هارفارد|هارفارد	Harvard University
جامعة أكسفورد	University of Oxford
جامعة كامبريدج	University of Cambridge
جامعة القاهرة	Cairo University
الجامعة الأمريكية في بيروت|الجامعة الأميركية في بيروت	American University of Beirut
جامعة السوربون|السوربون	Sorbonne
معهد ماساتشوستس للتكنولوجيا	Massachusetts Institute of Technology
مايكروسوفت	Microsoft
غوغل|جوجل	Google
أمازون	Amazon
سامسونغ|سامسونج	Samsung
تويوتا	Toyota
جنرال موتورز	General Motors
بوينغ|بوينج	Boeing
إيرباص|ايرباص	Airbus
أكوا باور|أكوا باور القابضة	ACWA Power
`;
