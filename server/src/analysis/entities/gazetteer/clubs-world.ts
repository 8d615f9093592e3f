/**
 * Sports clubs the Arabic press reports on beside those of clubs.ts and bodies.ts: football clubs
 * of the European, American, African, Asian and Arab leagues, famous basketball and handball clubs,
 * Formula One teams (the project's own list, MIT, written from general knowledge). One a line: the
 * usual name first, then variants, separated by |, then after a tab the English name the hover shows.
 * A one-word name that is also a word or a city (الاتفاق، أبردين) is not looked for alone
 * (run-time-lists.ts); a name several clubs share (الوحدة، الشباب، القادسية) is listed only with its
 * country or town.
 * These names are found at run time only: training does not see them (gazetteer/training.ts),
 * so the model lends them what it learnt of the listed names of their class.
 */
export const WORLD_CLUBS = `
فولهام	Fulham
ساوثهامبتون|ساوثامبتون	Southampton
برايتون|برايتون آند هوف ألبيون	Brighton & Hove Albion
برنتفورد	Brentford
بورنموث	AFC Bournemouth
ولفرهامبتون|وولفرهامبتون|ولفرهامبتون واندررز|وولفرهامبتون واندررز|وولفز	Wolverhampton Wanderers
نوتنغهام فورست|نوتينغهام فورست|نوتنجهام فورست	Nottingham Forest
ليدز يونايتد|ليدز	Leeds United
بيرنلي	Burnley
سندرلاند	Sunderland
بورتسموث	Portsmouth
هيدرسفيلد تاون|هيدرسفيلد	Huddersfield Town
إيبسويتش تاون|إبسويتش	Ipswich Town
ريال مايوركا|مايوركا	RCD Mallorca
أوساسونا	Osasuna
خيتافي	Getafe
ليفانتي	Levante
ملقة|مالقا	Málaga
رايو فاليكانو	Rayo Vallecano
ديبورتيفو ألافيس|ألافيس	Deportivo Alavés
نادي غرناطة	Granada CF
ريال بلد الوليد	Real Valladolid
جيرونا|خيرونا	Girona
أتالانتا	Atalanta
تورينو	Torino
جنوى	Genoa
بولونيا	Bologna
ساسولو	Sassuolo
كالياري	Cagliari
هيلاس فيرونا|فيرونا	Hellas Verona
كييفو فيرونا|كييفو	Chievo Verona
إمبولي	Empoli
ليتشي	Lecce
مونزا	Monza
آر بي لايبزيغ|لايبزيغ|لايبزيج	RB Leipzig
بوروسيا مونشنغلادباخ|مونشنغلادباخ|مونشنجلادباخ|غلادباخ	Borussia Mönchengladbach
آينتراخت فرانكفورت|إنتراخت فرانكفورت	Eintracht Frankfurt
فرايبورغ|فرايبورج	SC Freiburg
ماينز	Mainz 05
أوغسبورغ|أوجسبورج	FC Augsburg
إف سي كولن	1. FC Köln
يونيون برلين	Union Berlin
هايدنهايم	Heidenheim
ستاد رين|رين	Stade Rennais
أوجيه سي نيس|نيس	OGC Nice
لانس	RC Lens
مونبلييه	Montpellier
ستراسبورغ|ستراسبورج	RC Strasbourg
تولوز	Toulouse
ستاد ريمس|ريمس	Stade de Reims
ستاد بريست|بريست	Stade Brestois
سبورتنغ براغا|سبورتينغ براغا|براغا	Braga
فيتوريا غيماريش|غيماريش	Vitória de Guimarães
بوافيستا	Boavista
تفينتي|توينتي	FC Twente
أوتريخت	FC Utrecht
فيتيسه|فيتيسه أرنهيم	Vitesse
غينك|جنك	KRC Genk
جنت	KAA Gent
رويال أنتويرب|أنتويرب	Royal Antwerp
يونيون سان جيلواز	Union Saint-Gilloise
أبردين	Aberdeen
هارت أوف ميدلوثيان	Heart of Midlothian
إسطنبول باشاك شهير|باشاك شهير|باشاكشهير	İstanbul Başakşehir
بورصة سبور	Bursaspor
قونيا سبور	Konyaspor
أنطاليا سبور	Antalyaspor
باوك|باوك سالونيك	PAOK
روبين كازان	Rubin Kazan
كراسنودار	FC Krasnodar
روستوف	FC Rostov
أنجي ماخاتشكالا	Anzhi Makhachkala
أخمات غروزني|تيريك غروزني	Akhmat Grozny
دنيبرو	FC Dnipro
يونغ بويز	Young Boys
رابيد فيينا	Rapid Wien
إف سي كوبنهاغن|إف سي كوبنهاجن	FC Copenhagen
بروندبي	Brøndby
بودو غليمت	Bodø/Glimt
مالمو	Malmö FF
ليغيا وارسو|ليجيا وارسو	Legia Warsaw
فيكتوريا بلزن	Viktoria Plzeň
سلافيا براغ	Slavia Prague
فيرينتسفاروش	Ferencváros
لودوغوريتس	Ludogorets Razgrad
أبويل نيقوسيا|أبويل	APOEL
مكابي حيفا	Maccabi Haifa
مكابي تل أبيب	Maccabi Tel Aviv
هبوعيل تل أبيب|هابوعيل تل أبيب	Hapoel Tel Aviv
بيتار القدس	Beitar Jerusalem
شريف تيراسبول	Sheriff Tiraspol
قره باغ أغدام	Qarabağ
فلومينينسي	Fluminense
بوتافوغو|بوتافوجو	Botafogo
غريميو|جريميو	Grêmio
إنترناسيونال	Internacional
أتلتيكو مينيرو	Atlético Mineiro
كروزيرو	Cruzeiro
إستوديانتس	Estudiantes
راسينغ كلوب	Racing Club
إندبندينتي	Independiente
سان لورينزو	San Lorenzo
بينارول	Peñarol
كولو كولو	Colo-Colo
كلوب أمريكا|كلوب أميركا	Club América
تشيفاس غوادالاخارا|تشيفاس	Guadalajara
كروز أزول	Cruz Azul
تيغريس	Tigres UANL
رايادوس مونتيري|مونتيري	Monterrey
إنتر ميامي	Inter Miami
لوس أنجلوس إف سي|لوس أنجليس إف سي	Los Angeles FC
نيويورك ريد بولز	New York Red Bulls
سوبر سبورت يونايتد	SuperSport United
فيتا كلوب	AS Vita Club
سيمبا التنزاني	Simba SC
يانغ أفريكانز|يانج أفريكانز	Young Africans
حوريا كوناكري	Horoya AC
الأهلي شندي	Al-Ahli Shendi
أوراوا ريد دياموندز|أوراوا	Urawa Red Diamonds
كاشيما أنتلرز	Kashima Antlers
يوكوهاما إف مارينوس|يوكوهاما مارينوس	Yokohama F. Marinos
غامبا أوساكا	Gamba Osaka
كاواساكي فرونتال	Kawasaki Frontale
فيسيل كوبي	Vissel Kobe
جيونبوك هيونداي|جونبوك هيونداي	Jeonbuk Hyundai Motors
أولسان هيونداي	Ulsan Hyundai
بوهانغ ستيلرز|بوهانج ستيلرز	Pohang Steelers
سوون سامسونغ|سوون سامسونج	Suwon Samsung Bluewings
إف سي سيول	FC Seoul
غوانغجو إيفرغراند|قوانغتشو إيفرغراند|غوانزو إيفرغراند	Guangzhou Evergrande
شنغهاي بورت|شنغهاي إس آي بي جي	Shanghai Port
برسبوليس|بيرسبوليس|بيروزي	Persepolis
الاستقلال الإيراني|استقلال طهران	Esteghlal
سباهان أصفهان|سباهان	Sepahan
تراكتور سازي	Tractor
فولاد خوزستان	Foolad
باختاكور|بختاكور	Pakhtakor
ناساف قرشي|ناساف	Nasaf
سيدني إف سي	Sydney FC
ملبورن فيكتوري	Melbourne Victory
ويسترن سيدني واندررز	Western Sydney Wanderers
وادي دجلة	Wadi Degla
الجونة	El Gouna
طلائع الجيش	Tala'ea El Gaish
مصر المقاصة	Misr Lel Makkasa
سيراميكا كليوباترا	Ceramica Cleopatra
فاركو	Pharco
الأوليمبي السكندري	Olympic Club Alexandria
الشباب السعودي	Al-Shabab
الاتفاق|الاتفاق السعودي|فارس الدهناء	Al-Ettifaq
التعاون السعودي|سكري القصيم	Al-Taawoun
الفتح السعودي	Al-Fateh
نادي الرائد|الرائد السعودي	Al-Raed
القادسية السعودي	Al-Qadsiah
نادي الفيحاء|الفيحاء السعودي	Al-Fayha
نادي الحزم|الحزم السعودي	Al-Hazem
الوحدة السعودي|الوحدة المكي	Al-Wehda
الخليج السعودي|نادي الخليج	Khaleej FC
نادي الباطن	Al-Batin
نادي الطائي	Al-Tai
نادي الخلود	Al-Kholood
الأخدود|نادي الأخدود	Al-Okhdood
ضمك|نادي ضمك	Damac
السد|السد القطري	Al Sadd
العربي القطري	Al-Arabi (Qatar)
نادي قطر	Qatar SC
الخريطيات	Al-Kharaitiyat
نادي أم صلال	Umm Salal SC
الأهلي القطري	Al-Ahli Doha
نادي الخور	Al-Khor
العين الإماراتي|نادي العين	Al Ain FC
الجزيرة الإماراتي|نادي الجزيرة	Al Jazira
الوحدة الإماراتي	Al-Wahda (Abu Dhabi)
الوصل|الوصل الإماراتي	Al-Wasl
النصر الإماراتي	Al-Nasr (Dubai)
نادي الشارقة	Sharjah FC
نادي بني ياس	Baniyas
نادي عجمان	Ajman Club
نادي الظفرة	Al-Dhafra
اتحاد كلباء	Al-Ittihad Kalba
القادسية الكويتي	Qadsia
نادي الكويت|الكويت الكويتي	Kuwait SC
العربي الكويتي	Al-Arabi (Kuwait)
السالمية الكويتي|نادي السالمية	Al-Salmiya
نادي الجهراء	Al-Jahra
نادي المحرق|المحرق البحريني	Al-Muharraq
الرفاع البحريني|نادي الرفاع	Riffa SC
الرفاع الشرقي	East Riffa
الأهلي البحريني	Al-Ahli (Bahrain)
نادي الحد	Al-Hidd
نادي ظفار|ظفار العماني	Dhofar SC
نادي السيب	Al-Seeb
نادي فنجاء	Fanja
العروبة العماني	Al-Orouba (Oman)
نادي صحار	Sohar SC
الزوراء العراقي|نادي الزوراء	Al-Zawraa
نادي القوة الجوية	Al-Quwa Al-Jawiya
الشرطة العراقي	Al-Shorta
الطلبة العراقي|نادي الطلبة	Al-Talaba
نادي أربيل	Erbil SC
نادي دهوك	Duhok SC
الميناء العراقي|نادي الميناء	Naft Al-Mina'a
نادي زاخو	Zakho SC
الفيصلي الأردني	Al-Faisaly (Jordan)
نادي الوحدات|الوحدات الأردني	Al-Wehdat
نادي الرمثا	Al-Ramtha
شباب الأردن	Shabab Al-Ordon
الحسين إربد	Al-Hussein Irbid
الكرامة السوري|نادي الكرامة	Al-Karamah
الوحدة السوري	Al-Wahda (Damascus)
تشرين السوري|نادي تشرين	Tishreen
الفتوة السوري|نادي الفتوة	Al-Futuwa
نادي حطين	Hutteen
العهد اللبناني|نادي العهد	Al-Ahed
الأنصار اللبناني|نادي الأنصار	Al-Ansar
النجمة اللبناني	Nejmeh
الصفاء اللبناني	Safa
الحكمة اللبناني|نادي الحكمة	Sagesse
الرياضي بيروت	Al-Riyadi Beirut
هلال القدس	Hilal Al-Quds
شباب الخليل	Shabab Al-Khalil
أهلي صنعاء|الأهلي الصنعاني	Al-Ahli Sanaa
التلال العدني|نادي التلال	Al-Tilal
شعب إب	Shaab Ibb
الأهلي طرابلس	Al-Ahli Tripoli
الاتحاد الليبي	Al-Ittihad Tripoli
الأهلي بنغازي	Al-Ahli Benghazi
النصر الليبي	Al-Nasr Benghazi
الملعب القابسي	Stade Gabèsien
النادي البنزرتي|البنزرتي	CA Bizertin
الاتحاد المنستيري|المنستيري	US Monastir
الاتحاد الرياضي ببن قردان|اتحاد بن قردان	US Ben Guerdane
مولودية وهران	MC Oran
شباب قسنطينة	CS Constantine
نصر حسين داي	NA Hussein Dey
جمعية الشلف	ASO Chlef
شبيبة الساورة	JS Saoura
اتحاد بلعباس	USM Bel Abbès
مولودية بجاية	MO Béjaïa
اتحاد الحراش	USM El Harrach
نادي بارادو|بارادو	Paradou AC
اتحاد طنجة	Ittihad Tanger
أولمبيك آسفي	Olympic Safi
يوسفية برشيد	Youssoufia Berrechid
شباب الريف الحسيمي	Chabab Rif Al Hoceima
النادي القنيطري	KAC Kénitra
نهضة الزمامرة	RCA Zemamra
لوس أنجلوس ليكرز|ليكرز	Los Angeles Lakers
بوسطن سلتيكس|سلتيكس	Boston Celtics
شيكاغو بولز	Chicago Bulls
غولدن ستايت ووريورز|جولدن ستيت ووريورز	Golden State Warriors
ميامي هيت	Miami Heat
نيويورك نيكس	New York Knicks
أنادولو إفيس|إفيس	Anadolu Efes
تي إتش دبليو كيل	THW Kiel
فيزبريم	Veszprém
سكوديريا فيراري|فريق فيراري	Scuderia Ferrari
ريد بول ريسينغ|فريق ريد بول	Red Bull Racing
فريق مرسيدس	Mercedes F1 Team
ماكلارين	McLaren
فريق ويليامز	Williams Racing
فريق أستون مارتن	Aston Martin F1 Team
فريق هاس	Haas F1 Team
ألفا توري|ألفا تاوري	AlphaTauri
`;
