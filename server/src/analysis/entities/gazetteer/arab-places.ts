/**
 * Towns, governorates, regions and bases of the Arab countries that the Arabic press names
 * and the model often passes by (Saudi Arabia's are in saudi-places.ts, on the same terms):
 * Yemen's governorates, cities and bases, the Gulf states' emirates and towns, Iraq's and
 * Egypt's governorates and cities, and the main towns of Libya, Sudan, Jordan, Lebanon,
 * Palestine and the Maghreb. The project's own list (MIT), written from general knowledge.
 * One place a line: the usual press spelling first, then variants, separated by |; after a
 * tab the English name the hover shows; after another tab the country as countries.ts names
 * it (left out where the name is shared or the place disputed: المنصورة، خيبر، سبتة).
 * Matching folds hamza, alef, ya and ta marbuta forms, so variants are listed only where
 * letters differ (جازان|جيزان). The names are found by this list alone, so a name that is also
 * an ordinary word or a common name (البيضاء، الخبر، الكوت) is listed only in a longer form
 * (محافظة البيضاء، مدينة الخبر). A few that are the place far more often than the word in the
 * news (عسير، حائل، ينبع، أبين، لحج) are listed alone too, and homographs.ts tells the word
 * apart by its neighbours (أمر عسير، ينبع من، حائل دون، للحج). Places already in
 * curated.ts or geography.ts (عدن، تعز، الدمام، حضرموت) are not repeated here.
 */
