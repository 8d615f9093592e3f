/**
 * More people the Arabic press named often between about 2000 and 2012, beside people-decade.ts:
 * Gulf officials, central bankers, ministers and envoys, and footballers of the decade. The
 * project's own list (MIT), written from general knowledge. One a line: the usual name first,
 * then variants and short forms, separated by |, then after a tab the English name the hover
 * shows; a one-word short form only where it names that one person in the news.
 * These names are found at run time only: training does not see them (gazetteer/training.ts),
 * so the model lends them what it learnt of the listed names of their class.
 */
export const MORE_DECADE_PEOPLE = `
إياد مدني	Iyad Madani
متعب بن عبد الله|متعب بن عبدالله	Mutaib bin Abdullah
نزار مدني	Nizar Madani
صالح آل الشيخ|صالح بن عبد العزيز آل الشيخ|صالح بن عبدالعزيز آل الشيخ	Saleh Al ash-Sheikh
عبد الله بن عبد المحسن التركي|عبدالله بن عبدالمحسن التركي	Abdullah al-Turki
عبد العزيز التويجري|عبدالعزيز التويجري|عبد العزيز بن عثمان التويجري	Abdulaziz Othman Altwaijri
سعد العبد الله السالم الصباح|سعد العبدالله السالم الصباح	Saad Al-Abdullah Al-Salim Al-Sabah
صباح الخالد الحمد الصباح|صباح الخالد	Sabah Al-Khalid Al-Sabah
أحمد السعدون	Ahmed Al-Saadoun
مسلم البراك	Musallam Al-Barrak
خالد بن محمد العطية	Khalid bin Mohammad Al-Attiyah
أحمد بن عبد الله آل محمود|أحمد بن عبدالله آل محمود	Ahmed bin Abdullah Al Mahmoud
عبد الله بن خليفة آل ثاني|عبدالله بن خليفة آل ثاني	Abdullah bin Khalifa Al Thani
حمدان بن زايد|حمدان بن زايد آل نهيان	Hamdan bin Zayed Al Nahyan
سيف بن زايد|سيف بن زايد آل نهيان	Saif bin Zayed Al Nahyan
مكتوم بن راشد آل مكتوم|مكتوم بن راشد	Maktoum bin Rashid Al Maktoum
راشد عبد الله النعيمي|راشد عبدالله النعيمي	Rashid Abdullah Al Nuaimi
ضاحي خلفان|ضاحي خلفان تميم	Dhahi Khalfan Tamim
محمد العبار|محمد علي العبار	Mohamed Alabbar
علي سلمان	Ali Salman
عيسى قاسم	Isa Qassim
علي محمد مجور	Ali Muhammad Mujawar
عبد الكريم الإرياني|عبدالكريم الإرياني	Abdul Karim al-Iryani
حميد الأحمر	Hamid al-Ahmar
صادق الأحمر	Sadiq al-Ahmar
قاسم الريمي	Qasim al-Raymi
حيدر أبو بكر العطاس|حيدر العطاس	Haidar Abu Bakr al-Attas
علي ناصر محمد	Ali Nasser Muhammad
حسن باعوم	Hassan Ba'oum
طارق الفضلي	Tariq al-Fadhli
أثيل النجيفي	Atheel al-Nujaifi
إياد السامرائي	Ayad al-Samarrai
جواد البولاني	Jawad al-Bulani
عبد القادر العبيدي|عبدالقادر العبيدي	Abdul Qader al-Obeidi
سعدون الدليمي	Saadoun al-Dulaimi
حازم الشعلان	Hazim al-Shaalan
فلاح النقيب	Falah al-Naqib
روز نوري شاويس	Rowsch Shaways
علي الأديب	Ali al-Adeeb
خضير الخزاعي	Khudair al-Khuzai
علي الدباغ	Ali al-Dabbagh
همام حمودي	Humam Hamoudi
جلال الدين الصغير	Jalaladdin al-Saghir
بهاء الأعرجي	Baha al-Araji
فؤاد معصوم	Fuad Masum
كوسرت رسول علي|كوسرت رسول	Kosrat Rasul Ali
خلف العليان	Khalaf al-Ulayyan
ظافر العاني	Dhafer al-Ani
مشعان الجبوري	Mishan al-Jabouri
مثال الآلوسي	Mithal al-Alusi
حميد مجيد موسى	Hamid Majid Mousa
أحمد أبو ريشة	Ahmed Abu Risha
علي حاتم السليمان	Ali Hatem al-Suleiman
محمد اليعقوبي	Muhammad al-Yaqoubi
بشير النجفي	Bashir al-Najafi
محمد سعيد الحكيم	Muhammad Saeed al-Hakim
محمد إسحاق الفياض|إسحاق الفياض	Muhammad Ishaq al-Fayyad
كاظم الحائري	Kadhim al-Haeri
أكرم الكعبي	Akram al-Kaabi
رغد صدام حسين	Raghad Saddam Hussein
سلطان هاشم أحمد|سلطان هاشم	Sultan Hashim Ahmad
ناجي صبري|ناجي صبري الحديثي	Naji Sabri
هدى صالح مهدي عماش|هدى عماش	Huda Salih Mahdi Ammash
رؤوف رشيد عبد الرحمن|رؤوف عبد الرحمن|رؤوف عبدالرحمن	Raouf Abdul Rahman
رزكار محمد أمين	Rizgar Mohammed Amin
وليد عيدو	Walid Eido
أنطوان غانم	Antoine Ghanem
وسام عيد	Wissam Eid
أشرف ريفي	Ashraf Rifi
جميل السيد	Jamil Al Sayyed
نايلة معوض	Nayla Moawad
بطرس حرب	Boutros Harb
فارس سعيد	Fares Souaid
أحمد فتفت	Ahmad Fatfat
عقاب صقر	Okab Sakr
نهاد المشنوق	Nohad Machnouk
محمد فنيش	Mohammad Fneish
طلال أرسلان	Talal Arslan
فوزي صلوخ	Fawzi Salloukh
طارق متري	Tarek Mitri
زياد بارود	Ziad Baroud
مروان شربل	Marwan Charbel
جان قهوجي	Jean Kahwaji
شاكر العبسي	Shaker al-Abssi
صبحي الطفيلي	Subhi al-Tufayli
محمد رشيد قباني	Mohammed Rashid Qabbani
روحي فتوح	Rawhi Fattouh
رياض المالكي	Riyad al-Maliki
رياض منصور	Riyad Mansour
ماجد فرج	Majed Faraj
توفيق الطيراوي	Tawfiq Tirawi
زكريا الزبيدي	Zakaria Zubeidi
موسى عرفات	Moussa Arafat
سها عرفات	Suha Arafat
أحمد بحر	Ahmed Bahar
نزار ريان	Nizar Rayan
إسماعيل أبو شنب	Ismail Abu Shanab
فتحي حماد	Fathi Hamad
مشير المصري	Mushir al-Masri
محمد الهندي	Mohammed al-Hindi
أبو علي مصطفى	Abu Ali Mustafa
محمد بركة	Mohammad Barakeh
حنين زعبي|حنين الزعبي	Haneen Zoabi
مصطفى عثمان إسماعيل	Mustafa Osman Ismail
علي كرتي	Ali Karti
عبد الرحيم محمد حسين|عبدالرحيم محمد حسين	Abdel Rahim Mohammed Hussein
علي كوشيب	Ali Kushayb
لام أكول	Lam Akol
باقان أموم	Pagan Amum
مالك عقار	Malik Agar
غازي صلاح الدين العتباني|غازي صلاح الدين	Ghazi Salah al-Din al-Atabani
جبريل باسولي	Djibril Bassolé
عبد الله يوسف أحمد|عبدالله يوسف أحمد	Abdullahi Yusuf Ahmed
مختار روبو|أبو منصور مختار روبو	Mukhtar Robow
أحمد ولد عبد الله|أحمدو ولد عبد الله	Ahmedou Ould-Abdallah
سامح فهمي	Sameh Fahmy
رشيد محمد رشيد	Rachid Mohamed Rachid
محمود محيي الدين	Mahmoud Mohieldin
مفيد شهاب	Mufid Shehab
حازم صلاح أبو إسماعيل	Hazem Salah Abu Ismail
سعد الكتاتني|محمد سعد الكتاتني	Saad El-Katatni
هشام قنديل	Hesham Qandil
حسين سالم	Hussein Salem
ناصف ساويرس	Nassef Sawiris
داود راجحة	Dawoud Rajiha
حسن توركماني	Hasan Turkmani
مناف طلاس	Manaf Tlass
جهاد مقدسي	Jihad Makdissi
هيثم المالح	Haytham al-Maleh
ميشيل كيلو|ميشال كيلو	Michel Kilo
هيثم مناع	Haytham Manna
نادر الذهبي	Nader al-Dahabi
سمير الرفاعي	Samir Rifai
عون الخصاونة	Awn Shawkat Al-Khasawneh
البغدادي المحمودي|البغدادي علي المحمودي	Baghdadi Mahmudi
عبد الرحيم الكيب|عبدالرحيم الكيب	Abdurrahim El-Keib
الساعدي القذافي	Al-Saadi Gaddafi
عائشة القذافي	Aisha Gaddafi
صخر الماطري	Sakher El Materi
مصطفى بن جعفر	Mustapha Ben Jafar
حمة الهمامي	Hamma Hammami
مراد مدلسي	Mourad Medelci
علي بلحاج	Ali Belhadj
حسان حطاب	Hassan Hattab
محمد بن عيسى	Mohamed Benaissa
فؤاد عالي الهمة	Fouad Ali El Himma
عبد السلام ياسين|عبدالسلام ياسين	Abdessalam Yassine
غلام رضا آقا زاده|غلام رضا آغازاده	Gholam Reza Aghazadeh
علي أصغر سلطانية	Ali Asghar Soltanieh
فريدون عباسي دواني	Fereydoon Abbasi
أحمد جنتي	Ahmad Jannati
رامين مهمانبرست	Ramin Mehmanparast
بولنت أرينتش	Bülent Arınç
إيلكر باشبوغ	İlker Başbuğ
يوفال ديسكين	Yuval Diskin
دوف فايسغلاس|دوف فايسجلاس	Dov Weissglas
حاييم رامون	Haim Ramon
إيلي يشاي	Eli Yishai
يوفال شتاينتس	Yuval Steinitz
مارك ريغيف|مارك ريجيف	Mark Regev
كريستوفر هيل	Christopher Hill
ريكاردو سانشيز	Ricardo Sanchez
جورج كيسي	George Casey
مايك مولن	Mike Mullen
كيث دايتون	Keith Dayton
روبرت فورد	Robert Ford
ريتشارد بيرل	Richard Perle
كارل روف	Karl Rove
شون ماكورماك	Sean McCormack
ميت رومني	Mitt Romney
بن برنانكي|برنانكي	Ben Bernanke
آلان غرينسبان|آلان جرينسبان|غرينسبان	Alan Greenspan
فيليب دوست بلازي	Philippe Douste-Blazy
ماسيمو داليما	Massimo D'Alema
فرانكو فراتيني	Franco Frattini
بينيتا فيريرو فالدنر	Benita Ferrero-Waldner
ياب دي هوب شيفر	Jaap de Hoop Scheffer
غيدو فيسترفيله	Guido Westerwelle
ألكسندر سلطانوف	Alexander Saltanov
ميخائيل مارغيلوف|ميخائيل مارجيلوف	Mikhail Margelov
ألكسندر ليتفيننكو|ليتفيننكو	Alexander Litvinenko
أشرف قاضي|أشرف جيهانغير قاضي	Ashraf Qazi
ألفا عمر كوناري	Alpha Oumar Konaré
كارين أبو زيد	Karen AbuZayd
رولف إيكيوس	Rolf Ekéus
أولي هاينونين	Olli Heinonen
ديفيد كاي	David Kay
ناصر عبد العزيز النصر|ناصر عبدالعزيز النصر	Nassir Abdulaziz Al-Nasser
جاك وارنر	Jack Warner
جيروم فالكه	Jérôme Valcke
محمد روراوة|روراوة	Mohamed Raouraoua
فيليب لام	Philipp Lahm
فيليبو إنزاغي|فيليبو إنزاجي	Filippo Inzaghi
كريستيان فييري	Christian Vieri
ديفيد فيا	David Villa
كارليس بويول|كارلوس بويول	Carles Puyol
لويس أراغونيس	Luis Aragonés
رود فان نيستلروي|فان نيستلروي	Ruud van Nistelrooy
فرانك لامبارد|لامبارد	Frank Lampard
جون تيري	John Terry
مايكل أوين	Michael Owen
ريمون دومينيك	Raymond Domenech
نيكولا أنيلكا|أنيلكا	Nicolas Anelka
دونغا|دونجا	Dunga
روبينيو	Robinho
خوسيه بيكرمان|بيكرمان	José Pékerman
خوان سيباستيان فيرون	Juan Sebastián Verón
هيرنان كريسبو	Hernán Crespo
أوتو ريهاغل|أوتو ريهاجل	Otto Rehhagel
بارك جي سونغ	Park Ji-sung
مايكل إيسيان|مايكل إيسيين	Michael Essien
كريم مطمور	Karim Matmour
زياد الجزيري	Ziad Jaziri
فرانسيليدو دوس سانتوس|سانتوس فرانسيليدو	Francileudo dos Santos
سعود كريري	Saud Kariri
مالك معاذ	Malek Mouath
ماركوس باكيتا	Marcos Paquetá
محمد شوقي	Mohamed Shawky
محمد ناجي جدو|محمد ناجي جيدو	Mohamed Nagy Gedo
نور صبري	Noor Sabri
مهدي كريم	Mahdi Karim
يوسف حجي	Youssef Hadji
بدر المطوع	Bader Al-Mutawa
دودي الفايد	Dodi Fayed
بهاء الحريري	Bahaa Hariri
صبيح المصري	Sabih al-Masri
طلال أبو غزالة	Talal Abu-Ghazaleh
مصطفى بكري	Mostafa Bakry
يسري فودة	Yosri Fouda
أحمد منصور	Ahmed Mansour
طارق أيوب	Tareq Ayyoub
أطوار بهجت	Atwar Bahjat
مرسيل غانم|مارسيل غانم	Marcel Ghanem
غسان تويني	Ghassan Tueni
طلال سلمان	Talal Salman
وليد الإبراهيم	Waleed Al-Ibrahim
مصطفى أبو اليزيد	Mustafa Abu al-Yazid
عبد العزيز المقرن|عبدالعزيز المقرن	Abdulaziz al-Muqrin
آدم غدن|عزام الأمريكي	Adam Gadahn
عمر بكري محمد|عمر بكري	Omar Bakri Muhammad
عمر فاروق عبد المطلب|عمر فاروق عبدالمطلب	Umar Farouk Abdulmutallab
`;
