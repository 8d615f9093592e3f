/**
 * Places the Arabic press names that curated.ts, countries.ts, geography.ts, arab-places.ts,
 * saudi-places.ts and the generated country and city lists lack: other names of countries and
 * states (الاتحاد الروسي، الدولة العبرية، هولندة) and the states of the past the news still names
 * (ألمانيا الشرقية، زائير); the towns, districts, camps, crossings and bases of the news from Iraq,
 * Syria, Lebanon, Palestine, Egypt, Sudan, Yemen, Libya, Somalia, Afghanistan, Pakistan, Iran,
 * Turkey, the Caucasus, the Balkans, Africa and Asia; a few cities and states of the world; holy
 * and historic places; seas, straits, mountains, rivers and deserts (the states and provinces of
 * large countries are in places-regions.ts). The project's own list (MIT), written from general
 * knowledge. One place a line: the usual press spelling first, then
 * variants, separated by |, then after a tab the English name the hover shows. A name that is
 * also an ordinary word, a person's name or a club's is listed only after its head (مدينة
 * القصير، قضاء هيت، مديرية نهم، ولاية بورنو); matching folds hamza, alef, ya and ta marbuta forms.
 * These names are found at run time only: training does not see them (gazetteer/training.ts),
 * so the model lends them what it learnt of the listed names of their class.
 */