export const ARAB_PLACES = `
محافظة أبين|أبين	Abyan	اليمن
محافظة لحج|مدينة لحج|لحج	Lahij	اليمن
الضالع	Dhale	اليمن
شبوة	Shabwah	اليمن
محافظة المهرة	Al Mahrah	اليمن
صعدة	Saada	اليمن
محافظة عمران|مدينة عمران	Amran	اليمن
ذمار	Dhamar	اليمن
محافظة إب|مدينة إب	Ibb	اليمن
محافظة البيضاء	Al Bayda	اليمن
محافظة الجوف	Al Jawf	اليمن
محافظة حجة|مدينة حجة	Hajjah	اليمن
المحويت	Al Mahwit	اليمن
محافظة ريمة	Raymah	اليمن
سقطرى|سقطرة|أرخبيل سقطرى|جزيرة سقطرى	Socotra	اليمن
المكلا	Mukalla	اليمن
مدينة سيئون|مدينة سيؤون	Seiyun	اليمن
مدينة عتق	Ataq	اليمن
الغيضة	Al Ghaydah	اليمن
المخا|ميناء المخا	Mocha	اليمن
ميناء ميدي|مديرية ميدي	Midi	اليمن
مديرية حرض|مدينة حرض	Haradh	اليمن
مديرية الخوخة	Al Khawkhah	اليمن
يريم	Yarim	اليمن
خور مكسر	Khor Maksar	اليمن
كريتر	Crater	اليمن
التواهي	Tawahi	اليمن
مديرية المعلا|ميناء المعلا	Mualla	اليمن
قاعدة العند|قاعدة العند الجوية	Al Anad Air Base	اليمن
قاعدة الديلمي|قاعدة الديلمي الجوية	Al Dailami Air Base	اليمن
جزيرة ميون|جزيرة بريم	Perim	اليمن
منفذ الوديعة	Al Wadiah crossing	اليمن
منفذ النويصيب|جمرك النويصيب	Al-Nuwaiseeb border crossing	الكويت
عجمان	Ajman	الإمارات
رأس الخيمة	Ras Al Khaimah	الإمارات
الفجيرة	Fujairah	الإمارات
أم القيوين	Umm Al Quwain	الإمارات
مدينة العين	Al Ain	الإمارات
خورفكان|خور فكان	Khor Fakkan	الإمارات
كلباء	Kalba	الإمارات
الذيد	Dhaid	الإمارات
الرويس	Ruwais	الإمارات
جبل علي|ميناء جبل علي	Jebel Ali	الإمارات
جزيرة ياس	Yas Island	الإمارات
مرسى ياس|حلبة مرسى ياس|حلبة ياس	Yas Marina	الإمارات
جزيرة السعديات|السعديات	Saadiyat Island	الإمارات
جزيرة الريم	Al Reem Island	الإمارات
جزيرة صير بني ياس|صير بني ياس	Sir Bani Yas	الإمارات
جزيرة دلما	Dalma Island	الإمارات
جزيرة داس	Das Island	الإمارات
نخلة جميرا|جزيرة النخلة	Palm Jumeirah	الإمارات
جزيرة مصيرة	Masirah Island	عمان
جزيرة كمران|كمران	Kamaran	اليمن
جزيرة ميون|جزيرة بريم	Perim	اليمن
جزيرة جربة|جربة	Djerba	تونس
جزيرة أرواد|أرواد	Arwad	سوريا
محافظة حولي	Hawalli	الكويت
الفروانية	Farwaniya	الكويت
محافظة الأحمدي|مدينة الأحمدي	Ahmadi	الكويت
الجهراء	Jahra	الكويت
محافظة مبارك الكبير	Mubarak Al-Kabeer	الكويت
السالمية	Salmiya	الكويت
جزيرة فيلكا|فيلكا	Failaka Island	الكويت
جزيرة بوبيان|بوبيان	Bubiyan Island	الكويت
مدينة الريان|بلدية الريان	Al Rayyan	قطر
مدينة الوكرة	Al Wakrah	قطر
مدينة الخور	Al Khor	قطر
مسيعيد	Mesaieed	قطر
رأس لفان	Ras Laffan	قطر
لوسيل	Lusail	قطر
أم صلال	Umm Salal	قطر
قاعدة العديد|قاعدة العديد الجوية	Al Udeid Air Base	قطر
المحرق	Muharraq	البحرين
الرفاع	Riffa	البحرين
مدينة عيسى	Isa Town	البحرين
مدينة حمد	Hamad Town	البحرين
جزيرة سترة|منطقة سترة	Sitra	البحرين
الدراز	Diraz	البحرين
السنابس	Sanabis	البحرين
صلالة	Salalah	عمان
صحار	Sohar	عمان
نزوى	Nizwa	عمان
الدقم	Duqm	عمان
البريمي	Al Buraimi	عمان
مسندم	Musandam	عمان
ولاية عبري	Ibri	عمان
الرستاق	Rustaq	عمان
ولاية خصب	Khasab	عمان
ولاية صور	Sur	عمان
محافظة الباطنة|شمال الباطنة|جنوب الباطنة	Al Batinah	عمان
جزيرة مصيرة	Masirah Island	عمان
مدينة الحلة	Hillah	العراق
مدينة الكوت|قضاء الكوت	Kut	العراق
مدينة العمارة	Amarah	العراق
الناصرية	Nasiriyah	العراق
السماوة	Samawah	العراق
محافظة الديوانية|مدينة الديوانية	Diwaniyah	العراق
مدينة بعقوبة	Baqubah	العراق
واسط	Wasit	العراق
محافظة ميسان	Maysan	العراق
ذي قار	Dhi Qar	العراق
محافظة المثنى	Muthanna	العراق
محافظة القادسية	Al-Qadisiyyah	العراق
محافظة بابل	Babil	العراق
مدينة حديثة|قضاء حديثة	Haditha	العراق
مدينة القائم|قضاء القائم	Al-Qa'im	العراق
قضاء الرطبة|مدينة الرطبة	Rutba	العراق
قضاء بيجي|مدينة بيجي|مصفاة بيجي	Baiji	العراق
الشرقاط	Shirqat	العراق
الحويجة	Hawija	العراق
طوزخورماتو|طوز خورماتو	Tuz Khurmatu	العراق
خانقين	Khanaqin	العراق
حلبجة	Halabja	العراق
زاخو	Zakho	العراق
قضاء الزبير|مدينة الزبير	Zubair	العراق
أم قصر	Umm Qasr	العراق
شبه جزيرة الفاو|قضاء الفاو|ميناء الفاو	Al-Faw	العراق
الكوفة	Kufa	العراق
مدينة الصدر	Sadr City	العراق
الكرادة	Karrada	العراق
أبو غريب	Abu Ghraib	العراق
جرف الصخر|جرف النصر	Jurf al-Sakhar	العراق
قاعدة عين الأسد|عين الأسد	Ain al-Asad Air Base	العراق
قاعدة سبايكر|سبايكر	Camp Speicher	العراق
الحمدانية	Hamdaniya	العراق
المنطقة الخضراء	Green Zone	العراق
الجيزة	Giza	مصر
القليوبية	Qalyubia	مصر
محافظة الشرقية	Sharqia	مصر
الدقهلية	Dakahlia	مصر
محافظة الغربية	Gharbia	مصر
المنوفية	Monufia	مصر
محافظة البحيرة	Beheira	مصر
كفر الشيخ	Kafr El Sheikh	مصر
دمياط	Damietta	مصر
بورسعيد|بور سعيد	Port Said	مصر
محافظة الإسماعيلية|مدينة الإسماعيلية	Ismailia	مصر
السويس|مدينة السويس	Suez	مصر
شمال سيناء	North Sinai	مصر
جنوب سيناء	South Sinai	مصر
الفيوم	Faiyum	مصر
بني سويف	Beni Suef	مصر
المنيا	Minya	مصر
أسيوط	Asyut	مصر
سوهاج	Sohag	مصر
محافظة قنا|مدينة قنا	Qena	مصر
الأقصر	Luxor	مصر
أسوان	Aswan	مصر
محافظة البحر الأحمر	Red Sea Governorate	مصر
الوادي الجديد	New Valley	مصر
مرسى مطروح|محافظة مطروح	Marsa Matruh	مصر
المحلة الكبرى	El Mahalla El Kubra	مصر
طنطا	Tanta	مصر
المنصورة	Mansoura
الزقازيق	Zagazig	مصر
العريش	Arish	مصر
الشيخ زويد	Sheikh Zuweid	مصر
شرم الشيخ	Sharm El Sheikh	مصر
الغردقة	Hurghada	مصر
مصر الجديدة	Heliopolis	مصر
ميدان التحرير	Tahrir Square	مصر
مدينة سرت|خليج سرت	Sirte	ليبيا
درنة	Derna	ليبيا
سبها	Sabha	ليبيا
مدينة الزاوية	Zawiya	ليبيا
زليتن	Zliten	ليبيا
مدينة الخمس	Khoms	ليبيا
بني وليد	Bani Walid	ليبيا
صبراتة	Sabratha	ليبيا
مدينة زوارة	Zuwara	ليبيا
أجدابيا	Ajdabiya	ليبيا
طبرق	Tobruk	ليبيا
مدينة المرج	Marj	ليبيا
مدينة الكفرة|واحة الكفرة	Kufra	ليبيا
غدامس	Ghadames	ليبيا
رأس لانوف	Ras Lanuf	ليبيا
ميناء السدرة	Es Sider	ليبيا
ميناء البريقة|مرسى البريقة	Brega	ليبيا
الجفرة	Jufra	ليبيا
الهلال النفطي	Oil Crescent	ليبيا
فزان|إقليم فزان	Fezzan	ليبيا
إقليم برقة	Cyrenaica	ليبيا
أم درمان	Omdurman	السودان
بورتسودان|بور سودان	Port Sudan	السودان
ولاية كسلا|مدينة كسلا	Kassala	السودان
القضارف	Gedaref	السودان
ود مدني	Wad Madani	السودان
مدينة الأبيض	El Obeid	السودان
الفاشر	El Fasher	السودان
نيالا	Nyala	السودان
مدينة الجنينة	Geneina	السودان
عطبرة	Atbara	السودان
كوستي	Kosti	السودان
سنار	Sennar	السودان
كردفان|إقليم كردفان	Kordofan	السودان
جنوب كردفان	South Kordofan	السودان
ولاية الجزيرة	Al Jazirah State	السودان
أبيي|منطقة أبيي	Abyei	السودان
الخرطوم بحري	Khartoum North	السودان
جبل مرة	Jebel Marra	السودان
البلقاء	Balqa	الأردن
السلط	Salt	الأردن
مادبا	Madaba	الأردن
الكرك	Karak	الأردن
الطفيلة	Tafilah	الأردن
محافظة معان|مدينة معان	Ma'an	الأردن
مدينة العقبة|محافظة العقبة|ميناء العقبة	Aqaba	الأردن
جرش	Jerash	الأردن
عجلون	Ajloun	الأردن
محافظة المفرق|مدينة المفرق	Mafraq	الأردن
الرمثا	Ramtha	الأردن
البتراء	Petra	الأردن
مخيم الزعتري	Zaatari refugee camp	الأردن
مدينة صور	Tyre	لبنان
جونية	Jounieh	لبنان
زحلة	Zahle	لبنان
النبطية	Nabatieh	لبنان
جبيل	Byblos	لبنان
عكار	Akkar	لبنان
عرسال	Arsal	لبنان
الضاحية الجنوبية	Dahieh	لبنان
بنت جبيل	Bint Jbeil	لبنان
الناقورة	Naqoura	لبنان
شبعا	Shebaa	لبنان
عين الحلوة|مخيم عين الحلوة	Ain al-Hilweh	لبنان
مخيم نهر البارد	Nahr al-Bared	لبنان
برج البراجنة	Burj al-Barajneh	لبنان
بعبدا	Baabda	لبنان
بيت لحم	Bethlehem	فلسطين
أريحا	Jericho	فلسطين
طولكرم	Tulkarm	فلسطين
قلقيلية	Qalqilya	فلسطين
سلفيت	Salfit	فلسطين
طوباس	Tubas	فلسطين
مدينة البيرة	Al-Bireh	فلسطين
دير البلح	Deir al-Balah	فلسطين
بيت حانون	Beit Hanoun	فلسطين
بيت لاهيا	Beit Lahia	فلسطين
جباليا	Jabalia	فلسطين
النصيرات|مخيم النصيرات	Nuseirat	فلسطين
الشجاعية|حي الشجاعية	Shuja'iyya	فلسطين
مخيم البريج	Bureij	فلسطين
حي سلوان|بلدة سلوان	Silwan	فلسطين
حي الشيخ جراح|الشيخ جراح	Sheikh Jarrah	فلسطين
الناصرة	Nazareth	إسرائيل
عكا	Acre	إسرائيل
بئر السبع	Beersheba	إسرائيل
عسقلان	Ashkelon	إسرائيل
أسدود|أشدود	Ashdod	إسرائيل
إيلات|أم الرشراش	Eilat	إسرائيل
صفد	Safed	إسرائيل
سديروت	Sderot	إسرائيل
مراكش	Marrakesh	المغرب
مدينة فاس	Fez	المغرب
طنجة	Tangier	المغرب
مكناس	Meknes	المغرب
أكادير|أغادير	Agadir	المغرب
مدينة وجدة	Oujda	المغرب
تطوان	Tetouan	المغرب
مدينة العيون	Laayoune
مدينة الداخلة	Dakhla
الحسيمة	Al Hoceima	المغرب
الناظور	Nador	المغرب
مدينة سلا	Salé	المغرب
آسفي	Safi	المغرب
بني ملال	Beni Mellal	المغرب
الصويرة	Essaouira	المغرب
سبتة	Ceuta
مليلية	Melilla
وهران	Oran	الجزائر
قسنطينة	Constantine	الجزائر
عنابة	Annaba	الجزائر
ولاية البليدة|مدينة البليدة	Blida	الجزائر
سطيف	Sétif	الجزائر
باتنة	Batna	الجزائر
تلمسان	Tlemcen	الجزائر
بجاية	Béjaïa	الجزائر
تيزي وزو	Tizi Ouzou	الجزائر
ورقلة	Ouargla	الجزائر
بسكرة	Biskra	الجزائر
عين أمناس|عين أميناس|إن أميناس	In Amenas	الجزائر
تندوف	Tindouf	الجزائر
حاسي مسعود	Hassi Messaoud	الجزائر
سيدي بلعباس	Sidi Bel Abbès	الجزائر
صفاقس	Sfax	تونس
سوسة	Sousse	تونس
القيروان	Kairouan	تونس
بنزرت	Bizerte	تونس
قابس	Gabès	تونس
المنستير	Monastir	تونس
نابل	Nabeul	تونس
ولاية القصرين|مدينة القصرين	Kasserine	تونس
سيدي بوزيد	Sidi Bouzid	تونس
جزيرة جربة	Djerba	تونس
ولاية الكاف	Kef	تونس
بن قردان	Ben Gardane	تونس
جبل الشعانبي|الشعانبي	Mount Chambi	تونس
نواذيبو	Nouadhibou	موريتانيا
الزويرات|ازويرات	Zouérat	موريتانيا
`;
