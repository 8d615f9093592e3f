/**
 * Places that are not countries or cities: regions, rivers, seas, mountains, islands and the
 * historical names the news still uses (الأندلس، القسطنطينية، بلاد الشام), and the planets (بلوتو; المريخ, a club's name too, only as كوكب المريخ). The project's own
 * list (MIT), written from general knowledge. One place a line, the usual spelling first, then
 * variants, then after a tab the English name the hover shows; matching folds hamza, alef, ya and ta marbuta forms. Words that are also common
 * nouns alone (الريف، المدينة، الساحل، الصحراء، في المتوسط، نجد) are listed only in a longer name.
 */
export const GEOGRAPHY = `
القوقاز|منطقة القوقاز	Caucasus
الشيشان|جمهورية الشيشان	Chechnya
داغستان	Dagestan
أبخازيا	Abkhazia
أوسيتيا الجنوبية	South Ossetia
القرم|شبه جزيرة القرم	Crimea
سيبيريا	Siberia
البلقان|منطقة البلقان	Balkans
كوسوفو|كوسوفا	Kosovo
كشمير|إقليم كشمير	Kashmir
البنجاب	Punjab
إقليم الباسك|بلاد الباسك	Basque Country
كتالونيا|كاتالونيا|قطالونيا	Catalonia
الأندلس|بلاد الأندلس	Al-Andalus
قشتالة	Castile
صقلية	Sicily
سردينيا	Sardinia
كورسيكا	Corsica
جزيرة كريت|كريت	Crete
جزر الكناري	Canary Islands
جزيرة قشم|قشم	Qeshm
جزيرة كيش	Kish Island
جزيرة لامبيدوسا|لامبيدوسا	Lampedusa
جزيرة مايوركا	Mallorca
جزر القمر	Comoros
زنجبار	Zanzibar
لاريونيون|جزيرة لاريونيون|جزيرة ريونيون|ريونيون	Réunion
تسمانيا	Tasmania
هاواي	Hawaii
ألاسكا	Alaska
تكساس	Texas
كاليفورنيا	California
فلوريدا	Florida
بافاريا	Bavaria
توسكانا|توسكانة	Tuscany
لومبارديا	Lombardy
الأمازون	Amazon
الصحراء الغربية	Western Sahara
الصحراء الكبرى	Sahara
صحراء سيناء	Sinai Desert
صحراء النقب|النقب	Negev
كالاهاري|صحراء كالاهاري	Kalahari Desert
الساحل الأفريقي|منطقة الساحل	Sahel
القرن الأفريقي	Horn of Africa
المغرب العربي|بلاد المغرب	Maghreb
بلاد الشام|الشام	Levant
بلاد الرافدين|ما بين النهرين	Mesopotamia
الحجاز	Hejaz
هضبة نجد|منطقة نجد	Najd
تهامة	Tihamah
حضرموت|حضر موت	Hadhramaut
ظفار	Dhofar
الأحواز|الأهواز|عربستان	Khuzestan
إقليم أوغادين|أوغادين	Ogaden
بونتلاند|بونت لاند	Puntland
أرض الصومال|صوماليلاند	Somaliland
منطقة الجليل|الجليل الأعلى	Galilee
النقب الغربي	Western Negev
وادي الأردن|غور الأردن	Jordan Valley
مزارع شبعا	Shebaa Farms
جبل لبنان	Mount Lebanon
جبل عامل	Jabal Amel
جبل العرب	Jabal al-Druze
جبل الشيخ	Mount Hermon
جبل عرفات|صعيد عرفات|مشعر عرفات	Mount Arafat
مشعر منى|مشعر مزدلفة	Mina and Muzdalifah
المسجد الحرام|الحرم المكي|الحرم المكي الشريف	Masjid al-Haram
المسجد النبوي|المسجد النبوي الشريف|الحرم النبوي|الحرم النبوي الشريف	Prophet's Mosque
المسجد الأقصى|الأقصى المبارك	Al-Aqsa Mosque
جبل طارق|مضيق جبل طارق	Gibraltar
جبال الأطلس	Atlas Mountains
جبال الألب|الألب	Alps
جبال الهيمالايا|الهيمالايا	Himalayas
جبال الأنديز|الأنديز	Andes
جبال زاغروس	Zagros Mountains
جبال طوروس	Taurus Mountains
جبل إيفرست|إيفرست	Mount Everest
كليمنجارو|كلمنجارو	Mount Kilimanjaro
جبال تورا بورا|تورا بورا	Tora Bora
وزيرستان|وزيرستان الشمالية|وزيرستان الجنوبية	Waziristan
هلمند	Helmand
قندهار	Kandahar
النيل|نهر النيل|النيل الأزرق|النيل الأبيض|وادي النيل|دلتا النيل	Nile
الفرات|نهر الفرات	Euphrates
دجلة|نهر دجلة	Tigris
الليطاني|نهر الليطاني	Litani River
شط العرب	Shatt al-Arab
الدانوب|نهر الدانوب	Danube
الراين|نهر الراين	Rhine
الفولغا|نهر الفولغا	Volga
المسيسيبي|نهر المسيسيبي	Mississippi River
الغانج|نهر الغانج	Ganges
البحر الأبيض المتوسط|البحر المتوسط	Mediterranean Sea
البحر الأحمر	Red Sea
البحر الميت	Dead Sea
البحر الأسود	Black Sea
بحر قزوين	Caspian Sea
بحر العرب	Arabian Sea
بحر البلطيق|البلطيق	Baltic Sea
بحر إيجة	Aegean Sea
بحر الشمال	North Sea
بحر الصين الجنوبي	South China Sea
بحر اليابان	Sea of Japan
البحر الكاريبي|الكاريبي	Caribbean Sea
خليج عدن	Gulf of Aden
خليج عمان	Gulf of Oman
خليج العقبة	Gulf of Aqaba
خليج السويس	Gulf of Suez
خليج المكسيك	Gulf of Mexico
خليج البنغال	Bay of Bengal
الخليج الفارسي	Persian Gulf
المحيط الأطلسي	Atlantic Ocean
المحيط الهادئ|المحيط الهادي	Pacific Ocean
المحيط الهندي	Indian Ocean
المحيط المتجمد الشمالي|القطب الشمالي	Arctic Ocean
القطب الجنوبي|القارة القطبية الجنوبية|أنتاركتيكا	Antarctica
قناة السويس	Suez Canal
قناة السويس الجديدة	New Suez Canal
قناة بنما	Panama Canal
مضيق هرمز	Strait of Hormuz
مضيق باب المندب|باب المندب	Bab el-Mandeb
مضيق البوسفور|البوسفور	Bosphorus
الدردنيل|مضيق الدردنيل	Dardanelles
بحيرة طبريا|طبريا	Sea of Galilee
بحيرة فيكتوريا	Lake Victoria
بحيرة ناصر	Lake Nasser
سد النهضة	Grand Ethiopian Renaissance Dam
السد العالي	Aswan High Dam
أمريكا الشمالية|أميركا الشمالية	North America
أمريكا الجنوبية|أميركا الجنوبية	South America
أمريكا الوسطى|أميركا الوسطى	Central America
أوقيانوسيا	Oceania
أوراسيا	Eurasia
آسيا الوسطى	Central Asia
جنوب شرق آسيا	Southeast Asia
شرق آسيا	East Asia
شرق أوروبا|أوروبا الشرقية	Eastern Europe
أوروبا الغربية|غرب أوروبا	Western Europe
أوروبا|أوربا	Europe
شرق أفريقيا|شرق إفريقيا	East Africa
غرب أفريقيا|غرب إفريقيا	West Africa
الشرق الأقصى	Far East
القسطنطينية	Constantinople
قرطاج	Carthage
بابل	Babylon
بلاد فارس	Persia
الإمبراطورية العثمانية	Ottoman Empire
الإمبراطورية الرومانية	Roman Empire
بيزنطة	Byzantium
سمرقند	Samarkand
طليطلة	Toledo
قرطبة	Córdoba
غرناطة	Granada
إشبيلية	Seville
كردستان العراق	Iraqi Kurdistan
كردستان سوريا	Syrian Kurdistan
الجزيرة السورية	Syrian Jazira
الجزيرة العربية|شبه الجزيرة العربية	Arabian Peninsula
بلوتو|كوكب بلوتو	Pluto
زحل|كوكب زحل	Saturn
عطارد|كوكب عطارد	Mercury
نبتون|كوكب نبتون	Neptune
أورانوس|كوكب أورانوس	Uranus
كوكب المريخ	Mars
كوكب المشتري	Jupiter
كوكب الزهرة	Venus
`;
