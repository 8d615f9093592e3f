/**
 * People the Arabic press named often between about 2000 and 2012 whom the other people lists do
 * not hold (the project's own list, MIT, written from general knowledge): Arab, Iranian, Turkish
 * and Israeli ministers, MPs, generals, clerics and militia leaders, Western, Russian and UN envoys
 * and officials, heads of sports bodies, World Cup and Arab footballers, businessmen and journalists.
 * One a line: the usual name first, then variants and short forms, separated by |, then after a
 * tab the English name the hover shows. A surname alone is listed only where it names that one
 * person in the news (بلخادم، موفاز; not الجميل, الأحمر or الطرابلسي).
 * These names are found at run time only: training does not see them (gazetteer/training.ts),
 * so the model lends them what it learnt of the listed names of their class.
 */
export const DECADE_PEOPLE = `
إبراهيم العساف	Ibrahim Al-Assaf
عبد العزيز خوجة|عبدالعزيز خوجة	Abdulaziz Khoja
أحمد بن عبد العزيز|أحمد بن عبدالعزيز	Ahmed bin Abdulaziz
مقرن بن عبد العزيز|مقرن بن عبدالعزيز	Muqrin bin Abdulaziz
خالد بن سلطان|خالد بن سلطان بن عبد العزيز|خالد بن سلطان بن عبدالعزيز	Khalid bin Sultan
ناصر المحمد الأحمد الصباح|ناصر المحمد	Nasser Al-Mohammed Al-Sabah
محمد الصباح السالم الصباح|محمد صباح السالم الصباح	Mohammad Al-Sabah Al-Salem Al-Sabah
جابر المبارك الحمد الصباح|جابر المبارك	Jaber Al-Mubarak Al-Hamad Al-Sabah
جاسم الخرافي	Jassem Al-Kharafi
أحمد الفهد الأحمد الصباح|أحمد الفهد	Ahmad Al-Fahad Al-Sabah
عبد الله بن حمد العطية|عبدالله بن حمد العطية	Abdullah bin Hamad Al-Attiyah
موزة بنت ناصر|موزة بنت ناصر المسند|موزا بنت ناصر	Moza bint Nasser
وضاح خنفر	Wadah Khanfar
خالد بن أحمد آل خليفة|خالد بن أحمد بن محمد آل خليفة	Khalid bin Ahmed Al Khalifa
عبد القادر باجمال|عبدالقادر باجمال|باجمال	Abdul Qadir Bajamal
أبو بكر القربي|أبوبكر القربي	Abu Bakr al-Qirbi
محمد سالم باسندوة|باسندوة	Mohammed Basindawa
عبد الله بن حسين الأحمر|عبدالله بن حسين الأحمر	Abdullah ibn Husayn al-Ahmar
أحمد علي عبد الله صالح|أحمد علي عبدالله صالح	Ahmed Ali Abdullah Saleh
عبد المجيد الزنداني|عبدالمجيد الزنداني|الزنداني	Abdul Majeed al-Zindani
ناصر الوحيشي|الوحيشي	Nasser al-Wuhayshi
جمال بن عمر	Jamal Benomar
غازي الياور	Ghazi al-Yawer
عدنان الباجه جي|عدنان الباجةجي|عدنان الباججي	Adnan Pachachi
محمود المشهداني	Mahmoud al-Mashhadani
أسامة النجيفي	Osama al-Nujaifi
صالح المطلك	Saleh al-Mutlaq
رافع العيساوي	Rafi al-Issawi
باقر جبر الزبيدي|بيان جبر|باقر صولاغ|بيان جبر صولاغ	Bayan Jabr
حسين الشهرستاني	Hussain al-Shahristani
عدنان الدليمي	Adnan al-Dulaimi
حارث الضاري	Harith al-Dhari
عبد الستار أبو ريشة|عبدالستار أبو ريشة	Abdul Sattar Abu Risha
أبو عمر البغدادي	Abu Omar al-Baghdadi
أبو أيوب المصري	Abu Ayyub al-Masri
قصي صدام حسين	Qusay Hussein
برزان إبراهيم التكريتي|برزان التكريتي	Barzan Ibrahim al-Tikriti
طه ياسين رمضان	Taha Yassin Ramadan
إلياس المر	Elias Murr
ميشال المر|ميشيل المر	Michel Murr
مروان حمادة	Marwan Hamadeh
بيار الجميل|بيار أمين الجميل	Pierre Amine Gemayel
سامي الجميل	Sami Gemayel
وسام الحسن	Wissam al-Hassan
محمد رعد	Mohammad Raad
علي حسن خليل	Ali Hassan Khalil
وئام وهاب	Wiam Wahhab
عمر كرامي	Omar Karami
سليم الحص	Salim al-Hoss
تمام سلام	Tammam Salam
بهية الحريري	Bahia Hariri
ميشال سماحة|ميشيل سماحة	Michel Samaha
ديتليف ميليس|ديتلف ميليس	Detlev Mehlis
سيرج براميرتس|براميرتس	Serge Brammertz
دانيال بلمار|دانيال بيلمار|بلمار	Daniel Bellemare
نبيل شعث	Nabil Shaath
ياسر عبد ربه|ياسر عبدربه	Yasser Abed Rabbo
نبيل عمرو	Nabil Amr
جبريل الرجوب	Jibril Rajoub
عزام الأحمد	Azzam al-Ahmad
نبيل أبو ردينة	Nabil Abu Rudeineh
فاروق القدومي|القدومي|أبو اللطف	Farouk Kaddoumi
مصطفى البرغوثي	Mustafa Barghouti
عزيز دويك	Aziz Dweik
سعيد صيام	Said Seyam
صلاح شحادة	Salah Shehade
أحمد الجعبري	Ahmed Jabari
محمود المبحوح|المبحوح	Mahmoud al-Mabhouh
سامي أبو زهري	Sami Abu Zuhri
فوزي برهوم	Fawzi Barhoum
رمضان شلح|رمضان عبد الله شلح|رمضان عبدالله شلح	Ramadan Shalah
أحمد سعدات	Ahmad Sa'adat
نايف حواتمة|حواتمة	Nayef Hawatmeh
رائد صلاح	Raed Salah
أحمد الطيبي	Ahmad Tibi
علي عثمان محمد طه	Ali Osman Taha
نافع علي نافع	Nafie Ali Nafie
صلاح قوش|صلاح عبد الله قوش	Salah Gosh
أحمد هارون	Ahmed Haroun
موسى هلال	Musa Hilal
خليل إبراهيم	Khalil Ibrahim
التجاني السيسي|التيجاني السيسي	Tijani Sese
ياسر عرمان	Yasir Arman
محمد عثمان الميرغني	Mohammed Osman al-Mirghani
شريف شيخ أحمد	Sharif Sheikh Ahmed
حسن ضاهر عويس|حسن طاهر أويس|حسن طاهر عويس	Hassan Dahir Aweys
أحمد عبدي غودان|أحمد عبدي جودان	Ahmed Abdi Godane
أحمد نظيف	Ahmed Nazif
عاطف عبيد	Atef Ebeid
حبيب العادلي	Habib el-Adly
يوسف بطرس غالي	Youssef Boutros Ghali
صفوت الشريف	Safwat El-Sherif
فتحي سرور|أحمد فتحي سرور	Ahmad Fathi Sorour
زكريا عزمي	Zakaria Azmi
أنس الفقي	Anas el-Fiqqi
فاروق حسني	Farouk Hosny
سوزان مبارك	Suzanne Mubarak
علاء مبارك	Alaa Mubarak
أيمن نور	Ayman Nour
محمد مهدي عاكف	Mohammed Mahdi Akef
خيرت الشاطر	Khairat al-Shater
عصام العريان	Essam el-Erian
عبد المنعم أبو الفتوح|عبدالمنعم أبو الفتوح	Abdel Moneim Aboul Fotouh
عصام شرف	Essam Sharaf
هشام طلعت مصطفى	Hisham Talaat Moustafa
سعد الدين إبراهيم	Saad Eddin Ibrahim
وائل غنيم	Wael Ghonim
محمد ناجي عطري|ناجي عطري	Muhammad Naji al-Otari
آصف شوكت	Assef Shawkat
غازي كنعان	Ghazi Kanaan
رستم غزالة|رستم غزالي	Rustom Ghazaleh
علي مملوك	Ali Mamlouk
مصطفى طلاس	Mustafa Tlass
برهان غليون	Burhan Ghalioun
عبد الباسط سيدا|عبدالباسط سيدا	Abdulbaset Sieda
معاذ الخطيب|أحمد معاذ الخطيب	Moaz al-Khatib
رياض الأسعد	Riad al-Asaad
فيصل الفايز	Faisal al-Fayez
معروف البخيت	Marouf al-Bakhit
ناصر جودة	Nasser Judeh
مروان المعشر	Marwan Muasher
موسى كوسا	Moussa Koussa
عبد الرحمن شلقم|عبدالرحمن شلقم|شلقم	Abdel Rahman Shalgham
شكري غانم	Shukri Ghanem
عبد الله السنوسي|عبدالله السنوسي	Abdullah Senussi
عبد الفتاح يونس|عبدالفتاح يونس	Abdul Fatah Younis
محمود جبريل	Mahmoud Jibril
عبد الحكيم بلحاج|عبدالحكيم بلحاج	Abdelhakim Belhadj
المعتصم القذافي|المعتصم بالله القذافي	Mutassim Gaddafi
عبد الباسط المقرحي|عبدالباسط المقرحي|المقرحي	Abdelbaset al-Megrahi
محمد الغنوشي	Mohamed Ghannouchi
ليلى الطرابلسي|ليلى بن علي	Leila Ben Ali
فؤاد المبزع	Fouad Mebazaa
حمادي الجبالي	Hamadi Jebali
شكري بلعيد	Chokri Belaid
عبد العزيز بلخادم|عبدالعزيز بلخادم|بلخادم	Abdelaziz Belkhadem
علي بن فليس	Ali Benflis
يزيد زرهوني|نور الدين يزيد زرهوني|زرهوني	Noureddine Yazid Zerhouni
شكيب خليل	Chakib Khelil
محمد مدين|توفيق مدين	Mohamed Mediène
إدريس جطو	Driss Jettou
عباس الفاسي	Abbas El Fassi
الطيب الفاسي الفهري	Taieb Fassi Fihri
عبد الرحمن اليوسفي|عبدالرحمن اليوسفي	Abderrahmane Youssoufi
إدريس البصري	Driss Basri
اعل ولد محمد فال|علي ولد محمد فال	Ely Ould Mohamed Vall
سيدي محمد ولد الشيخ عبد الله|سيدي ولد الشيخ عبد الله	Sidi Ould Cheikh Abdallahi
كمال خرازي	Kamal Kharazi
غلام علي حداد عادل|حداد عادل	Gholam-Ali Haddad-Adel
محمد علي جعفري	Mohammad Ali Jafari
يحيى رحيم صفوي|رحيم صفوي	Yahya Rahim Safavi
أحمد وحيدي	Ahmad Vahidi
اسفنديار رحيم مشائي|رحيم مشائي|مشائي	Esfandiar Rahim Mashaei
محسن رضائي	Mohsen Rezaee
صادق لاريجاني|صادق آملي لاريجاني	Sadeq Larijani
حسين علي منتظري	Hussein-Ali Montazeri
عبد المالك ريغي|عبدالمالك ريغي|عبد الملك ريغي|عبدالملك ريغي|ريغي	Abdolmalek Rigi
علي باباجان|باباجان	Ali Babacan
أحمد نجدت سيزر|نجدت سيزر	Ahmet Necdet Sezer
أكمل الدين إحسان أوغلو|إحسان أوغلو	Ekmeleddin İhsanoğlu
شاؤول موفاز|موفاز	Shaul Mofaz
بنيامين بن أليعازر|بن أليعازر	Binyamin Ben-Eliezer
سيلفان شالوم	Silvan Shalom
دان حالوتس|حالوتس	Dan Halutz
غابي أشكنازي|جابي أشكنازي	Gabi Ashkenazi
موشيه يعلون|موشيه يعالون|يعلون	Moshe Ya'alon
عاموس جلعاد|عاموس غلعاد	Amos Gilad
مئير داغان|مائير داغان	Meir Dagan
آفي ديختر	Avi Dichter
داني أيالون	Danny Ayalon
عوفاديا يوسف	Ovadia Yosef
موشيه كتساف|موشيه كاتساف	Moshe Katsav
مردخاي فعنونو|فعنونو	Mordechai Vanunu
ستيفن هادلي	Stephen Hadley
إليوت أبرامز	Elliott Abrams
ديفيد ولش|ديفيد وولش	David Welch
جون نيغروبونتي|جون نيجروبونتي|نيغروبونتي	John Negroponte
ريان كروكر	Ryan Crocker
تومي فرانكس	Tommy Franks
جون أبي زيد	John Abizaid
ريموند أوديرنو|راي أوديرنو|أوديرنو	Raymond Odierno
ستانلي ماكريستال|ماكريستال	Stanley McChrystal
أنتوني زيني	Anthony Zinni
ريتشارد هولبروك|هولبروك	Richard Holbrooke
جورج تينيت	George Tenet
سارة بالين	Sarah Palin
يوشكا فيشر|جوشكا فيشر	Joschka Fischer
ميشيل أليو ماري|ميشال أليو ماري	Michèle Alliot-Marie
آلان جوبيه	Alain Juppé
فرانسوا فيون	François Fillon
ديفيد ميليباند	David Miliband
خوسيه مانويل باروسو|باروسو	José Manuel Barroso
هيرمان فان رومبوي|فان رومبوي	Herman Van Rompuy
دومينيك ستروس كان|دومينيك شتراوس كان	Dominique Strauss-Kahn
سيرغي إيفانوف|سيرجي إيفانوف	Sergei Ivanov
سيرغي ريابكوف|سيرجي ريابكوف|ريابكوف	Sergei Ryabkov
ميخائيل خودوركوفسكي|خودوركوفسكي	Mikhail Khodorkovsky
رومان أبراموفيتش|أبراموفيتش	Roman Abramovich
ألفارو دي سوتو	Alvaro de Soto
روبرت سيري	Robert Serry
يان إلياسون	Jan Eliasson
إبراهيم غمباري|غمباري	Ibrahim Gambari
جان بينغ	Jean Ping
جون هولمز	John Holmes
لويز أربور	Louise Arbour
نافي بيلاي	Navi Pillay
ريتشارد غولدستون|ريتشارد جولدستون|غولدستون	Richard Goldstone
ريتشارد فولك	Richard Falk
علي عبد السلام التريكي|علي التريكي	Ali Treki
جوزيف بلاتر|سيب بلاتر|جوزيف سيب بلاتر|بلاتر	Sepp Blatter
جاك روغ|جاك روج	Jacques Rogge
خوان أنطونيو سامارانش|سامارانش	Juan Antonio Samaranch
عيسى حياتو|حياتو	Issa Hayatou
محمد بن همام	Mohammed bin Hammam
سلمان بن إبراهيم آل خليفة|سلمان بن إبراهيم	Salman bin Ibrahim Al Khalifa
سمير زاهر	Samir Zaher
هاني أبو ريدة	Hany Abo Rida
سلطان بن فهد|سلطان بن فهد بن عبد العزيز	Sultan bin Fahd
نواف بن فيصل|نواف بن فيصل بن فهد	Nawaf bin Faisal
أوليفر كان	Oliver Kahn
ميخائيل بالاك|مايكل بالاك|بالاك	Michael Ballack
لوكاس بودولسكي|بودولسكي	Lukas Podolski
باستيان شفاينشتايغر|شفاينشتايغر	Bastian Schweinsteiger
ماركو ماتيراتزي|ماتيراتزي	Marco Materazzi
جينارو غاتوزو|جينارو جاتوزو	Gennaro Gattuso
فرناندو توريس	Fernando Torres
ويسلي سنايدر|ويسلي شنايدر	Wesley Sneijder
آريين روبن|أرين روبن	Arjen Robben
روبن فان بيرسي|فان بيرسي	Robin van Persie
غوس هيدينك|جوس هيدينك|هيدينك	Guus Hiddink
سفين غوران إريكسون|سفين جوران إريكسون	Sven-Göran Eriksson
ديفيد تريزيغيه|دافيد تريزيغيه	David Trezeguet
فرانك ريبيري|ريبيري	Franck Ribéry
أندريه شيفتشينكو|أندريه شفتشينكو|شيفتشينكو	Andriy Shevchenko
رفيق صايفي	Rafik Saïfi
نذير بلحاج	Nadir Belhadj
حاتم الطرابلسي	Hatem Trabelsi
راضي الجعايدي	Radhi Jaïdi
محمد الشلهوب	Mohammad Al-Shalhoub
حسني عبد ربه|حسني عبدربه	Hosny Abd Rabo
حسام غالي	Hossam Ghaly
صالح كامل	Saleh Kamel
محمد العمودي|محمد حسين العمودي	Mohammed Al Amoudi
بكر بن لادن	Bakr bin Laden
ناصر الخرافي	Nasser Al-Kharafi
خلف الحبتور	Khalaf Al Habtoor
محمد الفايد	Mohamed Al-Fayed
عدنان خاشقجي	Adnan Khashoggi
عصام فارس	Issam Fares
منيب المصري	Munib al-Masri
عماد الدين أديب	Emad El Din Adeeb
حمدي قنديل	Hamdi Kandil
تيسير علوني	Taysir Allouni
سامي الحاج	Sami al-Hajj
غسان بن جدو	Ghassan Ben Jeddou
مي شدياق	May Chidiac
سليمان أبو غيث	Sulaiman Abu Ghaith
أبو يحيى الليبي	Abu Yahya al-Libi
عطية عبد الرحمن|عطية عبدالرحمن	Atiyah Abd al-Rahman
محمد عطا	Mohamed Atta
رمزي بن الشيبة	Ramzi bin al-Shibh
أبو زبيدة	Abu Zubaydah
أبو حمزة المصري	Abu Hamza al-Masri
زكريا موسوي	Zacarias Moussaoui
حكيم الله محسود	Hakimullah Mehsud
`;
