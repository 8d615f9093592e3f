/**
 * Athletes and coaches the Arabic press has named since about 1990 (the project's own list, MIT,
 * written from general knowledge): footballers and coaches of the World Cups, the big clubs and the
 * Arab leagues, and champions of tennis, motor racing, athletics, boxing, basketball, swimming,
 * squash and handball. One a line: the usual name first, then variants and short forms, separated
 * by |, then after a tab the English name the hover shows. A surname alone is listed only where
 * it names that one person in the news (إبراهيموفيتش، مبابي; not زيدان, راموس or كين).
 * These names are found at run time only: training does not see them (gazetteer/training.ts),
 * so the model lends them what it learnt of the listed names of their class.
 */
export const SPORT_PEOPLE = `
روماريو	Romário
رونالدو نازاريو|رونالدو الظاهرة|رونالدو لويس نازاريو	Ronaldo Nazário
ريفالدو	Rivaldo
كافو	Cafu
روبرتو كارلوس	Roberto Carlos
كاكا|ريكاردو كاكا	Kaká
نيمار|نيمار دا سيلفا|نيمار جونيور	Neymar
فينيسيوس جونيور|فينيسيوس	Vinícius Júnior
زيكو	Zico
لويز فيليبي سكولاري|فيليبي سكولاري|سكولاري	Luiz Felipe Scolari
كارلوس ألبرتو باريرا|باريرا	Carlos Alberto Parreira
غابرييل باتيستوتا|جابرييل باتيستوتا|باتيستوتا	Gabriel Batistuta
خوان رومان ريكيلمي|ريكيلمي	Juan Román Riquelme
كارلوس تيفيز|تيفيز	Carlos Tevez
سيرجيو أغويرو|سيرخيو أغويرو|أغويرو|أجويرو	Sergio Agüero
أنخيل دي ماريا|أنخل دي ماريا|دي ماريا	Ángel Di María
غونزالو هيغواين|جونزالو هيجواين|هيغواين|هيجواين	Gonzalo Higuaín
ليونيل سكالوني|سكالوني	Lionel Scaloni
دييغو سيميوني|دييجو سيميوني|سيميوني	Diego Simeone
مارسيلو بيلسا|بيلسا	Marcelo Bielsa
لويس سواريز	Luis Suárez
إدينسون كافاني|كافاني	Edinson Cavani
خاميس رودريغيز|جيمس رودريغيز|خاميس رودريجيز	James Rodríguez
روبرتو باجيو|باجيو	Roberto Baggio
باولو مالديني|مالديني	Paolo Maldini
أليساندرو ديل بييرو|ديل بييرو	Alessandro Del Piero
فرانشيسكو توتي	Francesco Totti
جانلويجي بوفون|جيانلويجي بوفون|بوفون	Gianluigi Buffon
فابيو كانافارو|كانافارو	Fabio Cannavaro
أندريا بيرلو|بيرلو	Andrea Pirlo
سيموني إنزاغي|سيموني إنزاجي	Simone Inzaghi
كارلو أنشيلوتي|أنشيلوتي	Carlo Ancelotti
مارتشيلو ليبي|مارشيلو ليبي	Marcello Lippi
فابيو كابيلو|كابيلو	Fabio Capello
أنطونيو كونتي	Antonio Conte
روبرتو مانشيني|مانشيني	Roberto Mancini
كلاوديو رانييري|رانييري	Claudio Ranieri
ميشيل بلاتيني|بلاتيني	Michel Platini
إيريك كانتونا|كانتونا	Eric Cantona
ديدييه ديشامب|ديديه ديشان|ديشامب|ديشان	Didier Deschamps
باتريك فييرا	Patrick Vieira
كريم بنزيمة|بنزيمة|بنزيما	Karim Benzema
كيليان مبابي|مبابي	Kylian Mbappé
أنطوان غريزمان|أنطوان جريزمان|غريزمان|جريزمان	Antoine Griezmann
بول بوغبا|بول بوجبا|بوغبا|بوجبا	Paul Pogba
نغولو كانتي|إنغولو كانتي|كانتي	N'Golo Kanté
عثمان ديمبيلي	Ousmane Dembélé
أرسين فينغر|أرسين فينجر|فينغر|فينجر	Arsène Wenger
يورغن كلينسمان|يورجن كلينسمان|كلينسمان	Jürgen Klinsmann
لوثار ماتيوس|لوتار ماتيوس	Lothar Matthäus
ميروسلاف كلوزه|كلوزه	Miroslav Klose
مسعود أوزيل|أوزيل	Mesut Özil
توني كروس	Toni Kroos
فرانز بيكنباور|بيكنباور|بكنباور	Franz Beckenbauer
يواخيم لوف|يواكيم لوف	Joachim Löw
يورغن كلوب|يورجن كلوب	Jürgen Klopp
هانزي فليك	Hansi Flick
توماس توخيل|توخيل	Thomas Tuchel
راؤول غونزاليس|راؤول جونزاليس	Raúl González
إيكر كاسياس|كاسياس	Iker Casillas
تشافي هيرنانديز|تشافي	Xavi Hernández
أندريس إنييستا|إنييستا	Andrés Iniesta
سيرجيو راموس|سيرخيو راموس	Sergio Ramos
تشابي ألونسو	Xabi Alonso
لامين يامال|يامال	Lamine Yamal
فيسنتي ديل بوسكي|ديل بوسكي	Vicente del Bosque
لويس إنريكي	Luis Enrique
ميكيل أرتيتا|أرتيتا	Mikel Arteta
لويس فيغو|لويس فيجو	Luís Figo
كارلوس كيروش|كيروش	Carlos Queiroz
جورج جيسوس|خورخي خيسوس	Jorge Jesus
ستيفن جيرارد	Steven Gerrard
هاري كين	Harry Kane
جود بيلينغهام|جود بيلنغهام|بيلينغهام	Jude Bellingham
ماركو فان باستن|فان باستن	Marco van Basten
فرانك ريكارد|فرانك رايكارد|رايكارد	Frank Rijkaard
فيرجيل فان دايك|فيرجيل فان دييك|فان دايك	Virgil van Dijk
لويس فان خال|لويس فان غال|فان خال	Louis van Gaal
يوهان كرويف|كرويف	Johan Cruyff
كيفن دي بروين|كيفين دي بروين|دي بروين	Kevin De Bruyne
لوكا مودريتش|مودريتش	Luka Modrić
زلاتان إبراهيموفيتش|إبراهيموفيتش	Zlatan Ibrahimović
روبرت ليفاندوفسكي|ليفاندوفسكي|ليفاندوسكي	Robert Lewandowski
إرلينغ هالاند|إيرلينغ هالاند|هالاند	Erling Haaland
هاكان شكور|هاكان سوكور	Hakan Şükür
جورج ويا	George Weah
روجيه ميلا|روجر ميلا	Roger Milla
صامويل إيتو|إيتو	Samuel Eto'o
يايا توريه	Yaya Touré
جاي جاي أوكوتشا|أوكوتشا	Jay-Jay Okocha
فيكتور أوسيمين|أوسيمين	Victor Osimhen
ساديو ماني	Sadio Mané
الحاجي ضيوف|الحاج ضيوف	El Hadji Diouf
برونو ميتسو|ميتسو	Bruno Metsu
هيرفي رينارد|هيرفيه رينار	Hervé Renard
فيليب تروسييه|تروسييه	Philippe Troussier
مانويل جوزيه	Manuel José
وحيد خليلوزيتش|وحيد حاليلوزيتش	Vahid Halilhodžić
جورفان فييرا	Jorvan Vieira
محمد أبو تريكة|أبو تريكة|ابوتريكة	Mohamed Aboutrika
حسام حسن	Hossam Hassan
إبراهيم حسن	Ibrahim Hassan
أحمد حسن	Ahmed Hassan
عصام الحضري	Essam El Hadary
محمد زيدان	Mohamed Zidan
عمرو زكي	Amr Zaki
محمد بركات	Mohamed Barakat
وائل جمعة	Wael Gomaa
أحمد حسام ميدو	Ahmed Hossam Mido
حازم إمام	Hazem Emam
محمود الخطيب	Mahmoud El Khatib
محمد النني|النني	Mohamed Elneny
عمر مرموش|مرموش	Omar Marmoush
محمود تريزيغيه|محمود حسن تريزيغيه	Mahmoud Trézéguet
شيكابالا	Shikabala
أحمد فتحي	Ahmed Fathy
عماد متعب	Emad Moteab
حسن شحاتة	Hassan Shehata
محمود الجوهري	Mahmoud El-Gohary
سامي الجابر	Sami Al-Jaber
ماجد عبد الله|ماجد عبدالله	Majed Abdullah
ياسر القحطاني	Yasser Al-Qahtani
محمد الدعيع	Mohamed Al-Deayea
نواف التمياط	Nawaf Al-Temyat
سعيد العويران	Saeed Al-Owairan
سالم الدوسري	Salem Al-Dawsari
محمد نور	Mohammed Noor
حمد المنتشري	Hamad Al-Montashari
ناصر الشمراني	Nasser Al-Shamrani
بادو الزاكي	Badou Zaki
مصطفى حجي	Mustapha Hadji
نور الدين النيبت	Noureddine Naybet
مروان الشماخ	Marouane Chamakh
حكيم زياش|زياش	Hakim Ziyech
أشرف حكيمي	Achraf Hakimi
ياسين بونو	Yassine Bounou
سفيان أمرابط	Sofyan Amrabat
يوسف النصيري	Youssef En-Nesyri
وليد الركراكي|الركراكي	Walid Regragui
رابح ماجر|ماجر	Rabah Madjer
لخضر بلومي	Lakhdar Belloumi
رياض محرز	Riyad Mahrez
إسلام سليماني	Islam Slimani
ياسين براهيمي	Yacine Brahimi
سفيان فيغولي|سفيان فيجولي|فيغولي	Sofiane Feghouli
إسماعيل بن ناصر	Ismaël Bennacer
مجيد بوقرة	Madjid Bougherra
عنتر يحيى	Antar Yahia
كريم زياني	Karim Ziani
جمال بلماضي|بلماضي	Djamel Belmadi
رابح سعدان	Rabah Saâdane
طارق ذياب	Tarak Dhiab
يوسف المساكني	Youssef Msakni
وهبي الخزري	Wahbi Khazri
نبيل معلول	Nabil Maâloul
روجيه لومير	Roger Lemerre
عمر عبد الرحمن|عمر عبدالرحمن	Omar Abdulrahman
إسماعيل مطر	Ismail Matar
علي مبخوت	Ali Mabkhout
أحمد خليل	Ahmed Khalil
المعز علي	Almoez Ali
أكرم عفيف	Akram Afif
حسن الهيدوس	Hassan Al-Haydos
فيليكس سانشيز	Félix Sánchez
جاسم يعقوب	Jasem Yaqoub
بشار عبد الله	Bashar Abdullah
علي الحبسي	Ali Al-Habsi
عماد الحوسني	Emad Al-Hosni
يونس محمود	Younis Mahmoud
حسين سعيد	Hussein Saeed
أحمد راضي	Ahmed Radhi
عدنان درجال	Adnan Dirjal
نشأت أكرم	Nashat Akram
هوار ملا محمد	Hawar Mulla Mohammed
عدنان حمد	Adnan Hamad
علي عدنان	Ali Adnan
أيمن حسين	Aymen Hussein
عامر شفيع	Amer Shafi
موسى التعمري	Musa Al-Taamari
يزن النعيمات	Yazan Al-Naimat
حسين عموتة	Hussein Ammouta
عمر السومة	Omar Al-Soma
فراس الخطيب	Firas Al-Khatib
عمر خربين	Omar Kharbin
نوفاك ديوكوفيتش|نوفاك دجوكوفيتش|ديوكوفيتش|دجوكوفيتش	Novak Djokovic
آندي موراي	Andy Murray
بيت سامبراس|سامبراس	Pete Sampras
أندريه أغاسي|أندريه أجاسي|أغاسي|أجاسي	Andre Agassi
بوريس بيكر	Boris Becker
سيرينا ويليامز|سيرينا وليامز	Serena Williams
ماريا شارابوفا|شارابوفا	Maria Sharapova
كارلوس ألكاراز|ألكاراز	Carlos Alcaraz
يانيك سينر	Jannik Sinner
أرينا سابالينكا|سابالينكا	Aryna Sabalenka
أنس جابر	Ons Jabeur
يونس العيناوي	Younes El Aynaoui
لويس هاميلتون	Lewis Hamilton
سيباستيان فيتيل|فيتيل	Sebastian Vettel
فرناندو ألونسو	Fernando Alonso
ماكس فيرستابن|فيرستابن	Max Verstappen
أيرتون سينا	Ayrton Senna
كيمي رايكونن|رايكونن	Kimi Räikkönen
شارل لوكلير|لوكلير	Charles Leclerc
ناصر العطية	Nasser Al-Attiyah
هشام الكروج|الكروج	Hicham El Guerrouj
نوال المتوكل	Nawal El Moutawakel
سعيد عويطة|عويطة	Saïd Aouita
خالد السكاح	Khalid Skah
إبراهيم بوطيب	Brahim Boutayeb
نزهة بدوان	Nezha Bidouane
حسناء بنحسي	Hasna Benhassi
جواد غريب	Jaouad Gharib
سفيان البقالي	Soufiane El Bakkali
حسيبة بولمرقة|بولمرقة	Hassiba Boulmerka
نور الدين مرسلي	Noureddine Morceli
توفيق مخلوفي	Taoufik Makhloufi
غادة شعاع	Ghada Shouaa
معتز برشم|برشم	Mutaz Essa Barshim
رشيد رمزي	Rashid Ramzi
سلوى عيد ناصر	Salwa Eid Naser
هادي صوعان	Hadi Souan
محمد القمودي	Mohammed Gammoudi
يوسين بولت|أوسين بولت	Usain Bolt
كارل لويس	Carl Lewis
هايلي جبريسيلاسي|هايلي غبريسيلاسي|جبريسيلاسي	Haile Gebrselassie
مو فرح	Mo Farah
إليود كيبتشوغي|كيبتشوغي	Eliud Kipchoge
مايك تايسون	Mike Tyson
إيفاندر هوليفيلد|هوليفيلد	Evander Holyfield
فلويد مايويذر|مايويذر	Floyd Mayweather
ماني باكياو|باكياو	Manny Pacquiao
أنتوني جوشوا	Anthony Joshua
تايسون فيوري	Tyson Fury
أولكسندر أوسيك|أوليكساندر أوسيك	Oleksandr Usyk
نسيم حميد	Naseem Hamed
إيمان خليف	Imane Khelif
حبيب نورمحمدوف|خبيب نورمحمدوف|نورمحمدوف	Khabib Nurmagomedov
كونور ماكغريغور|كونور ماكجريجور|ماكغريغور	Conor McGregor
كوبي براينت	Kobe Bryant
ليبرون جيمس	LeBron James
شاكيل أونيل|شاكيل أونيال	Shaquille O'Neal
ستيفن كوري	Stephen Curry
كريم عبد الجبار	Kareem Abdul-Jabbar
حكيم أولاجوون	Hakeem Olajuwon
فادي الخطيب	Fadi El Khatib
مايكل فيلبس|فيلبس	Michael Phelps
أسامة الملولي|الملولي	Oussama Mellouli
أحمد الحفناوي	Ahmed Hafnaoui
فريدة عثمان	Farida Osman
علي فرج	Ali Farag
نور الشربيني	Nour El Sherbini
محمد الشوربجي	Mohamed El Shorbagy
رامي عاشور	Ramy Ashour
عمرو شبانة	Amr Shabana
رنيم الوليلي	Raneem El Weleily
أحمد الأحمر	Ahmed El-Ahmar
وسام حمام	Wissem Hmam
كرم جابر	Karam Gaber
فريال أشرف	Feryal Abdelaziz
هداية ملاك	Hedaya Malak
أحمد الجندي	Ahmed Elgendy
أحمد أبو غوش	Ahmad Abughaush
أحمد بن حشر آل مكتوم	Ahmed bin Hasher Al Maktoum
فهيد الديحاني	Fehaid Al-Deehani
تايغر وودز|تايجر وودز	Tiger Woods
غاري كاسباروف|جاري كاسباروف|كاسباروف	Garry Kasparov
`;
