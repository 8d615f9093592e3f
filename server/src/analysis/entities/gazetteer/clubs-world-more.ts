/**
 * More sports clubs the Arabic press reports on, beside those of clubs.ts, bodies.ts and
 * clubs-world.ts: football clubs of the smaller European leagues and the second divisions, of the
 * Americas, of the African and Asian Champions Leagues and of the Arab leagues, NBA and European
 * basketball clubs, handball and volleyball clubs, Formula One and MotoGP teams (the project's own
 * list (MIT), written from general knowledge). One a line: the usual name first, then variants,
 * separated by |, then after a tab the English name the hover shows. A club named after its town
 * or a word (غرونينغن، الوحدات) is listed by a longer name (إف سي غرونينغن، نفط الميناء); a name
 * several clubs share, with its town (النصر بنغازي، الأهلي مدني). A line may add a spelling to a
 * club another list holds (سوانزي سيتي، فينورد روتردام): lines that share a spelling make one entry.
 * These names are found at run time only: training does not see them (gazetteer/training.ts),
 * so the model lends them what it learnt of the listed names of their class.
 */
export const MORE_WORLD_CLUBS = `
شيفيلد وينزداي|شفيلد وينزداي	Sheffield Wednesday
سوانسي سيتي|سوانزي سيتي	Swansea City
كارديف سيتي	Cardiff City
كوينز بارك رينجرز|كيو بي آر	Queens Park Rangers
ديربي كاونتي	Derby County
برمنغهام سيتي|برمنجهام سيتي|بيرمنغهام سيتي	Birmingham City
كوفنتري سيتي	Coventry City
بريستول سيتي	Bristol City
لوتون تاون	Luton Town
سيلتا فيغو|سيلتا فيجو	Celta Vigo
أتلتيك بلباو|أتلتيك بيلباو|أتليتيك بلباو	Athletic Bilbao
سبورتنغ خيخون|سبورتينغ خيخون|سبورتنج خيخون	Sporting Gijón
ريال أوفييدو	Real Oviedo
بوروسيا مونشنغلادباخ|بوروسيا مونشنجلادباخ	Borussia Mönchengladbach
فورتونا دوسلدورف	Fortuna Düsseldorf
سانت باولي	FC St. Pauli
هولشتاين كيل	Holstein Kiel
أرمينيا بيليفيلد	Arminia Bielefeld
غرويتر فورت|جرويتر فورت	Greuther Fürth
إف سي لوريان	FC Lorient
إف سي ميتز	FC Metz
إيه جيه أوكسير	AJ Auxerre
أياكس أمستردام|أجاكس أمستردام	Ajax
فينورد|فينورد روتردام	Feyenoord
إف سي أوتريخت	FC Utrecht
إف سي تفينتي|إف سي توينتي	FC Twente
هيرنفين|هيرينفين|إس سي هيرنفين	SC Heerenveen
سبارتا روتردام	Sparta Rotterdam
أدو دن هاغ|أدو دن هاخ	ADO Den Haag
إن إي سي نيميغن|إن إي سي نايميخن	NEC Nijmegen
غو أهيد إيغلز|جو أهيد إيجلز	Go Ahead Eagles
إف سي غرونينغن|إف سي خرونينغن	FC Groningen
ستاندار لييج|ستاندارد لييج	Standard Liège
راسينغ غينك|راسينغ جنك	KRC Genk
سيركل بروج	Cercle Brugge
سبورتنغ شارلروا|سبورتينغ شارلروا	Sporting Charleroi
سينت ترويدن|سانت ترويدن	Sint-Truiden
زولته فاريغم|زولتي فاريغيم	Zulte Waregem
سبورتنغ لشبونة|سبورتنج لشبونة	Sporting CP
ريو آفي	Rio Ave
جيل فيسنتي	Gil Vicente
ناسيونال ماديرا	Nacional
إستوريل برايا	Estoril Praia
أكاديميكا كويمبرا|أكاديميكا	Académica de Coimbra
دندي يونايتد	Dundee United
سانت ميرين	St Mirren
سيفاس سبور|سيواس سبور	Sivasspor
قيصري سبور	Kayserispor
ألانيا سبور	Alanyaspor
غازي عنتاب سبور|غازي عنتاب إف كيه	Gaziantep FK
كاسيم باشا	Kasımpaşa
ريزا سبور|ريزه سبور|تشايكور ريزه سبور	Çaykur Rizespor
هاتاي سبور	Hatayspor
أنقرة غوجو|أنقرة جوجو	MKE Ankaragücü
أدانا دمير سبور	Adana Demirspor
سامسون سبور	Samsunspor
ملاطية سبور|يني ملاطية سبور	Yeni Malatyaspor
أولمبياكوس|أولمبياكوس بيرايوس	Olympiacos
آريس سالونيك	Aris Thessaloniki
أيك لارنكا	AEK Larnaca
أنورثوسيس فاماغوستا|أنورثوسيس	Anorthosis Famagusta
أومونيا نيقوسيا|أومونيا	Omonia Nicosia
أبولون ليماسول	Apollon Limassol
أريس ليماسول	Aris Limassol
بافوس إف سي	Pafos FC
زينيت سان بطرسبورغ|زينيت سان بطرسبرغ	Zenit Saint Petersburg
توربيدو موسكو	Torpedo Moscow
أورال يكاترينبورغ	Ural Yekaterinburg
كريليا سوفيتوف|كريليا سوفيتوف سامارا	Krylia Sovetov
دينامو كييف|دينامو كيف	Dynamo Kyiv
دنيبرو دنيبروبتروفسك|دنيبرو دنيبروبيتروفسك	FC Dnipro
زوريا لوهانسك|زوريا لوغانسك	Zorya Luhansk
ميتاليست خاركيف	Metalist Kharkiv
تشيرنومورتس أوديسا	Chornomorets Odesa
إف سي زيوريخ	FC Zürich
غراسهوبرز|غراسهوبر زيوريخ|غراسهوبرز زيوريخ	Grasshopper Club Zürich
إف سي سيون	FC Sion
سيرفيت جنيف|سيرفيت	Servette
إف سي لوغانو	FC Lugano
إف سي لوسيرن|إف سي لوتسيرن	FC Luzern
أوستريا فيينا	Austria Wien
شتورم غراتس|شتورم جراتس	Sturm Graz
مالمو إف إف	Malmö FF
إف سي ميتيلاند	FC Midtjylland
إف سي نوردشيلاند	FC Nordsjælland
آيك ستوكهولم|إيه آي كيه ستوكهولم	AIK
آي إف كيه غوتنبرغ|آي إف كيه يوتيبوري	IFK Göteborg
ليخ بوزنان	Lech Poznań
فيسلا كراكوف|ويسلا كراكوف	Wisła Kraków
سلوفان براتيسلافا	Slovan Bratislava
سي إف آر كلوج	CFR Cluj
رابيد بوخارست	Rapid București
يونيفرسيتاتيا كرايوفا	Universitatea Craiova
ليفسكي صوفيا	Levski Sofia
سسكا صوفيا|تسسكا صوفيا|سيسكا صوفيا	CSKA Sofia
بارتيزان بلغراد|بارتيزان بلجراد	Partizan
هايدوك سبليت	Hajduk Split
باتي بوريسوف|باتيه بوريسوف	BATE Borisov
إف سي أستانا	FC Astana
هبوعيل بئر السبع|هابوعيل بئر السبع	Hapoel Be'er Sheva
اتحاد أبناء سخنين	Bnei Sakhnin
غريميو|غريميو بورتو أليغري|جريميو بورتو أليغري	Grêmio
أتلتيكو باراناينسي|أتلتيكو بارانايينسي	Athletico Paranaense
سبورت ريسيفي	Sport Recife
ريد بول براغانتينو|براغانتينو	Red Bull Bragantino
أميركا مينيرو|أمريكا مينيرو	América Mineiro
فيليز سارسفيلد	Vélez Sarsfield
نيولز أولد بويز|نيويلز أولد بويز	Newell's Old Boys
روزاريو سنترال	Rosario Central
أرجنتينوس جونيورز	Argentinos Juniors
ناسيونال مونتيفيديو	Club Nacional
يونيفرسيداد دي تشيلي|أونيفرسيداد دي تشيلي	Universidad de Chile
يونيفرسيداد كاتوليكا|أونيفرسيداد كاتوليكا	Universidad Católica
أتلتيكو ناسيونال	Atlético Nacional
أمريكا دي كالي|أميركا دي كالي	América de Cali
جونيور بارانكيا|أتلتيكو جونيور	Junior
برشلونة غواياكيل|بارسيلونا غواياكيل	Barcelona SC
إل دي يو كيتو|ليغا دي كيتو	LDU Quito
إندبندينتي ديل فالي	Independiente del Valle
أوليمبيا أسونسيون	Club Olimpia
سيرو بورتينيو	Cerro Porteño
أليانزا ليما	Alianza Lima
بوماس أونام|بوماس	Pumas UNAM
ديبورتيفو تولوكا	Deportivo Toluca
سانتوس لاغونا	Santos Laguna
كلوب ليون	Club León
نيويورك سيتي إف سي	New York City FC
أتلانتا يونايتد	Atlanta United
سياتل ساوندرز	Seattle Sounders
تورونتو إف سي	Toronto FC
أورلاندو سيتي	Orlando City
إف سي سينسيناتي	FC Cincinnati
زد إف سي	ZED FC
مودرن فيوتشر|مودرن سبورت	Modern Sport
رجاء مطروح	Rajaa Matrouh
سبورتنغ السكندري|سبورتنج السكندري	Alexandria Sporting Club
الوداد الفاسي	Wydad de Fès
كوديم مكناس	CODM Meknès
شباب المحمدية	Chabab Mohammédia
اتحاد تواركة	Union Touarga
سريع وادي زم	Rapide Oued Zem
رجاء بني ملال	Raja Beni Mellal
أولمبيك الدشيرة	Olympique Dcheira
نهضة سطات|النهضة السطاتية	Renaissance de Settat
الأولمبي الباجي|أولمبيك الباجي	Olympique Béja
شبيبة القيروان|الشبيبة القيروانية	JS Kairouan
اتحاد تطاوين	US Tataouine
الترجي الجرجيسي	ES Zarzis
هلال الشابة	Hilal Chebba
قوافل قفصة	EGS Gafsa
جندوبة الرياضية	Jendouba Sport
اتحاد الجزائر|اتحاد العاصمة	USM Alger
مولودية العلمة|مولودية شباب العلمة	MC El Eulma
أهلي البرج|أهلي برج بوعريريج	AA Bordj Bou Arréridj
أولمبي المدية	Olympique de Médéa
مولودية البيض	MC El Bayadh
اتحاد بسكرة	US Biskra
وداد تلمسان	WA Tlemcen
جمعية عين مليلة	AS Aïn M'lila
اتحاد خنشلة	US Chaouia Khenchela
النصر الليبي|النصر بنغازي	Al-Nasr Benghazi
الهلال بنغازي	Al-Hilal Benghazi
الأمل عطبرة	Al-Amal Atbara
حي العرب بورتسودان	Hay Al-Arab Port Sudan
هلال كادوقلي	Hilal Kadougli
الأهلي مدني	Al-Ahli Wad Madani
كيب تاون سيتي	Cape Town City
بيدفيست ويتس	Bidvest Wits
سيكهوخوني يونايتد	Sekhukhune United
ريفرز يونايتد	Rivers United
إنوغو رينجرز|رينجرز إنوغو	Enugu Rangers
دي سي موتيمبي بيما|موتيمبي بيما	DC Motema Pembe
مانيما يونيون	Maniema Union
ستاد أبيدجان|ستاد دابيدجان	Stade d'Abidjan
جاراف داكار	ASC Jaraaf
ريال باماكو	Real Bamako
جوليبا باماكو|جوليبا	Djoliba AC
حافيا كوناكري	Hafia FC
عزام إف سي|أزام إف سي	Azam FC
زيسكو يونايتد	ZESCO United
باور ديناموز	Power Dynamos
بيترو أتلتيكو|بيترو لواندا	Petro de Luanda
بريميرو دي أغوستو	Primeiro de Agosto
إف سي نواذيبو	FC Nouadhibou
ذوب آهن|ذوب آهن أصفهان	Zob Ahan
صنعت نفط عبادان|صنعت نفت آبادان	Sanat Naft Abadan
كل كهر سيرجان|جول جوهر سيرجان	Gol Gohar Sirjan
نساجي مازندران	Nassaji Mazandaran
ملوان بندر أنزلي	Malavan
باختاكور|باختاكور طشقند	Pakhtakor
لوكوموتيف طشقند	Lokomotiv Tashkent
ناوباهور نامانغان	Navbahor Namangan
استقلال دوشنبه	Istiklol
ألتين آسير	Altyn Asyr
شاندونغ تايشان|شاندونغ لونينغ	Shandong Taishan
بكين غوان|بكين جوان|بيجين غوان	Beijing Guoan
شنغهاي شنهوا|شنغهاي شينهوا	Shanghai Shenhua
جيانغسو سونينغ	Jiangsu Suning
تشنغدو رونغتشنغ	Chengdu Rongcheng
غامبا أوساكا|جامبا أوساكا	Gamba Osaka
سانفريتشي هيروشيما	Sanfrecce Hiroshima
ناغويا غرامبوس|ناجويا جرامبوس	Nagoya Grampus
إف سي طوكيو	FC Tokyo
سيريزو أوساكا	Cerezo Osaka
فانفوري كوفو	Ventforet Kofu
ماتشيدا زيلفيا	Machida Zelvia
سيونغنام إف سي|سونغنام إلهوا	Seongnam FC
غوانغجو إف سي|جوانجو إف سي	Gwangju FC
جيجو يونايتد	Jeju United
دايغو إف سي|ديغو إف سي	Daegu FC
ملبورن سيتي	Melbourne City
بريزبين رور	Brisbane Roar
أديلايد يونايتد	Adelaide United
موهون باغان	Mohun Bagan
بنغالورو إف سي|بنغالور إف سي	Bengaluru FC
مومباي سيتي	Mumbai City
إف سي غوا|غوا إف سي	FC Goa
بوريرام يونايتد	Buriram United
بانكوك يونايتد	Bangkok United
هانوي إف سي	Hanoi FC
جوهور دار التعظيم	Johor Darul Ta'zim
بيرسيب باندونغ	Persib Bandung
الميناء العراقي|نفط الميناء	Naft Al-Mina'a
الإخاء الأهلي عاليه|الإخاء الأهلي	Al-Ikhaa Al-Ahli Aley
السلام زغرتا	Salam Zgharta
الراسينغ بيروت|راسينغ بيروت	Racing Beirut
التضامن صور	Tadamon Sour
هومنتمن بيروت	Homenetmen Beirut
المتحد طرابلس	Al-Mouttahed Tripoli
أهلي الخليل	Ahli Al-Khalil
مركز شباب الأمعري|شباب الأمعري	Markaz Shabab Al-Am'ari
ثقافي طولكرم	Thaqafi Tulkarem
ترجي وادي النيص	Taraji Wadi Al-Nes
وحدة صنعاء	Al-Wahda Sanaa
صقر تعز|الصقر تعز	Al-Saqr Taiz
أهلي تعز	Al-Ahli Taiz
هلال الحديدة|الهلال الساحلي	Al-Hilal Al-Sahili
سان أنطونيو سبيرز	San Antonio Spurs
دالاس مافريكس|دالاس مافيريكس	Dallas Mavericks
كليفلاند كافالييرز	Cleveland Cavaliers
هيوستن روكتس|هيوستن روكيتس	Houston Rockets
ميلووكي باكس	Milwaukee Bucks
دنفر ناغتس|دنفر ناجتس	Denver Nuggets
فينيكس صنز	Phoenix Suns
فيلادلفيا سفنتي سيكسرز|فيلادلفيا 76	Philadelphia 76ers
بروكلين نتس|بروكلين نيتس	Brooklyn Nets
تورونتو رابتورز	Toronto Raptors
أوكلاهوما سيتي ثاندر|أوكلاهوما ثاندر	Oklahoma City Thunder
لوس أنجلوس كليبرز|لوس أنجليس كليبرز	Los Angeles Clippers
ممفيس غريزليز|ممفيس جريزليز	Memphis Grizzlies
يوتا جاز	Utah Jazz
بورتلاند ترايل بلايزرز|بورتلاند تريل بليزرز	Portland Trail Blazers
ساكرامنتو كينغز|ساكرامنتو كينجز	Sacramento Kings
مينيسوتا تمبروولفز|مينيسوتا تيمبروولفز	Minnesota Timberwolves
نيو أورلينز بيليكانز|نيو أورليانز بيليكانز	New Orleans Pelicans
ديترويت بيستونز	Detroit Pistons
إنديانا بيسرز	Indiana Pacers
أتلانتا هوكس	Atlanta Hawks
شارلوت هورنتس|شارلوت هورنيتس	Charlotte Hornets
أورلاندو ماجيك	Orlando Magic
واشنطن ويزاردز	Washington Wizards
جالغيريس كاوناس|زالغيريس كاوناس|زالجيريس كاوناس	Žalgiris Kaunas
أوليمبيا ميلانو|أرماني ميلانو	Olimpia Milano
ساسكي باسكونيا|باسكونيا	Saski Baskonia
إس جي فلنسبورغ هاندويت|فلنسبورغ هاندويت	SG Flensburg-Handewitt
راين نيكار لوفن	Rhein-Neckar Löwen
فوكسي برلين	Füchse Berlin
إس سي ماغديبورغ	SC Magdeburg
زينيت كازان	Zenit Kazan
فريق ألبين	Alpine F1 Team
فريق ألفا روميو	Alfa Romeo F1 Team
فريق ساوبر|كيك ساوبر	Sauber
ريسينغ بولز|فيزا كاش آب آر بي	Racing Bulls
تورو روسو	Toro Rosso
فورس إنديا	Force India
فريق رينو	Renault F1 Team
فريق دوكاتي|دوكاتي لينوفو	Ducati Lenovo Team
فريق ياماها	Yamaha Factory Racing
ريبسول هوندا|فريق ريبسول هوندا	Repsol Honda Team
فريق أبريليا|أبريليا ريسينغ	Aprilia Racing
فريق كي تي إم|ريد بول كي تي إم	Red Bull KTM Factory Racing
فريق في آر 46	VR46 Racing Team
`;
