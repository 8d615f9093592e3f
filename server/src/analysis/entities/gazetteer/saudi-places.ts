/**
 * The regions, cities, governorates and centres of Saudi Arabia that the Saudi press names and
 * the model often passes by (عسير، الطائف، عفيف، سراة عبيدة، حوطة بني تميم). The project's own
 * list (MIT), written from general knowledge, on the terms of arab-places.ts: one place a line,
 * the usual press spelling first, then variants, separated by |; after a tab the English name
 * the hover shows; after another the country (left out where the name is shared: خيبر). A name
 * that is also an ordinary word is listed only after its head (محافظة حقل، محافظة الحرجة).
 */
export const SAUDI_PLACES = `
المنطقة الشرقية	Eastern Province	السعودية
القصيم|منطقة القصيم	Al-Qassim	السعودية
منطقة عسير|عسير	Asir	السعودية
تبوك|منطقة تبوك	Tabuk	السعودية
منطقة حائل|مدينة حائل|محافظة حائل|حائل	Hail	السعودية
منطقة الحدود الشمالية|الحدود الشمالية	Northern Borders	السعودية
جازان|جيزان|منطقة جازان	Jazan	السعودية
نجران|منطقة نجران	Najran	السعودية
منطقة الباحة|مدينة الباحة|الباحة	Al-Bahah	السعودية
منطقة الجوف|الجوف	Al-Jawf	السعودية
الطائف|محافظة الطائف	Taif	السعودية
سوق عكاظ	Souq Okaz	السعودية
أبها	Abha	السعودية
خميس مشيط	Khamis Mushait	السعودية
بريدة	Buraidah	السعودية
عنيزة	Unaizah	السعودية
الرس|محافظة الرس	Ar Rass	السعودية
البكيرية	Al Bukayriyah	السعودية
مدينة الخبر|محافظة الخبر	Khobar	السعودية
الظهران	Dhahran	السعودية
القطيف	Qatif	السعودية
الأحساء	Al-Ahsa	السعودية
الهفوف	Hofuf	السعودية
الجبيل	Jubail	السعودية
حفر الباطن|حفرالباطن	Hafar Al-Batin	السعودية
الخفجي	Khafji	السعودية
رأس تنورة	Ras Tanura	السعودية
بقيق|أبقيق	Abqaiq	السعودية
محافظة صفوى|مدينة صفوى	Safwa	السعودية
العوامية	Awamiyah	السعودية
القديح	Al-Qudaih	السعودية
مدينة ينبع|محافظة ينبع|ينبع الصناعية|ينبع البحر|ينبع	Yanbu	السعودية
ينبع النخل|محافظة ينبع النخل	Yanbu al-Nakhl	السعودية
البقيع|مقبرة البقيع|بقيع الغرقد	Al-Baqi	السعودية
وادي العقيق	Wadi al-Aqiq	السعودية
رابغ	Rabigh	السعودية
القنفذة	Al Qunfudhah	السعودية
الخرمة	Al Khurmah	السعودية
الخرج	Al-Kharj	السعودية
الدرعية	Diriyah	السعودية
محافظة المجمعة	Al Majma'ah	السعودية
الزلفي	Az Zulfi	السعودية
الدوادمي	Ad Dawadmi	السعودية
وادي الدواسر	Wadi ad-Dawasir	السعودية
الأفلاج	Al Aflaj	السعودية
سكاكا	Sakaka	السعودية
دومة الجندل	Dumat al-Jandal	السعودية
محافظة القريات	Al Qurayyat	السعودية
عرعر	Arar	السعودية
رفحاء	Rafha	السعودية
تيماء	Tayma	السعودية
العلا|محافظة العلا	AlUla	السعودية
أحد رفيدة|محافظة أحد رفيدة	Ahad Rafidah	السعودية
بلجرشي|محافظة بلجرشي	Baljurashi	السعودية
تنومة|محافظة تنومة	Tanomah	السعودية
المجاردة|محافظة المجاردة	Al Majardah	السعودية
محافظة بارق	Bariq	السعودية
صبيا|محافظة صبيا	Sabya	السعودية
جزر فرسان|محافظة فرسان|جزيرة فرسان	Farasan Islands	السعودية
محافظة بيش	Baish	السعودية
المخواة|محافظة المخواة	Al Makhwah	السعودية
قلوة|محافظة قلوة	Qilwah	السعودية
المندق|محافظة المندق	Al Mandaq	السعودية
محافظة الليث	Al Lith	السعودية
رنية|محافظة رنية	Ranyah	السعودية
النعيرية|محافظة النعيرية	An Nuayriyah	السعودية
ضباء|محافظة ضباء	Duba	السعودية
الحناكية|محافظة الحناكية	Al Hinakiyah	السعودية
محافظة المذنب	Al Mithnab	السعودية
محافظة شقراء	Shaqra	السعودية
السليل|محافظة السليل	As Sulayyil	السعودية
حوطة بني تميم|محافظة حوطة بني تميم	Hotat Bani Tamim	السعودية
المزاحمية|محافظة المزاحمية	Al Muzahimiyah	السعودية
ضرما|محافظة ضرما	Dhurma	السعودية
القويعية|محافظة القويعية	Al Quwaiyah	السعودية
سيهات	Saihat	السعودية
المبرز	Al Mubarraz	السعودية
قصر المصمك|المصمك	Masmak Fort	السعودية
أملج	Umluj	السعودية
محافظة الوجه	Al Wajh	السعودية
خيبر	Khaybar
بيشة	Bisha	السعودية
النماص	Al Namas	السعودية
محايل عسير|محايل	Muhayil	السعودية
سراة عبيدة	Sarat Abidah	السعودية
ظهران الجنوب	Dhahran Al Janub	السعودية
رجال ألمع	Rijal Almaa	السعودية
محافظة صبيا|مدينة صبيا	Sabya	السعودية
أبو عريش|أبي عريش	Abu Arish	السعودية
صامطة	Samtah	السعودية
جزر فرسان|جزيرة فرسان|محافظة فرسان	Farasan Islands	السعودية
شرورة	Sharurah	السعودية
نيوم	Neom	السعودية
عفيف|محافظة عفيف	Afif	السعودية
الغاط|محافظة الغاط	Al-Ghat	السعودية
ثادق|محافظة ثادق	Thadiq	السعودية
حريملاء|محافظة حريملاء	Huraymila	السعودية
الدلم|محافظة الدلم	Ad-Dilam	السعودية
حوطة سدير	Hawtat Sudair	السعودية
محافظة رماح	Rumah	السعودية
محافظة مرات	Marat	السعودية
محافظة الحريق	Al-Hariq	السعودية
البجادية	Al-Bijadiyah	السعودية
الأرطاوية	Al-Artawiyah	السعودية
خليص|محافظة خليص	Khulays	السعودية
الجموم|محافظة الجموم	Al-Jumum	السعودية
محافظة الكامل	Al-Kamil	السعودية
محافظة تربة	Turabah	السعودية
العرضيات|محافظة العرضيات	Al-Ardiyat	السعودية
أضم|محافظة أضم	Adham	السعودية
محافظة بحرة	Bahrah	السعودية
مدركة	Mudrakah	السعودية
عسفان	Usfan	السعودية
شقصان	Shuqsan	السعودية
المحاني	Al-Mahani	السعودية
العيص|محافظة العيص	Al-Ays	السعودية
مهد الذهب|محافظة المهد	Mahd adh-Dhahab	السعودية
محافظة بدر	Badr	السعودية
وادي الفرع	Wadi al-Fara	السعودية
محافظة البدائع	Al-Badai	السعودية
الأسياح|محافظة الأسياح	Al-Asyah	السعودية
النبهانية|محافظة النبهانية	An-Nabhaniyah	السعودية
الشماسية|محافظة الشماسية	Ash-Shimasiyah	السعودية
عيون الجواء	Uyun al-Jiwa	السعودية
رياض الخبراء	Riyadh al-Khabra	السعودية
عقلة الصقور	Uqlat as-Suqur	السعودية
قرية العليا	Qaryat al-Ulya	السعودية
تثليث|محافظة تثليث	Tathlith	السعودية
بلقرن|محافظة بلقرن	Balqarn	السعودية
طريب	Tarib	السعودية
محافظة البرك	Al-Birk	السعودية
محافظة الحرجة	Al-Harajah	السعودية
السودة	As-Sawdah	السعودية
محافظة حقل|مدينة حقل	Haql	السعودية
محافظة البدع	Al-Bad'	السعودية
بقعاء	Baqaa	السعودية
محافظة الغزالة	Al-Ghazalah	السعودية
الشنان	Ash-Shinan	السعودية
محافظة الحائط	Al-Hait	السعودية
محافظة السليمي	As-Sulaimi	السعودية
محافظة الشملي	Ash-Shamli	السعودية
موقق	Mawqaq	السعودية
محافظة طريف	Turaif	السعودية
العويقيلة	Al-Uwayqilah	السعودية
محافظة الحرث	Al-Harth	السعودية
ضمد|محافظة ضمد	Damad	السعودية
الريث	Ar-Rayth	السعودية
محافظة الدائر	Ad-Dair	السعودية
أحد المسارحة	Ahad al-Masarihah	السعودية
محافظة العيدابي	Al-Aydabi	السعودية
محافظة العارضة	Al-Aridah	السعودية
محافظة الدرب	Ad-Darb	السعودية
محافظة هروب	Harub	السعودية
فيفاء|محافظة فيفاء|جبال فيفاء|جبال فيفا|محافظة فيفا	Fayfa	السعودية
حبونا|محافظة حبونا	Habuna	السعودية
بدر الجنوب	Badr al-Janub	السعودية
يدمة	Yadamah	السعودية
خباش	Khabash	السعودية
محافظة ثار	Thar	السعودية
الخرخير	Al-Kharkhir	السعودية
محافظة العقيق	Al-Aqiq	السعودية
محافظة القرى	Al-Qura	السعودية
غامد الزناد	Ghamid az-Zinad	السعودية
محافظة الحجرة	Al-Hajrah	السعودية
محافظة بني حسن	Bani Hasan	السعودية
الجاوة	Al-Jawah	السعودية
طبرجل|محافظة طبرجل	Tabarjal	السعودية
العيساوية	Al-Isawiyah	السعودية
جسر الملك فهد	King Fahd Causeway	السعودية
منفذ البطحاء|جمرك البطحاء	Al-Batha border crossing	السعودية
منفذ سلوى|جمرك سلوى	Salwa border crossing	السعودية
منفذ الطوال|جمرك الطوال	Al-Tuwal border crossing	السعودية
منفذ الحديثة|جمرك الحديثة	Al-Haditha border crossing	السعودية
منفذ الرقعي|جمرك الرقعي	Al-Ruqi border crossing	السعودية
منفذ الخفجي|جمرك الخفجي	Al-Khafji border crossing	السعودية
منفذ جديدة عرعر|جمرك جديدة عرعر	Jadidat Arar border crossing	السعودية
منفذ الدرة|جمرك الدرة	Al-Durra border crossing	السعودية
`;
