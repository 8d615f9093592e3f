/**
 * The first-level divisions of the large countries the Arabic press reports on, as it spells
 * them: the states of the United States, Mexico, Brazil, Australia, India, Nigeria and Sudan;
 * the provinces and regions of Canada, Germany, France, Italy, Spain, Russia, Ukraine, Turkey,
 * Iran, Pakistan, Afghanistan, China, Ethiopia, Somalia and the Congo; the UK counties
 * the news names; and the main islands of Indonesia, the Philippines and Japan. A name that the
 * other lists hold already (places-world.ts, geography.ts, the generated country and city
 * lists) is left out. The project's own list (MIT), written from general knowledge. One place a
 * line: the usual press spelling first, then variants, separated by |, then after a tab the
 * English name the hover shows. A name that is also an ordinary word, a person's name, a
 * country's or a club's is listed only after its head (ولاية فيرجينيا، ولاية جورجيا، مقاطعة
 * كنت، إقليم لاتسيو); matching folds hamza, alef, ya and ta marbuta forms. These names are
 * found at run time only: training does not see them (gazetteer/training.ts).
 */
export const WORLD_REGIONS = `
أريزونا	Arizona
أركنساس|أركانساس	Arkansas
كولورادو	Colorado
كونيتيكت|كونيتيكيت|كونكتيكت	Connecticut
ديلاوير|ديلاوار	Delaware
ولاية جورجيا|ولاية جورجيا الأمريكية|ولاية جورجيا الأميركية	Georgia (U.S. state)
أيداهو	Idaho
إلينوي|إيلينوي	Illinois
ولاية إنديانا	Indiana
ولاية آيوا	Iowa
كانساس|كنساس	Kansas
كنتاكي|كينتاكي	Kentucky
لويزيانا	Louisiana
ولاية مين|ولاية ماين	Maine
ماريلاند|ميريلاند	Maryland
ماساشوستس|ماساتشوسيتس|ماساشوسيتس	Massachusetts
ميشيغن|ميتشيغان|ميشيجان|ميتشيغن	Michigan
مينيسوتا|مينسوتا	Minnesota
ميسيسيبي|مسيسيبي|ميسيسبي	Mississippi
ميزوري|ميسوري	Missouri
ولاية مونتانا	Montana
نبراسكا	Nebraska
نيفادا	Nevada
نيوهامبشير|نيو هامبشير|نيوهامشير|نيو هامشير	New Hampshire
نيوجيرسي|نيو جيرسي|نيوجيرزي|نيو جيرزي	New Jersey
نيو مكسيكو|نيومكسيكو	New Mexico
كارولينا الشمالية|نورث كارولينا	North Carolina
داكوتا الشمالية|نورث داكوتا	North Dakota
أوكلاهوما	Oklahoma
أوريغون|أوريجون|أوريغن	Oregon
بنسيلفانيا	Pennsylvania
رود آيلاند|رود أيلند	Rhode Island
كارولينا الجنوبية|ساوث كارولينا	South Carolina
داكوتا الجنوبية|ساوث داكوتا	South Dakota
تينيسي|تنيسي	Tennessee
يوتا|يوتاه	Utah
فيرمونت|فرمونت	Vermont
ولاية فيرجينيا|ولاية فرجينيا	Virginia
ولاية واشنطن	Washington (state)
فيرجينيا الغربية|فرجينيا الغربية|ويست فيرجينيا|ويست فرجينيا	West Virginia
ويسكونسن|ويسكونسين	Wisconsin
وايومنغ|وايومينغ|وايومينج	Wyoming
واشنطن العاصمة|مقاطعة كولومبيا	Washington, D.C.
أونتاريو	Ontario
كيبيك|مقاطعة كيبيك	Quebec
كولومبيا البريطانية	British Columbia
ألبرتا|مقاطعة ألبرتا	Alberta
مانيتوبا	Manitoba
ساسكاتشوان|ساسكاتشيوان	Saskatchewan
نوفا سكوشا|نوفا سكوتيا	Nova Scotia
نيو برونزويك|نيوبرونزويك	New Brunswick
نيوفاوندلاند|نيوفاوندلاند ولابرادور	Newfoundland and Labrador
جزيرة الأمير إدوارد	Prince Edward Island
يوكون	Yukon
الأقاليم الشمالية الغربية	Northwest Territories
نونافوت	Nunavut
نيو ساوث ويلز|نيوساوث ويلز	New South Wales
ولاية فيكتوريا|ولاية فكتوريا	Victoria (Australia)
كوينزلاند	Queensland
غرب أستراليا	Western Australia
أستراليا الجنوبية|جنوب أستراليا	South Australia
تاسمانيا	Tasmania
سينالوا	Sinaloa
ولاية تشيهواهوا|ولاية تشيواوا	Chihuahua
خاليسكو|ولاية خاليسكو	Jalisco
ميتشواكان|ميشواكان	Michoacán
ولاية غيريرو|ولاية غريرو	Guerrero
تاماوليباس	Tamaulipas
باها كاليفورنيا	Baja California
يوكاتان|شبه جزيرة يوكاتان	Yucatán
أواكساكا	Oaxaca
نويفو ليون	Nuevo León
ميناس جيرايس	Minas Gerais
ولاية باهيا	Bahia
ولاية أمازوناس|أمازوناس	Amazonas
ريو غراندي دو سول	Rio Grande do Sul
ولاية بارانا	Paraná
بيرنامبوكو	Pernambuco
ماتو غروسو	Mato Grosso
سانتا كاتارينا	Santa Catarina
رورايما	Roraima
بادن فورتمبيرغ|بادن فورتمبرغ|بادن فوتمبرغ	Baden-Württemberg
شمال الراين وستفاليا|شمال الراين فستفاليا|شمال الراين ويستفاليا	North Rhine-Westphalia
ساكسونيا	Saxony
ساكسونيا السفلى	Lower Saxony
ساكسونيا أنهالت	Saxony-Anhalt
ولاية هيسن|ولاية هسن	Hesse
تورينغن|تورينغيا|تورنغن	Thuringia
ولاية براندنبورغ	Brandenburg
مكلنبورغ فوربومرن|ميكلنبورغ فوربومرن|مكلنبورغ	Mecklenburg-Vorpommern
شليسفيغ هولشتاين	Schleswig-Holstein
راينلاند بالاتينات|راينلاند بفالتس	Rhineland-Palatinate
سارلاند	Saarland
إيل دو فرانس|إيل دي فرانس	Île-de-France
بروفانس|بروفانس ألب كوت دازور	Provence-Alpes-Côte d'Azur
الألزاس|ألزاس	Alsace
الألزاس واللورين|الألزاس ولورين	Alsace-Lorraine
منطقة لورين|منطقة اللورين	Lorraine
منطقة بريتاني|إقليم بريتاني	Brittany
نورماندي	Normandy
أكيتين|نوفيل أكيتين	Nouvelle-Aquitaine
أوكسيتانيا	Occitanie
أوفيرن|أوفيرني رون ألب	Auvergne-Rhône-Alpes
بورغونيا|بورغندي	Burgundy
غراند إست	Grand Est
فينيتو	Veneto
بيدمونت|بييمونتي	Piedmont
إقليم لاتسيو|منطقة لاتسيو	Lazio
كامبانيا	Campania
كالابريا	Calabria
بوليا|أبوليا	Apulia
إميليا رومانيا	Emilia-Romagna
ليغوريا	Liguria
غاليسيا|جاليسيا	Galicia
إقليم فالنسيا|منطقة فالنسيا	Valencian Community
إقليم أراغون|منطقة أراغون	Aragon
أستورياس	Asturias
نافارا	Navarre
قشتالة وليون|قشتالة ليون	Castile and León
قشتالة لا مانشا	Castilla–La Mancha
إكستريمادورا	Extremadura
إقليم مورسيا|منطقة مورسيا	Murcia
جزر البليار|جزر الباليار	Balearic Islands
إقليم ألستر|مقاطعة ألستر	Ulster
يوركشاير	Yorkshire
لانكشاير	Lancashire
مقاطعة كنت	Kent
إسكس|إيسكس	Essex
مقاطعة ساري	Surrey
مقاطعة ساسكس	Sussex
مقاطعة كورنوال	Cornwall
ويلتشير	Wiltshire
تتارستان	Tatarstan
بشكيريا|باشكيريا|باشكورتوستان|بشكورتوستان	Bashkortostan
كاباردينو بلقاريا|قبردينو بلقاريا|قباردينو بلقاريا	Kabardino-Balkaria
قراتشاي تشيركيسيا|كاراتشاي تشيركيسيا|قراتشاي شركيسيا	Karachay-Cherkessia
أديغيا|جمهورية الأديغة	Adygea
ياقوتيا|ياكوتيا|جمهورية ساخا	Yakutia
جمهورية توفا	Tuva
كاريليا	Karelia
كامتشاتكا	Kamchatka
سخالين|ساخالين|جزيرة سخالين	Sakhalin
إقليم كراسنودار	Krasnodar Krai
كورسك	Kursk
شبه جزيرة يامال	Yamal
الأورال|جبال الأورال	Urals
دنيبروبتروفسك|دنيبرو	Dnipropetrovsk
ميكولاييف|نيكولاييف	Mykolaiv
تشيرنيهيف|تشرنيهيف	Chernihiv
زيتومير	Zhytomyr
زاكارباتيا|ترانسكارباتيا	Zakarpattia
هاتاي	Hatay
كوجالي	Kocaeli
كهرمان مرعش	Kahramanmaraş
شرناق|شيرناق	Şırnak
هكاري|حكاري	Hakkâri
ماردين	Mardin
باطمان	Batman
ولاية سيرت|سعرد	Siirt
ولاية وان|بحيرة وان	Van
تونجلي|ديرسم	Tunceli
أديامان	Adıyaman
ملاطية	Malatya
إلازيغ	Elazığ
أرزروم	Erzurum
خراسان|إقليم خراسان	Khorasan
خراسان الرضوية|خراسان رضوي	Razavi Khorasan
خراسان الشمالية	North Khorasan
خراسان الجنوبية	South Khorasan
كردستان إيران|كردستان الإيرانية	Iranian Kurdistan
أذربيجان الشرقية	East Azerbaijan
أذربيجان الغربية	West Azerbaijan
أذربيجان الإيرانية	Iranian Azerbaijan
محافظة فارس|إقليم فارس	Fars
هرمزغان	Hormozgan
لرستان|لورستان	Lorestan
محافظة إيلام	Ilam
محافظة جيلان|محافظة كيلان|محافظة غيلان	Gilan
مازندران	Mazandaran
محافظة غلستان|محافظة كلستان	Golestan
محافظة البرز|جبال البرز	Alborz
خيبر باختونخوا	Khyber Pakhtunkhwa
إقليم الحدود الشمالية الغربية|الحدود الشمالية الغربية	North-West Frontier Province
جلجت بلتستان|غلغت بلتستان|غيلغيت بالتستان	Gilgit-Baltistan
المناطق القبلية الباكستانية	Federally Administered Tribal Areas
باكتيكا|بكتيكا	Paktika
ولاية فراه	Farah
بادغيس	Badghis
نيمروز	Nimruz
ولاية زابل	Zabul
ميدان وردك|ولاية وردك	Maidan Wardak
ولاية لوغر|ولاية لوجر	Logar
ولاية بروان|ولاية باروان	Parwan
فارياب	Faryab
بدخشان	Badakhshan
لغمان	Laghman
ماهاراشترا	Maharashtra
أوتار براديش	Uttar Pradesh
بيهار	Bihar
البنغال الغربية|غرب البنغال	West Bengal
تاميل نادو	Tamil Nadu
كيرالا	Kerala
كارناتاكا	Karnataka
أندرا براديش	Andhra Pradesh
راجستان|راجاستان	Rajasthan
ماديا براديش	Madhya Pradesh
أوديشا|أوريسا	Odisha
آسام|ولاية آسام	Assam
ولاية غوا	Goa
مانيبور	Manipur
أروناتشال براديش	Arunachal Pradesh
لاداخ	Ladakh
منغوليا الداخلية	Inner Mongolia
قوانغدونغ|غوانغدونغ	Guangdong
فوجيان	Fujian
تشجيانغ|جيجيانغ|تشيجيانغ	Zhejiang
شاندونغ	Shandong
هوبي|مقاطعة هوبي	Hubei
خنان|مقاطعة هينان	Henan
سيشوان	Sichuan
يوننان	Yunnan
قوانغشي|غوانغشي	Guangxi
هاينان|جزيرة هاينان	Hainan
مقاطعة خبي|مقاطعة هيبي	Hebei
جيلين|مقاطعة جيلين	Jilin
تشينغهاي	Qinghai
نينغشيا	Ningxia
منشوريا	Manchuria
جاوة|جزيرة جاوا	Java
سومطرة|سومطرا|سوماطرة	Sumatra
بورنيو|جزيرة بورنيو	Borneo
سولاويسي|سيليبس	Sulawesi
كاليمانتان	Kalimantan
إقليم بابوا|بابوا الإندونيسية|إيريان جايا	Papua (Indonesia)
جزر الملوك|جزر مالوكو|مولوكا	Maluku Islands
لومبوك|جزيرة لومبوك	Lombok
لوزون|جزيرة لوزون	Luzon
فيساياس|جزر فيساياس	Visayas
جزر سولو|أرخبيل سولو	Sulu Archipelago
باسيلان|جزيرة باسيلان	Basilan
جزيرة جولو	Jolo
بالاوان	Palawan
جزيرة ليتي	Leyte
بانغسامورو|بانجسامورو	Bangsamoro
هونشو	Honshu
هوكايدو	Hokkaido
كيوشو	Kyushu
شيكوكو	Shikoku
أوكيناوا	Okinawa
ولاية يوبي	Yobe
أداماوا|أداماوة	Adamawa
زامفارا	Zamfara
ولاية كاتسينا	Katsina
ولاية بلاتو	Plateau State
أنامبرا	Anambra
ولاية بينوي	Benue
ولاية كادونا	Kaduna State
ولاية كانو	Kano State
بيافرا	Biafra
أمهرة|أمهرا|إقليم أمهرة	Amhara
أوروميا	Oromia
أوجادين	Ogaden
إقليم عفر|إقليم العفر	Afar Region
بني شنقول|بني شنقول قماز	Benishangul-Gumuz
غامبيلا|قامبيلا	Gambela
سيداما	Sidama
شمال كردفان	North Kordofan
غرب كردفان	West Kordofan
وسط دارفور	Central Darfur
شرق دارفور	East Darfur
ولاية النيل الأبيض	White Nile State
ولاية نهر النيل	River Nile State
ولاية البحر الأحمر	Red Sea State
ولاية سنار	Sennar State
أرض البنط	Puntland
شبيلي الوسطى	Middle Shabelle
هيرشبيلي	Hirshabelle
ولاية جنوب غرب الصومال	South West State
إقليم باكول|باكول	Bakool
هيران|إقليم هيران	Hiran
إقليم جدو|منطقة جدو	Gedo
إقليم مدق|مودوغ	Mudug
جوبا السفلى	Lower Juba
إيتوري|إقليم إيتوري	Ituri
كاساي|إقليم كاساي	Kasai
`;
