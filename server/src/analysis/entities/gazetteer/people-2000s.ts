/**
 * People the Arabic press named often between 2003 and 2008 whom the other people lists do not
 * hold (the project's own list, MIT, written from general knowledge): Iraqi ministers, MPs,
 * clerics and militia leaders of the Governing Council and the Jaafari and Maliki years, Lebanese
 * MPs, ministers and clerics of March 14 and March 8, ministers of the Haniyeh government, Hamas,
 * Fatah and the prisoners, Israeli ministers, generals and Knesset members of 2006, Iranian
 * ministers and negotiators, and Jordanian, Syrian, Yemeni and Gulf officials of those years.
 * people-2000s-more.ts holds Egypt, the Maghreb, Sudan and Somalia, the West and the UN, sport
 * and the arts. One a line: the usual name first, then variants and short forms, separated by |,
 * then after a tab the English name the hover shows. A surname alone is listed only where it
 * names that one person in the news (هيرشزون، الدردري; not الربيعي, الشمري or القنطار).
 * These names are found at run time only: training does not see them (gazetteer/training.ts),
 * so the model lends them what it learnt of the listed names of their class.
 */
export const NEWS_2000S_PEOPLE = `
محسن عبد الحميد|محسن عبدالحميد	Mohsen Abdul Hamid
موفق الربيعي	Mowaffak al-Rubaie
نصير الجادرجي|نصير كامل الجادرجي	Naseer al-Chaderchi
عز الدين سليم|عزالدين سليم	Ezzedine Salim
سمير الصميدعي|سمير شاكر محمود الصميدعي|سمير شاكر الصميدعي	Samir Sumaidaie
عقيلة الهاشمي	Aqila al-Hashimi
صلاح الدين بهاء الدين	Salaheddine Bahaaeddin
يونادم كنا|يونادم كنه	Yonadam Kanna
عبد الكريم المحمداوي|عبدالكريم المحمداوي|أمير الأهوار	Abdul Karim al-Mohammedawi
محمد بحر العلوم	Mohammad Bahr al-Uloum
إبراهيم بحر العلوم	Ibrahim Bahr al-Uloum
ثامر الغضبان	Thamir Ghadhban
علي علاوي|علي عبد الأمير علاوي	Ali Allawi
عبد الفلاح السوداني|عبدالفلاح السوداني	Abdul Falah al-Sudani
عبد مطلك الجبوري	Abed Mutlaq al-Jabouri
شيروان الوائلي	Shirwan al-Waili
سلام الزوبعي	Salam al-Zawbaie
عباس البياتي	Abbas al-Bayati
سامي العسكري	Sami al-Askari
عزت الشابندر	Izzat al-Shahbandar
حاجم الحسني	Hajim al-Hassani
جواد الخالصي	Jawad al-Khalisi
أحمد الكبيسي	Ahmad al-Kubaisi
حازم الأعرجي	Hazim al-Araji
صلاح العبيدي	Salah al-Obeidi
عبد المهدي الكربلائي|عبدالمهدي الكربلائي	Abdul Mahdi al-Karbalai
أحمد الصافي	Ahmed al-Safi
محمد رضا السيستاني	Muhammad Rida al-Sistani
أبو درع|إسماعيل اللامي	Abu Deraa
عبد الله الجنابي|عبدالله الجنابي	Abdullah al-Janabi
عواد البندر|عواد حمد البندر	Awad al-Bandar
وطبان إبراهيم الحسن|وطبان التكريتي	Watban Ibrahim al-Hassan
سبعاوي إبراهيم الحسن|سبعاوي التكريتي	Sabawi Ibrahim al-Hassan
ساجدة خير الله طلفاح|ساجدة طلفاح	Sajida Talfah
محمد الدايني	Mohammed al-Dayni
حميد الهايس	Hamid al-Hais
نوشيروان مصطفى|نوشيروان مصطفى أمين	Nawshirwan Mustafa
هيرو إبراهيم أحمد|هيرو أحمد	Hero Ibrahim Ahmed
سفين دزيي|سفين دزه يي	Safeen Dizayee
جاي غارنر|جاي جارنر	Jay Garner
مارك كيميت	Mark Kimmitt
وليام كالدويل|ويليام كالدويل	William Caldwell
جعفر الموسوي	Jaafar al-Moussawi
خليل الدليمي	Khalil al-Dulaimi
رمزي كلارك	Ramsey Clark
قاسم عطا|قاسم عطا الموسوي	Qassim Atta
عبود قنبر	Abboud Qanbar
بابكر زيباري	Babaker Zebari
مارغريت حسن	Margaret Hassan
كينيث بيغلي|كينيث بيجلي	Kenneth Bigley
نيك بيرغ|نيكولاس بيرغ	Nick Berg
جوليانا سغرينا|جوليانا سيغرينا	Giuliana Sgrena
فلورانس أوبنا|فلورنس أوبينا|فلورانس أوبينا	Florence Aubenas
جيل كارول	Jill Carroll
جهاد أزعور|أزعور	Jihad Azour
شارل رزق	Charles Rizk
ميشال فرعون|ميشيل فرعون	Michel Pharaon
نبيل دو فريج|نبيل دي فريج	Nabil de Freige
جان أوغاسابيان|جان اوغاسبيان	Jean Oghassabian
محمد الصفدي	Mohammad Safadi
طراد حمادة	Trad Hamadeh
إلياس عطا الله|الياس عطاالله	Elias Atallah
سمير فرنجية	Samir Frangieh
أنطوان زهرا	Antoine Zahra
جورج عدوان	George Adwan
ستريدا جعجع	Strida Geagea
مصطفى علوش	Mustafa Alloush
عمار حوري	Ammar Houri
أكرم شهيب	Akram Chehayeb
وائل أبو فاعور	Wael Abu Faour
غازي العريضي	Ghazi Aridi
إبراهيم كنعان	Ibrahim Kanaan
عصام أبو جمرة	Issam Abu Jamra
حسن فضل الله|حسن فضلالله	Hassan Fadlallah
نواف الموسوي	Nawaf al-Moussawi
حسين الحاج حسن	Hussein Hajj Hassan
محمود قماطي	Mahmoud Komati
عبد الرحيم مراد|عبدالرحيم مراد	Abdel Rahim Mrad
أسامة سعد	Osama Saad
ناصر قنديل	Nasser Kandil
إيلي الفرزلي	Elie Ferzli
إلياس سكاف	Elias Skaff
عبد الأمير قبلان|عبدالأمير قبلان	Abdul Amir Qabalan
علي الأمين	Ali al-Amin
عفيف النابلسي	Afif al-Nabulsi
فتحي يكن	Fathi Yakan
نسيب لحود	Nassib Lahoud
مصطفى حمدان	Mustafa Hamdan
محمد شطح	Mohamad Chatah
سمير القنطار	Samir Kuntar
غريغوريوس الثالث لحام|غريغوريوس لحام	Gregorios III Laham
دوري شمعون	Dory Chamoun
عمر عبد الرازق|عمر عبدالرازق	Omar Abdel Razeq
ناصر الدين الشاعر|ناصر الشاعر	Nasser al-Din al-Shaer
عاطف عدوان	Atef Adwan
باسم نعيم	Basem Naim
يوسف رزقة	Youssef Rizqa
غازي حمد	Ghazi Hamad
جمال الخضري	Jamal al-Khudari
زياد أبو عمرو	Ziad Abu Amr
هاني القواسمي	Hani al-Qawasmi
إسماعيل رضوان	Ismail Radwan
صلاح البردويل	Salah al-Bardawil
محمد نزال	Mohammad Nazzal
عزت الرشق	Izzat al-Rishq
عماد العلمي	Imad al-Alami
طاهر النونو	Taher al-Nounou
إيهاب الغصين	Ehab al-Ghussein
خالد البطش	Khaled al-Batsh
نافذ عزام	Nafez Azzam
أبو ماهر غنيم	Mohammed Ghneim
عباس زكي	Abbas Zaki
رشيد أبو شباك	Rashid Abu Shbak
الطيب عبد الرحيم|الطيب عبدالرحيم	Tayeb Abdel Rahim
أحمد حلس	Ahmed Helles
قدورة فارس	Qadura Fares
محمود العالول	Mahmoud al-Aloul
هاني الحسن	Hani al-Hassan
سليم الزعنون	Salim Zanoun
تيسير خالد	Tayseer Khaled
قيس عبد الكريم|قيس عبدالكريم	Qais Abdul Karim
بسام الصالحي	Bassam al-Salhi
زياد أبو عين	Ziad Abu Ein
عيسى قراقع	Issa Qaraqe
كريم يونس	Karim Younis
عبد الله البرغوثي|عبدالله البرغوثي	Abdullah Barghouti
نائل البرغوثي	Nael Barghouti
فدوى البرغوثي	Fadwa Barghouti
آلان جونستون	Alan Johnston
ممتاز دغمش	Mumtaz Dughmush
نمر حماد	Nimr Hammad
إبراهيم المقادمة	Ibrahim al-Maqadmeh
محمود أبو هنود	Mahmoud Abu Hanoud
يحيى عياش	Yahya Ayyash
عدنان الغول	Adnan al-Ghoul
جمال أبو سمهدانة	Jamal Abu Samhadana
محمود رمحي	Mahmoud al-Ramahi
روني بار أون|روني بارأون	Roni Bar-On
أبراهام هيرشزون|أفراهام هيرشزون|هيرشزون	Avraham Hirschson
مئير شطريت|مائير شطريت|شطريت	Meir Sheetrit
رافي إيتان	Rafi Eitan
غالب مجادلة|راليب مجادلة	Raleb Majadele
أوفير بينيس|أوفير بينيس باز|أوفير باينس	Ophir Pines-Paz
داليا إيتسيك|داليا إيتزيك	Dalia Itzik
رؤوفين ريفلين|رؤوبين ريفلين|روفين ريفلين	Reuven Rivlin
يوسي بيلين|بيلين	Yossi Beilin
عامي أيالون|عامي أيلون	Ami Ayalon
داني ياتوم	Danny Yatom
عوزي لانداو	Uzi Landau
بيني إيلون|بني ألون	Benny Elon
إيفي إيتام	Effi Eitam
زهافا غالئون|زهافا غلئون	Zehava Gal-On
جمال زحالقة	Jamal Zahalka
طلب الصانع	Taleb el-Sana
إبراهيم صرصور	Ibrahim Sarsur
أودي آدم	Udi Adam
غال هيرش|جال هيرش	Gal Hirsch
عاموس يادلين|يادلين	Amos Yadlin
غادي آيزنكوت|جادي آيزنكوت|آيزنكوت	Gadi Eisenkot
ميري ريغيف|ميري ريغف|ميري ريجيف	Miri Regev
آفي بنياهو	Avi Benayahu
إلياهو فينوغراد|فينوغراد	Eliyahu Winograd
ميني مزوز|مناحيم مزوز	Menachem Mazuz
تساحي هنغبي|تساحي هانغبي	Tzachi Hanegbi
عمرام متسناع|عمرام ميتسناع	Amram Mitzna
تومي لبيد|يوسف لبيد	Tommy Lapid
ناتان شارانسكي|نتان شارانسكي|شارانسكي	Natan Sharansky
يوسي ساريد	Yossi Sarid
أفراهام بورغ|أبراهام بورغ	Avraham Burg
داني غيلرمان|دان غيلرمان|داني جيلرمان	Dan Gillerman
عاموس عوز	Amos Oz
ديفيد غروسمان|دافيد غروسمان	David Grossman
إيهود غولدفاسر|إيهود جولدفاسر	Ehud Goldwasser
إلداد ريغيف	Eldad Regev
رون أراد	Ron Arad
يغآل عمير|إيغال عمير	Yigal Amir
مصطفى محمد نجار	Mostafa Mohammad-Najjar
غلام حسين إلهام|غلامحسين إلهام	Gholam-Hossein Elham
برويز داودي	Parviz Davoodi
داود دانش جعفري	Davoud Danesh-Jafari
مصطفى بور محمدي|مصطفى بورمحمدي	Mostafa Pourmohammadi
غلام حسين محسني إيجئي|محسني إيجئي|غلام حسين محسني ايجه اي|محسني إيجه إي	Gholam-Hossein Mohseni-Eje'i
محمد حسين صفار هرندي|صفار هرندي	Mohammad-Hossein Saffar Harandi
محمد علي حسيني	Mohammad Ali Hosseini
حميد رضا آصفي|حميدرضا آصفي	Hamid Reza Asefi
جواد وعيدي	Javad Vaeedi
حسن كاظمي قمي	Hassan Kazemi Qomi
علي أكبر محتشمي بور|محتشمي بور|علي أكبر محتشمي	Ali Akbar Mohtashamipur
محمد باقر ذو القدر|محمد باقر ذوالقدر	Mohammad Bagher Zolghadr
محمد رضا خاتمي	Mohammad-Reza Khatami
محمد علي أبطحي|أبطحي	Mohammad Ali Abtahi
محمود هاشمي شاهرودي|هاشمي شاهرودي	Mahmoud Hashemi Shahroudi
محمد تقي مصباح يزدي|مصباح يزدي	Mohammad-Taqi Mesbah-Yazdi
أحمد خاتمي	Ahmad Khatami
حسين شريعتمداري	Hossein Shariatmadari
علي رضا جعفر زاده|علي رضا جعفرزاده	Alireza Jafarzadeh
مسعود رجوي	Massoud Rajavi
فائزة هاشمي|فائزة هاشمي رفسنجاني	Faezeh Hashemi
علي أكبر ناطق نوري|ناطق نوري	Ali Akbar Nategh-Nouri
عطاء الله مهاجراني|مهاجراني	Ataollah Mohajerani
علاء الدين بروجردي	Alaeddin Boroujerdi
محمد جواد لاريجاني	Mohammad-Javad Larijani
حسين موسويان	Hossein Mousavian
حسن فيروز آبادي|حسن فيروزآبادي	Hassan Firouzabadi
محمد رضا نقدي	Mohammad Reza Naqdi
إسماعيل أحمدي مقدم	Esmail Ahmadi-Moghaddam
روكسانا صابري	Roxana Saberi
هالة أسفندياري	Haleh Esfandiari
عدنان بدران	Adnan Badran
علي أبو الراغب	Ali Abu al-Ragheb
عبد الكريم الكباريتي|عبدالكريم الكباريتي|الكباريتي	Abdul Karim al-Kabariti
عبد الإله الخطيب|عبدالإله الخطيب	Abdelelah al-Khatib
هاني الملقي	Hani Mulki
عبد الرؤوف الروابدة|عبدالرؤوف الروابدة	Abdul Raouf al-Rawabdeh
زيد الرفاعي	Zaid al-Rifai
باسم عوض الله	Bassem Awadallah
محمد الذهبي	Mohammad al-Dahabi
سميح البطيخي	Samih Batikhi
همام سعيد	Hammam Saeed
زكي بني ارشيد|زكي بني رشيد|بني ارشيد	Zaki Bani Rsheid
عبد الهادي المجالي|عبدالهادي المجالي	Abdul Hadi al-Majali
عبد السلام المجالي|عبدالسلام المجالي	Abdelsalam al-Majali
توجان الفيصل	Toujan al-Faisal
ليث شبيلات	Laith Shubeilat
ساجدة الريشاوي|ساجدة مبارك الريشاوي	Sajida al-Rishawi
عبد الله النسور|عبدالله النسور	Abdullah Ensour
عبد الله الدردري|عبدالله الدردري|الدردري	Abdullah al-Dardari
عماد مصطفى	Imad Moustapha
نجاح العطار	Najah al-Attar
بهجت سليمان	Bahjat Suleiman
علي حبيب|علي حبيب محمود	Ali Habib Mahmoud
محمد ناصيف|محمد ناصيف خير بك	Mohammed Nasif Kheirbek
هشام بختيار|هشام اختيار	Hisham Ikhtiyar
رياض الترك	Riad al-Turk
عارف دليلة	Arif Dalila
رياض سيف	Riad Seif
مأمون الحمصي	Maamoun al-Homsi
كمال اللبواني	Kamal al-Labwani
أنور البني	Anwar al-Bunni
علي صدر الدين البيانوني|البيانوني	Ali Sadreddine Bayanouni
أحمد بدر الدين حسون|أحمد حسون	Ahmad Badreddin Hassoun
بدر الدين الحوثي	Badreddin al-Houthi
يحيى الحوثي|يحيى بدر الدين الحوثي	Yahya al-Houthi
يحيى محمد عبد الله صالح|يحيى محمد صالح|يحيى صالح	Yahya Mohammed Abdullah Saleh
عمار محمد عبد الله صالح|عمار صالح	Ammar Mohammed Abdullah Saleh
طارق محمد عبد الله صالح|طارق صالح	Tareq Saleh
عبد الوهاب الآنسي|عبدالوهاب الآنسي	Abdulwahab al-Anisi
ياسين سعيد نعمان	Yasin Said Numan
فيصل بن شملان	Faisal bin Shamlan
محمد اليدومي|محمد عبد الله اليدومي	Mohammed al-Yadoumi
عبد القادر هلال|عبدالقادر هلال	Abdulqader Hilal
يحيى الراعي|يحيى علي الراعي	Yahya al-Ra'i
جمال البدوي	Jamal al-Badawi
فهد القصع	Fahd al-Quso
عبد العزيز الخويطر|عبدالعزيز الخويطر	Abdulaziz al-Khowaiter
عبد الله الحصين|عبدالله الحصين	Abdullah al-Hussayen
فيصل بن معمر|فيصل بن عبد الرحمن بن معمر	Faisal bin Muammar
يوسف العييري	Yousef al-Ayeri
ناصر العمر	Nasser al-Omar
جابر الخالد الصباح|جابر الخالد	Jaber Al-Khaled Al-Sabah
رولا دشتي	Rola Dashti
معصومة المبارك	Massouma al-Mubarak
حمد بن زايد|حمد بن زايد آل نهيان	Hamed bin Zayed Al Nahyan
خليل المرزوق	Khalil al-Marzooq
حسن مشيمع	Hassan Mushaima
`;
