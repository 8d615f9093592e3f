/**
 * People the Arabic press names often, with the spellings it uses (the project's own list,
 * MIT): heads of state and government, ministers, envoys, leaders of armed groups. One a line:
 * the usual name first, then variants and short forms, separated by |, then after a tab the English name the hover shows. A short form is
 * listed only where it names that one person in the news (أولمرت, not عباس or الحريري).
 */
export const PEOPLE = `
رامي عبد الرحمن|رامي عبدالرحمن	Rami Abdulrahman
بشار الأسد	Bashar al-Assad
أبو بكر البغدادي	Abu Bakr al-Baghdadi
عبد الغني الأسدي
بنيامين نتنياهو|نتنياهو	Benjamin Netanyahu
دونالد ترامب|دونالد ترمب|ترامب|ترمب	Donald Trump
جو بايدن|بايدن	Joe Biden
فلاديمير بوتين|بوتين	Vladimir Putin
رجب طيب أردوغان|أردوغان|اردوغان	Recep Tayyip Erdoğan
أنطونيو غوتيريش|غوتيريش|غوتيريس	António Guterres
إسماعيل هنية|هنية	Ismail Haniyeh
حسن نصر الله|نصر الله|نصرالله	Hassan Nasrallah
جورج بوش|جورج دبليو بوش|بوش	George W. Bush
باراك أوباما|أوباما|اوباما	Barack Obama
بيل كلينتون	Bill Clinton
هيلاري كلينتون	Hillary Clinton
كوندوليزا رايس	Condoleezza Rice
ديك تشيني|تشيني	Dick Cheney
دونالد رامسفيلد|رامسفيلد	Donald Rumsfeld
جون كيري	John Kerry
ريكس تيلرسون|تيلرسون	Rex Tillerson
جيمس ماتيس|ماتيس	Jim Mattis
مايك بومبيو|بومبيو	Mike Pompeo
كوفي أنان|أنان	Kofi Annan
بان كي مون|بان جي مون|بان كيمون	Ban Ki-moon
توني بلير|بلير	Tony Blair
غوردون براون	Gordon Brown
ديفيد كاميرون|كاميرون	David Cameron
تيريزا ماي	Theresa May
بوريس جونسون	Boris Johnson
جاك شيراك|شيراك	Jacques Chirac
نيكولا ساركوزي|ساركوزي	Nicolas Sarkozy
فرانسوا هولاند|هولاند	François Hollande
إيمانويل ماكرون|ماكرون	Emmanuel Macron
أنجيلا ميركل|ميركل	Angela Merkel
غيرهارد شرودر|شرودر	Gerhard Schröder
سيلفيو برلسكوني|برلسكوني	Silvio Berlusconi
ديمتري ميدفيديف|ميدفيديف	Dmitry Medvedev
سيرغي لافروف|لافروف	Sergei Lavrov
بوريس يلتسين|يلتسين	Boris Yeltsin
شي جين بينغ	Xi Jinping
كيم جونغ أون	Kim Jong Un
محمود أحمدي نجاد|أحمدي نجاد|نجاد	Mahmoud Ahmadinejad
علي خامنئي|خامنئي	Ali Khamenei
حسن روحاني|روحاني	Hassan Rouhani
محمد خاتمي|خاتمي	Mohammad Khatami
محمد جواد ظريف|ظريف	Mohammad Javad Zarif
قاسم سليماني|سليماني	Qassem Soleimani
عبد الله غول	Abdullah Gül
أحمد داود أوغلو|داود أوغلو	Ahmet Davutoğlu
أرييل شارون|شارون	Ariel Sharon
إيهود أولمرت|أولمرت	Ehud Olmert
شمعون بيريز|بيريز	Shimon Peres
تسيبي ليفني|ليفني	Tzipi Livni
إيهود باراك	Ehud Barak
أفيغدور ليبرمان|ليبرمان	Avigdor Lieberman
عمير بيرتس	Amir Peretz
ياسر عرفات|عرفات	Yasser Arafat
محمود عباس|أبو مازن	Mahmoud Abbas
خالد مشعل	Khaled Meshaal
محمد دحلان|دحلان	Mohammed Dahlan
حسني مبارك	Hosni Mubarak
محمد مرسي	Mohamed Morsi
عبد الفتاح السيسي|السيسي	Abdel Fattah al-Sisi
جمال عبد الناصر|عبد الناصر	Gamal Abdel Nasser
أنور السادات|السادات	Anwar Sadat
معمر القذافي|القذافي	Muammar Gaddafi
خليفة حفتر|حفتر	Khalifa Haftar
صدام حسين	Saddam Hussein
نوري المالكي	Nouri al-Maliki
حيدر العبادي	Haider al-Abadi
مصطفى الكاظمي	Mustafa al-Kadhimi
جلال طالباني|طالباني	Jalal Talabani
مسعود بارزاني|بارزاني	Masoud Barzani
مقتدى الصدر	Moqtada al-Sadr
علي السيستاني|السيستاني	Ali al-Sistani
أبو مصعب الزرقاوي|الزرقاوي	Abu Musab al-Zarqawi
أسامة بن لادن|بن لادن	Osama bin Laden
أيمن الظواهري|الظواهري	Ayman al-Zawahiri
حافظ الأسد	Hafez al-Assad
رفيق الحريري	Rafik Hariri
سعد الحريري	Saad Hariri
ميشال عون	Michel Aoun
نبيه بري	Nabih Berri
نجيب ميقاتي|ميقاتي	Najib Mikati
عمر البشير	Omar al-Bashir
سلفاكير ميارديت|سلفاكير	Salva Kiir Mayardit
علي عبد الله صالح	Ali Abdullah Saleh
عبد ربه منصور هادي	Abd-Rabbu Mansour Hadi
عبد الملك الحوثي	Abdul-Malik al-Houthi
زين العابدين بن علي	Zine el-Abidine Ben Ali
الباجي قائد السبسي|السبسي	Beji Caid Essebsi
عبد العزيز بوتفليقة|بوتفليقة	Abdelaziz Bouteflika
محمد السادس	Mohammed VI
عبد الله الثاني	Abdullah II
الحسين بن طلال	Hussein bin Talal
سلمان بن عبد العزيز	Salman bin Abdulaziz
عبد الله بن عبد العزيز	Abdullah bin Abdulaziz
فهد بن عبد العزيز	Fahd bin Abdulaziz
محمد بن سلمان	Mohammed bin Salman
محمد بن نايف	Mohammed bin Nayef
سعود الفيصل	Saud al-Faisal
عادل الجبير|الجبير	Adel al-Jubeir
تميم بن حمد|تميم بن حمد آل ثاني	Tamim bin Hamad Al Thani
حمد بن خليفة آل ثاني	Hamad bin Khalifa Al Thani
حمد بن جاسم	Hamad bin Jassim Al Thani
خليفة بن زايد|خليفة بن زايد آل نهيان	Khalifa bin Zayed Al Nahyan
محمد بن زايد|محمد بن زايد آل نهيان	Mohammed bin Zayed Al Nahyan
محمد بن راشد آل مكتوم|محمد بن راشد	Mohammed bin Rashid Al Maktoum
صباح الأحمد الجابر الصباح|صباح الأحمد	Sabah al-Ahmad al-Jaber al-Sabah
قابوس بن سعيد	Qaboos bin Said
ستافان دي ميستورا|دي ميستورا	Staffan de Mistura
الأخضر الإبراهيمي	Lakhdar Brahimi
عمرو موسى	Amr Moussa
أحمد أبو الغيط|أبو الغيط	Ahmed Aboul Gheit
نبيل العربي	Nabil Elaraby
بنديكت السادس عشر	Pope Benedict XVI
ليونيل ميسي|ميسي	Lionel Messi
كريستيانو رونالدو	Cristiano Ronaldo
محمد صلاح	Mohamed Salah
`;
