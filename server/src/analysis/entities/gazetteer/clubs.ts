/**
 * Sports clubs the Arabic press reports on, with the spellings it uses (the project's own
 * list, MIT). One club a line: the usual name first, then variants, separated by |, then
 * after a tab the English name the hover shows, which a name shared by clubs of several
 * countries (الأهلي) does not have.
 *
 * Many clubs share their name with a city (برشلونة، ليون) or a word (الهلال، النصر، الوحدة),
 * so a one-word club name is only a feature for the model, which reads the context (فاز،
 * مباراة، الفريق); a name of two words or more (ريال مدريد، دينامو كييف) is a club wherever
 * it stands.
 */
export const CLUBS = `
الأهلي|النادي الأهلي
الأهلي المصري	Al Ahly
الزمالك|نادي الزمالك	Zamalek
الإسماعيلي	Ismaily
الترسانة	Tersana
المصري البورسعيدي	Al Masry
الاتحاد السكندري	Al Ittihad Alexandria
المقاولون العرب	Arab Contractors
إنبي	ENPPI
بتروجت	Petrojet
سموحة	Smouha
غزل المحلة	Ghazl El Mahalla
بيراميدز	Pyramids
الهلال السعودي	Al Hilal
النصر السعودي	Al Nassr
اتحاد جدة	Al-Ittihad
الأهلي السعودي	Al-Ahli Saudi
الفيصلي	Al-Faisaly
الريان	Al-Rayyan
الغرافة	Al-Gharafa
الوكرة	Al-Wakrah
الدحيل|لخويا	Al-Duhail
السيلية	Al-Sailiya
شباب الأهلي	Shabab Al Ahli
كاظمة	Kazma
الوداد|الوداد البيضاوي	Wydad Casablanca
الرجاء البيضاوي	Raja Casablanca
المغرب الفاسي	Maghreb de Fès
المغرب التطواني	Moghreb Tétouan
الجيش الملكي	AS FAR
الدفاع الحسني الجديدي|الدفاع الجديدي	Difaâ Hassani El Jadidi
المولودية الوجدية	Mouloudia Oujda
اتحاد الخميسات	Ittihad Khemisset
الجمعية السلاوية	AS Salé
شباب المسيرة	JS Massira
حسنية أكادير	Hassania Agadir
نهضة بركان	RS Berkane
الفتح الرباطي	FUS Rabat
أولمبيك خريبكة	Olympique Khouribga
الكوكب المراكشي	Kawkab Marrakech
الترجي|الترجي الرياضي|الترجي التونسي	Espérance de Tunis
النجم الساحلي	Étoile du Sahel
الصفاقسي|النادي الصفاقسي	CS Sfaxien
النادي الإفريقي|النادي الأفريقي	Club Africain
الملعب التونسي	Stade Tunisien
شبيبة القبائل	JS Kabylie
مولودية الجزائر	MC Alger
اتحاد الجزائر	USM Alger
وفاق سطيف	ES Sétif
شباب بلوزداد	CR Belouizdad
الاتحاد الحلبي	Al-Ittihad Aleppo
المريخ السوداني	Al-Merrikh
الهلال السوداني	Al-Hilal Omdurman
أسيك أبيدجان|أسيك	ASEC Mimosas
مازيمبي|تي بي مازيمبي	TP Mazembe
صن داونز|ماميلودي صن داونز	Mamelodi Sundowns
أورلاندو بايرتس	Orlando Pirates
كايزر تشيفز	Kaizer Chiefs
إنيمبا	Enyimba
القطن الكاميروني	Coton Sport
كانون ياوندي	Canon Yaoundé
أشانتي كوتوكو	Asante Kotoko
هارتس أوف أوك	Hearts of Oak
مانشستر يونايتد|مان يونايتد	Manchester United
مانشستر سيتي|مان سيتي	Manchester City
ليفربول	Liverpool
تشلسي|تشيلسي	Chelsea
آرسنال|أرسنال	Arsenal
توتنهام|توتنهام هوتسبير	Tottenham Hotspur
نيوكاسل يونايتد|نيوكاسل	Newcastle United
إيفرتون	Everton
أستون فيلا	Aston Villa
وست هام يونايتد|وست هام	West Ham United
ليستر سيتي	Leicester City
بولتون	Bolton Wanderers
بلاكبيرن روفرز|بلاكبيرن	Blackburn Rovers
ميدلسبره	Middlesbrough
ريال مدريد	Real Madrid
برشلونة|البرسا|برسا	Barcelona
أتلتيكو مدريد|أتليتيكو مدريد	Atlético Madrid
فالنسيا	Valencia
إشبيلية	Sevilla
فياريال	Villarreal
ديبورتيفو لاكورونيا|ديبورتيفو	Deportivo La Coruña
ريال سوسيداد	Real Sociedad
أتلتيك بلباو	Athletic Bilbao
ريال بيتيس|بيتيس	Real Betis
سيلتا فيغو	Celta Vigo
إسبانيول	Espanyol
ريال سرقسطة	Real Zaragoza
يوفنتوس|اليوفي	Juventus
ميلان|إيه سي ميلان|آيه سي ميلان	AC Milan
إنتر ميلان|الإنتر|إنترميلان	Inter Milan
روما	Roma
لاتسيو	Lazio
نابولي	Napoli
فيورنتينا	Fiorentina
بارما	Parma
سامبدوريا	Sampdoria
أودينيزي	Udinese
باليرمو	Palermo
بايرن ميونيخ|بايرن ميونخ|البايرن	Bayern Munich
بوروسيا دورتموند|دورتموند	Borussia Dortmund
فيردر بريمن|بريمن	Werder Bremen
هامبورغ|هامبورج	Hamburger SV
شالكه	Schalke 04
باير ليفركوزن|ليفركوزن	Bayer Leverkusen
شتوتغارت|شتوتجارت	VfB Stuttgart
فولفسبورغ	VfL Wolfsburg
هيرتا برلين|هرتا برلين	Hertha BSC
باريس سان جيرمان|باريس سان جرمان	Paris Saint-Germain
أولمبيك ليون|ليون	Olympique Lyonnais
أولمبيك مرسيليا|مرسيليا	Olympique de Marseille
موناكو	AS Monaco
ليل	Lille
بوردو	Bordeaux
نانت	Nantes
سانت إتيان	Saint-Étienne
بنفيكا	Benfica
بورتو	Porto
سبورتنغ لشبونة|سبورتينغ لشبونة|سبورتنغ	Sporting CP
أياكس أمستردام|أياكس	Ajax
آيندهوفن|أيندهوفن|بي إس في آيندهوفن	PSV Eindhoven
فينورد	Feyenoord
ألكمار|أيه زد ألكمار	AZ Alkmaar
سلتيك|سيلتك|سيلتيك	Celtic
رينجرز|غلاسكو رينجرز	Rangers
أندرلخت|أندرلشت	Anderlecht
كلوب بروج	Club Brugge
ستاندار لييج	Standard Liège
دينامو كييف	Dynamo Kyiv
شاختار دونيتسك|شاختار	Shakhtar Donetsk
سسكا موسكو|تسسكا موسكو|سيسكا موسكو	CSKA Moscow
سبارتاك موسكو	Spartak Moscow
لوكوموتيف موسكو	Lokomotiv Moscow
زينيت سان بطرسبورغ|زينيت	Zenit Saint Petersburg
ستيوا بوخارست|ستيوا	Steaua Bucharest
دينامو بوخارست	Dinamo Bucharest
غلطة سراي|غلطة سراى|جالطة سراي	Galatasaray
فنربخشة|فنرباشه	Fenerbahçe
بشكتاش|بشيكتاش	Beşiktaş
طرابزون سبور	Trabzonspor
أولمبياكوس	Olympiacos
باناثينايكوس	Panathinaikos
أيك أثينا	AEK Athens
بازل	FC Basel
سالزبورغ|ريد بول سالزبورغ	Red Bull Salzburg
النجم الأحمر|النجم الأحمر بلغراد|ريد ستار بلغراد	Red Star Belgrade
دينامو زغرب	Dinamo Zagreb
بارتيزان بلغراد	Partizan
سبارتا براغ	Sparta Prague
بوكا جونيورز	Boca Juniors
ريفر بليت	River Plate
سانتوس	Santos
فلامنغو	Flamengo
كورينثيانز	Corinthians
بالميراس	Palmeiras
`;