export const WORLD_PLACES = `
الاتحاد الروسي	Russia
هولندة|مملكة هولندا	Netherlands
الفاتيكان|دولة الفاتيكان|حاضرة الفاتيكان	Vatican City
بريطانيا العظمى	Great Britain
الدولة العبرية	Israel
بلاد الحرمين|بلاد الحرمين الشريفين	Saudi Arabia
أرض الكنانة	Egypt
الجماهيرية الليبية|الجماهيرية العربية الليبية	Libya
ألمانيا الشرقية|ألمانيا الديمقراطية|جمهورية ألمانيا الديمقراطية	East Germany
ألمانيا الغربية	West Germany
اليمن الجنوبي|جمهورية اليمن الديمقراطية الشعبية	South Yemen
اليمن الشمالي|الجمهورية العربية اليمنية	North Yemen
الجمهورية العربية المتحدة	United Arab Republic
زائير	Zaire
الدولة العثمانية|السلطنة العثمانية|الخلافة العثمانية	Ottoman Empire
ألمانيا النازية|الرايخ الثالث	Nazi Germany
الكونغو برازافيل	Republic of the Congo
الكونغو كينشاسا	DR Congo
سوازيلاند|سوازيلند	Eswatini
الرأس الأخضر|جزر الرأس الأخضر	Cape Verde
جزر المالديف	Maldives
جزر مالفيناس|جزر المالفيناس	Falkland Islands
الأراضي الفلسطينية المحتلة|الأرض الفلسطينية المحتلة	Palestinian territories
جمهورية شمال قبرص التركية|شمال قبرص|قبرص الشمالية|قبرص التركية	Northern Cyprus
ناغورنو كاراباخ|ناغورني كاراباخ|ناغورني قره باغ|قره باغ|كاراباخ	Nagorno-Karabakh
جمهورية صرب البوسنة|جمهورية صربسكا	Republika Srpska
التبت|إقليم التبت	Tibet
شينجيانغ|إقليم شينجيانغ|تركستان الشرقية	Xinjiang
إنغوشيا|إنغوشيتيا|جمهورية إنغوشيا	Ingushetia
أوسيتيا الشمالية	North Ossetia
سولت ليك سيتي|سولت لايك سيتي	Salt Lake City
بيسلان	Beslan
وادي بانكيسي	Pankisi Gorge
دونباس|حوض دونباس|إقليم دونباس	Donbas
لوغانسك|لوجانسك	Luhansk
خاركوف	Kharkiv
زابوريجيا	Zaporizhzhia
سيفاستوبول	Sevastopol
سربرنيتسا|سريبرينيتسا	Srebrenica
موستار	Mostar
بريشتينا|برشتينا	Pristina
التاجي|قضاء التاجي|معسكر التاجي	Taji
المحمودية|قضاء المحمودية	Mahmudiyah
اللطيفية|ناحية اللطيفية	Latifiyah
ناحية اليوسفية	Yusufiyah
الضلوعية|ناحية الضلوعية	Dhuluiya
ناحية الإسحاقي	Ishaqi
قضاء بلد|مدينة بلد	Balad
الطارمية|قضاء الطارمية	Tarmiyah
قضاء الخالص|مدينة الخالص	Khalis
جلولاء	Jalawla
قضاء هيت|مدينة هيت	Hit
قضاء عنة|مدينة عنة	Anah
قضاء راوة|مدينة راوة	Rawa
الحبانية|قاعدة الحبانية	Habbaniyah
الصقلاوية	Saqlawiyah
ناحية الكرمة|قضاء الكرمة	Garma
عامرية الفلوجة	Amiriyat al-Fallujah
بعشيقة	Bashiqa
قره قوش|بخديدا	Qaraqosh
القيارة|ناحية القيارة	Qayyarah
سهل نينوى	Nineveh Plains
سد الموصل	Mosul Dam
جبال حمرين|جبل حمرين|سلسلة جبال حمرين	Hamrin Mountains
جبال قنديل|جبل قنديل	Qandil Mountains
الأعظمية	Adhamiyah
الكاظمية	Kadhimiya
حي الدورة|منطقة الدورة	Dora
مرقد العسكريين|المرقد العسكري	Al-Askari Shrine
مدينة الحضر	Hatra
أهوار العراق|أهوار جنوب العراق	Mesopotamian Marshes
المعضمية|معضمية الشام	Moadamiyah
مضايا	Madaya
جوبر|حي جوبر	Jobar
مخيم اليرموك	Yarmouk Camp
مدينة القصير	Al-Qusayr
منطقة الحولة	Houla
بابا عمرو|حي بابا عمرو	Baba Amr
حي الوعر	Al-Waer
خان العسل	Khan al-Asal
مدينة الباب	Al-Bab
تل أبيض	Tal Abyad
رأس العين	Ras al-Ayn
مخيم الهول	Al-Hol camp
حي الشيخ مقصود	Sheikh Maqsoud
الفوعة	Al-Fu'ah
مطار الشعيرات|قاعدة الشعيرات	Shayrat Air Base
قاعدة حميميم|مطار حميميم|حميميم	Khmeimim Air Base
قاعدة التنف|التنف	Al-Tanf
معبر نصيب	Nasib crossing
وادي بردى	Wadi Barada
معلولا	Maaloula
القرداحة	Qardaha
نهر العاصي	Orontes River
الجامع الأموي|المسجد الأموي	Umayyad Mosque
البادية السورية|بادية الشام	Syrian Desert
سد الفرات|سد الطبقة	Tabqa Dam
باب التبانة	Bab al-Tabbaneh
جبل محسن	Jabal Mohsen
عين الرمانة	Ain el-Remmaneh
الأشرفية	Achrafieh
منطقة الشوف|جبل الشوف|قضاء الشوف	Chouf
مرجعيون	Marjayoun
بلدة الخيام|معتقل الخيام	Khiam
كفرشوبا|تلال كفرشوبا	Kfarchouba
قانا	Qana
مخيم شاتيلا|صبرا وشاتيلا	Shatila camp
جرود عرسال	Arsal outskirts
خزاعة	Khuza'a
مخيم المغازي	Maghazi camp
مخيم الشاطئ	Al-Shati camp
حي الزيتون	Zeitoun
معبر كرم أبو سالم|كرم أبو سالم|كيرم شالوم	Kerem Shalom crossing
معبر بيت حانون|معبر إيرز|حاجز إيرز	Erez crossing
معبر الكرامة|جسر اللنبي	Allenby Bridge
محور فيلادلفيا|محور صلاح الدين	Philadelphi Corridor
غلاف غزة	Gaza envelope
بيرزيت	Birzeit
مخيم شعفاط|شعفاط	Shu'fat
قلنديا|مخيم قلنديا|حاجز قلنديا	Qalandia
بلعين	Bil'in
قرية النبي صالح	Nabi Salih
حوارة	Huwara
باب العامود	Damascus Gate
جبل المكبر	Jabal al-Mukaber
قبة الصخرة|مسجد قبة الصخرة	Dome of the Rock
حائط البراق|حائط المبكى|الحائط الغربي	Western Wall
كنيسة القيامة	Church of the Holy Sepulchre
المسجد الإبراهيمي|الحرم الإبراهيمي	Ibrahimi Mosque
كنيسة المهد	Church of the Nativity
معاليه أدوميم	Ma'ale Adumim
القدس الغربية	West Jerusalem
اللد|مدينة اللد	Lod
مدينة نصر	Nasr City
ميدان رابعة العدوية|ميدان رابعة	Rabaa al-Adawiya Square
حلوان	Helwan
العاصمة الإدارية الجديدة	New Administrative Capital
بئر العبد	Bir al-Abd
واحة سيوة|سيوة	Siwa Oasis
حلايب|مثلث حلايب|حلايب وشلاتين	Hala'ib Triangle
طابا	Taba
الأهرامات|أهرامات الجيزة	Pyramids of Giza
أبو الهول|تمثال أبو الهول	Great Sphinx
جزيرتا تيران وصنافير|تيران وصنافير|جزيرة تيران|جزيرة صنافير	Tiran and Sanafir
صعيد مصر	Upper Egypt
شمال دارفور	North Darfur
جنوب دارفور	South Darfur
غرب دارفور	West Darfur
مخيم كلمة	Kalma camp
هجليج	Heglig
كادوقلي	Kadugli
جبال النوبة	Nuba Mountains
سد مروي	Merowe Dam
ولاية النيل الأزرق	Blue Nile State
مديرية كتاف|منطقة كتاف	Kitaf
صرواح	Sirwah
مديرية نهم	Nihm
مديرية الدريهمي|مدينة الدريهمي	Ad Durayhimi
رداع	Rada'a
جزر حنيش|جزيرة حنيش الكبرى	Hanish Islands
تاجوراء	Tajura
منطقة أبو سليم|حي أبو سليم|سجن أبو سليم	Abu Salim
مطار معيتيقة|معيتيقة	Mitiga Airport
قاعدة الوطية	Al-Watiya Air Base
الجبل الأخضر	Jebel Akhdar
جبل نفوسة|جبال نفوسة	Nafusa Mountains
حقل الشرارة	Sharara oil field
كيسمايو	Kismayo
براوة	Barawe
جوبالاند|جوبا لاند	Jubaland
شبيلي السفلى	Lower Shabelle
غلمدغ	Galmudug
سنجين	Sangin
موسى قلعة	Musa Qala
ننغرهار|ننجرهار	Nangarhar
كونر	Kunar
بكتيا	Paktia
أرزكان|أوروزغان	Uruzgan
بنجشير|وادي بنجشير|بانشير	Panjshir
قاعدة باغرام|باغرام	Bagram
ممر خيبر	Khyber Pass
بلوشستان|إقليم بلوشستان	Balochistan
إقليم السند	Sindh
وادي سوات|سوات	Swat
باجور|باجاور	Bajaur
ميرانشاه|ميران شاه	Miranshah
كويتا	Quetta
آزاد كشمير|كشمير الباكستانية	Azad Kashmir
سيستان وبلوشستان|سيستان وبلوتشستان	Sistan and Baluchestan
خوزستان	Khuzestan
نطنز	Natanz
فوردو	Fordow
مفاعل آراك	Arak
بارشين|موقع بارشين	Parchin
مدينة قم	Qom
جزيرة خرج|جزيرة خارك	Kharg Island
طنب الكبرى|جزيرة طنب الكبرى	Greater Tunb
طنب الصغرى|جزيرة طنب الصغرى	Lesser Tunb
جزيرة أبو موسى	Abu Musa
أنطاكيا|أنطاكية	Antakya
لواء الإسكندرون|لواء إسكندرون	Hatay (Alexandretta)
غازي عنتاب	Gaziantep
شانلي أورفة	Şanlıurfa
ولاية كلس|مدينة كلس	Kilis
الريحانية	Reyhanlı
نصيبين	Nusaybin
دياربكر	Diyarbakır
ميدان تقسيم|ساحة تقسيم	Taksim Square
قاعدة إنجرليك|إنجرليك	Incirlik Air Base
كاتانغا	Katanga
كيفو|شمال كيفو|جنوب كيفو	Kivu
كينشاسا	Kinshasa
دلتا النيجر	Niger Delta
ولاية بورنو	Borno
مايدوغوري|ميدوغوري	Maiduguri
شيبوك|تشيبوك	Chibok
أزواد|إقليم أزواد	Azawad
مومباسا	Mombasa
تيغراي|إقليم تيغراي	Tigray
دوربان|ديربان	Durban
داكار	Dakar
بحيرة تشاد	Lake Chad
منطقة القبائل|بلاد القبائل	Kabylie
معبر الكركرات|الكركرات	Guerguerat
غوجارات|ولاية غوجارات	Gujarat
جامو وكشمير|جامو	Jammu and Kashmir
راخين|ولاية راخين|أراكان|إقليم أراكان	Rakhine
يانغون|رانغون	Yangon
باتاني|إقليم فطاني	Pattani
مينداناو	Mindanao
آتشيه|إقليم آتشيه	Aceh
جزيرة بالي	Bali
مضيق تايوان	Taiwan Strait
جزر سينكاكو|جزر دياويو	Senkaku Islands
أستانا|نور سلطان	Astana
أوهايو	Ohio
ميشيغان	Michigan
بنسلفانيا	Pennsylvania
غوانتانامو|خليج غوانتانامو|قاعدة غوانتانامو	Guantánamo Bay
كامب ديفيد	Camp David
إدنبره	Edinburgh
جزيرة لامبيدوزا|لامبيدوزا	Lampedusa
جزيرة ليسبوس|ليسبوس	Lesbos
البحر الأدرياتيكي|بحر الأدرياتيك	Adriatic Sea
بحر آزوف	Sea of Azov
بحر المانش|القنال الإنجليزي	English Channel
جبال القوقاز	Caucasus Mountains
جبال هندوكوش|هندوكوش|هندو كوش	Hindu Kush
جبل سيناء|جبل موسى	Mount Sinai
نهر الأردن	Jordan River
الربع الخالي|صحراء الربع الخالي	Rub' al Khali
صحراء النفود|النفود الكبير	Nefud Desert
المدينة النبوية|طيبة الطيبة	Medina
الكعبة|الكعبة المشرفة	Kaaba
مسجد قباء	Quba Mosque
جبل النور|غار حراء	Jabal al-Nour
جبل أحد	Mount Uhud
جسر الجمرات|منشأة الجمرات	Jamarat Bridge
آيا صوفيا	Hagia Sophia
مدائن صالح	Mada'in Salih
مخيم الركبان	Rukban camp
`;
