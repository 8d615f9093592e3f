/**
 * More people the Arabic press named often between 2003 and 2008, beside people-2000s.ts: Egyptian
 * ministers, judges, opposition figures and businessmen of the Mubarak years, Maghreb and Libyan
 * officials, Somali, Sudanese and Darfur figures, Bush administration officials, members of
 * Congress, European ministers, UN officials and envoys, players of the 2006 World Cup and the
 * African Cup, and Arab singers, actors and writers. The project's own list (MIT), written from
 * general knowledge; one a line as in people-2000s.ts, a one-word short form only where it names
 * that one person in the news (بولسون، ماكيليلي; not زقزوق, a Saudi family too, nor كانو, a city).
 * Found at run time only: training does not see them (gazetteer/training.ts).
 */
export const MORE_NEWS_2000S_PEOPLE = `
زهير جرانة	Zoheir Garrana
حاتم الجبلي	Hatem El Gabaly
محمود أبو زيد	Mahmoud Abu Zeid
أمين أباظة	Amin Abaza
يوسف والي	Youssef Wali
كمال الشاذلي	Kamal el-Shazly
علي الدين هلال	Ali El Din Hilal
حسين كامل بهاء الدين	Hussein Kamel Bahaa El-Din
يسري الجمل	Yousry El-Gamal
هاني هلال	Hany Helal
أحمد زكي بدر	Ahmed Zaki Badr
عائشة عبد الهادي|عائشة عبدالهادي	Aisha Abdel Hadi
مشيرة خطاب	Moushira Khattab
فايزة أبو النجا	Fayza Aboul Naga
عثمان محمد عثمان	Othman Mohamed Othman
طارق كامل	Tarek Kamel
ممدوح مرعي	Mamdouh Marei
محمد إبراهيم سليمان	Mohamed Ibrahim Soliman
علي مصيلحي|علي المصيلحي	Ali Moselhi
محمود حمدي زقزوق|حمدي زقزوق	Mahmoud Hamdi Zakzouk
محمد أبو العينين	Mohamed Abou El Enein
طلعت السادات	Talaat Sadat
مصطفى الفقي	Mostafa El-Feki
جورج إسحاق	George Ishak
عبد الحليم قنديل|عبدالحليم قنديل	Abdel Halim Qandil
رفعت السعيد	Rifaat el-Said
نعمان جمعة	Noman Gomaa
محمود أباظة	Mahmoud Abaza
منير فخري عبد النور|منير فخري عبدالنور	Mounir Fakhry Abdel Nour
أسامة الغزالي حرب	Osama Ghazali Harb
يحيى الجمل	Yehia El-Gamal
أحمد كمال أبو المجد	Ahmed Kamal Abul Magd
طارق البشري	Tarek El-Bishry
محمد سليم العوا|سليم العوا	Mohamed Selim El-Awa
فهمي هويدي	Fahmy Howeidy
مكرم محمد أحمد	Makram Mohamed Ahmed
إبراهيم نافع	Ibrahim Nafie
ممدوح إسماعيل	Mamdouh Ismail
صلاح دياب	Salah Diab
سميح ساويرس	Samih Sawiris
إسماعيل الشاعر	Ismail el-Shaer
زكريا عبد العزيز|زكريا عبدالعزيز	Zakaria Abdel Aziz
هشام البسطويسي|البسطويسي	Hisham Bastawisi
محمود مكي	Mahmoud Mekki
محمود الخضيري	Mahmoud el-Khodeiry
عبد المجيد محمود|عبدالمجيد محمود	Abdel Meguid Mahmoud
محمد البلتاجي	Mohamed Beltagy
محمود عزت	Mahmoud Ezzat
محمود غزلان	Mahmoud Ghozlan
الأنبا بيشوي	Bishop Bishoy
فاروق العقدة	Farouk El-Okdah
شكيب بن موسى|شكيب بنموسى	Chakib Benmoussa
فتح الله ولعلو|فتح الله والعلو|ولعلو	Fathallah Oualalou
محمد نبيل بن عبد الله|نبيل بنعبد الله|محمد نبيل بنعبد الله	Mohamed Nabil Benabdallah
محمد اليازغي|اليازغي	Mohamed El Yazghi
عبد الواحد الراضي|عبدالواحد الراضي	Abdelwahed Radi
مصطفى المنصوري	Mustapha Mansouri
أحمد التوفيق	Ahmed Toufiq
حميدو لعنيكري|حميدو العنيكري	Hamidou Laanigri
ياسين المنصوري	Yassine Mansouri
حسني بن سليمان|حسني بنسليمان	Housni Benslimane
نادية ياسين	Nadia Yassine
مصطفى الرميد	Mustapha Ramid
صلاح الدين مزوار|مزوار	Salaheddine Mezouar
مولاي رشيد	Prince Moulay Rachid
مولاي هشام	Prince Moulay Hicham
للا سلمى|لالة سلمى	Lalla Salma
بيتر فان فالسوم|فان فالسوم	Peter van Walsum
العربي بلخير|محمد العربي بلخير	Larbi Belkheir
محمد العماري	Mohamed Lamari
عبد اللطيف بن أشنهو|عبداللطيف بن أشنهو	Abdellatif Benachenhou
أبو جرة سلطاني|بوجرة سلطاني	Bouguerra Soltani
لويزة حنون	Louisa Hanoune
سعيد سعدي	Said Sadi
حسين آيت أحمد|آيت أحمد	Hocine Aït Ahmed
عبد الله جاب الله|عبدالله جاب الله	Abdallah Djaballah
مدني مزراق	Madani Mezrag
عبد الحميد مهري|عبدالحميد مهري	Abdelhamid Mehri
مولود حمروش	Mouloud Hamrouche
عماري صايفي|عبد الرزاق البارا|عبد الرزاق البارة	Amari Saifi
عبد الحميد تمار|عبدالحميد تمار	Abdelhamid Temmar
عبد الوهاب عبد الله|عبدالوهاب عبدالله	Abdelwahab Abdallah
كمال مرجان	Kamel Morjane
الحبيب بن يحيى	Habib Ben Yahia
رفيق بلحاج قاسم	Rafik Belhaj Kacem
عبد الله القلال|عبدالله القلال	Abdallah Kallel
أحمد نجيب الشابي|نجيب الشابي	Ahmed Najib Chebbi
مية الجريبي|مي الجريبي	Maya Jribi
بلحسن الطرابلسي	Belhassen Trabelsi
سهام بن سدرين	Sihem Bensedrine
أحمد ولد داداه	Ahmed Ould Daddah
مسعود ولد بلخير	Messaoud Ould Boulkheir
الزين ولد زيدان	Zeine Ould Zeidane
عبد السلام جلود|عبدالسلام جلود	Abdessalam Jalloud
أبو بكر يونس جابر|أبوبكر يونس جابر	Abu-Bakr Yunis Jabr
الخويلدي الحميدي	Khuwaildi Hamidi
أحمد قذاف الدم	Ahmed Gaddaf al-Dam
هانيبال القذافي|هنيبعل القذافي	Hannibal Gaddafi
خميس القذافي	Khamis Gaddafi
محمد القذافي|محمد معمر القذافي	Muhammad Gaddafi
عبد العاطي العبيدي|عبدالعاطي العبيدي	Abdul Ati al-Obeidi
علي محمد جيدي|علي جيدي|علي محمد غيدي	Ali Mohamed Gedi
شريف حسن شيخ آدم|شريف حسن شيخ آدن	Sharif Hassan Sheikh Aden
نور حسن حسين	Nur Hassan Hussein
حسين فارح عيديد|حسين محمد فارح عيديد|حسين عيديد	Hussein Farrah Aidid
محمد قنياري أفرح|محمد قنيري أفرح	Mohamed Qanyare Afrah
موسى سودي يلحو|موسى سودي يالاهو	Muse Sudi Yalahow
يوسف محمد سياد إنداعدي|يوسف إنداعدي|يوسف سياد إنداعدي	Yusuf Mohamed Siad Indha'adde
عدن حاشي عيرو|آدم حاشي عيرو|عدن حاشي فارح عيرو	Aden Hashi Farah Ayro
حسن عبد الله حرسي التركي|حسن عبدالله حرسي التركي	Hassan Abdullah Hersi al-Turki
عبد القاسم صلاد حسن|عبدي قاسم صلاد حسن	Abdiqasim Salad Hassan
عمر عبد الرشيد علي شرماركي|عمر عبدالرشيد شرماركي|عمر شرماركي	Omar Abdirashid Ali Sharmarke
طاهر ريالي كاهين|ضاهر ريالي كاهن	Dahir Riyale Kahin
فرانسوا لونسيني فال|فرانسوا فال	François Lonsény Fall
بكري حسن صالح	Bakri Hassan Saleh
عوض الجاز|عوض أحمد الجاز	Awad al-Jaz
الزبير أحمد الحسن	Al-Zubair Ahmed al-Hassan
دينق ألور|دينج ألور	Deng Alor
أحمد إبراهيم الطاهر	Ahmed Ibrahim al-Tahir
مجذوب الخليفة|مجذوب الخليفة أحمد	Majzoub al-Khalifa
عبد الحليم المتعافي|عبدالحليم المتعافي	Abdelhalim al-Mutaafi
أمين حسن عمر	Amin Hassan Omar
محمد إبراهيم نقد	Mohammed Ibrahim Nugud
مبارك الفاضل المهدي|مبارك الفاضل	Mubarak al-Fadil al-Mahdi
يان برونك|جان برونك|برونك	Jan Pronk
رودولف أدادا	Rodolphe Adada
سالم أحمد سالم	Salim Ahmed Salim
أندرو ناتسيوس|ناتسيوس	Andrew Natsios
إبراهيم غندور	Ibrahim Ghandour
كمال عبيد	Kamal Obeid
الطيب مصطفى	Al-Tayeb Mustafa
جيمس واني إيقا|جيمس واني إيغا	James Wani Igga
ربيكا قرنق|ربيكا نياندينق|ربيكا قرنج	Rebecca Nyandeng Garang
جوزيف كوني	Joseph Kony
ألبرتو غونزاليس|ألبرتو جونزاليس|ألبرتو غونزالس	Alberto Gonzales
جون أشكروفت|أشكروفت	John Ashcroft
مايكل تشيرتوف|مايكل شيرتوف|تشيرتوف	Michael Chertoff
هنري بولسون|هنري بولسن|بولسون	Henry Paulson
جون سنو	John Snow
دوغلاس فايث|دوجلاس فايث	Douglas Feith
لويس ليبي|سكوتر ليبي|لويس سكوتر ليبي	Lewis Libby
سكوت ماكليلان|سكوت ماكليللان	Scott McClellan
دانا بيرينو	Dana Perino
آري فلايشر	Ari Fleischer
ريتشارد باوتشر|ريتشارد بوتشر|باوتشر	Richard Boucher
نيكولاس بيرنز	Nicholas Burns
ريتشارد أرميتاج|أرميتاج	Richard Armitage
مايكل هايدن	Michael Hayden
بورتر غوس|بورتر جوس	Porter Goss
روبرت مولر	Robert Mueller
كارين هيوز	Karen Hughes
بيتر بيس|بيتر بايس	Peter Pace
وليام فالون|ويليام فالون|وليام فالن	William Fallon
هاري ريد	Harry Reid
تشاك شومر|تشارلز شومر	Chuck Schumer
توم لانتوس|لانتوس	Tom Lantos
جوزيف ليبرمان|جو ليبرمان	Joe Lieberman
ريتشارد لوغار|ريتشارد لوجار|لوغار	Richard Lugar
رودي جولياني|رودولف جولياني|جولياني	Rudy Giuliani
مايك هاكابي|هاكابي	Mike Huckabee
لي هاملتون	Lee Hamilton
ليندي إنغلاند	Lynndie England
روبرت زوليك|زوليك	Robert Zoellick
جيمس وولفنسون|جيمس ولفنسون|وولفنسون	James Wolfensohn
مارغريت بيكيت|مارجريت بيكيت	Margaret Beckett
جورج غالاوي|جورج جالاوي|جورج غالواي|غالاوي	George Galloway
ديفيد كيلي	David Kelly
ميشال بارنييه|ميشيل بارنييه|بارنييه	Michel Barnier
جان بيير رافاران|جان بيار رافاران|رافاران	Jean-Pierre Raffarin
سيغولين روايال|سيغولين رويال|سيجولين رويال|روايال	Ségolène Royal
جان ماري لوبان|جان ماري لوبن	Jean-Marie Le Pen
فرانسوا بايرو|بايرو	François Bayrou
رشيدة داتي	Rachida Dati
كلود غيان|كلود جيان	Claude Guéant
كارلا بروني|كارلا بروني ساركوزي	Carla Bruni
فولفغانغ شويبله|فولفغانغ شويبليه|شويبله	Wolfgang Schäuble
ماريانو راخوي|راخوي	Mariano Rajoy
يان بيتر بالكينينده	Jan Peter Balkenende
كارل بيلت|بيلت	Carl Bildt
فليمنغ روز|فلمنغ روز	Flemming Rose
كورت فسترغارد|كورت فيسترغارد	Kurt Westergaard
غيرت فيلدرز|خيرت فيلدرز|فيلدرز	Geert Wilders
ثيو فان غوخ|تيو فان غوخ	Theo van Gogh
أيان هيرسي علي	Ayaan Hirsi Ali
ميخائيل فرادكوف|فرادكوف	Mikhail Fradkov
فيكتور زوبكوف	Viktor Zubkov
ميخائيل كامينين	Mikhail Kamynin
آنا بوليتكوفسكايا|بوليتكوفسكايا	Anna Politkovskaya
فيكتور يوشتشينكو|فيكتور يوشينكو|يوشتشينكو|يوشينكو	Viktor Yushchenko
يوليا تيموشينكو|تيموشينكو	Yulia Tymoshenko
فيكتور يانوكوفيتش|يانوكوفيتش	Viktor Yanukovych
يانغ جيه تشي|يانغ جيتشي	Yang Jiechi
شوكت عزيز	Shaukat Aziz
خورشيد محمود قصوري|خورشيد قصوري	Khurshid Mahmud Kasuri
افتخار محمد تشودري|افتخار تشودري|افتخار شودري	Iftikhar Muhammad Chaudhry
أشفاق كياني|أشفاق برويز كياني	Ashfaq Parvez Kayani
يان إيغلاند	Jan Egeland
مارك مالوك براون	Mark Malloch Brown
جون دوغارد|جون دوجارد	John Dugard
جون جينغ|جون غينغ	John Ging
كارلا ديل بونتي|كارلا دل بونتي	Carla Del Ponte
بول فولكر	Paul Volcker
مارتي أهتيساري|أهتيساري	Martti Ahtisaari
باسكال لامي	Pascal Lamy
أحمد بن حلي	Ahmed Ben Helli
ينس ليمان|يانس ليمان|جينز ليمان	Jens Lehmann
لوكا توني	Luca Toni
أليساندرو نيستا|نيستا	Alessandro Nesta
جانلوكا زامبروتا|جيانلوكا زامبروتا|زامبروتا	Gianluca Zambrotta
فابيو غروسو|فابيو جروسو	Fabio Grosso
دانييلي دي روسي|دانيلي دي روسي	Daniele De Rossi
ليليان تورام|تورام	Lilian Thuram
فابيان بارتيز|بارتيز	Fabien Barthez
كلود ماكيليلي|كلود ماكاليلي|ماكيليلي|ماكاليلي	Claude Makélélé
فلوران مالودا|مالودا	Florent Malouda
باوليتا	Pauleta
ريكاردو كواريزما|كواريزما	Ricardo Quaresma
خافيير ماسكيرانو|ماسكيرانو	Javier Mascherano
بيتر كراوتش|كراوتش	Peter Crouch
ريو فرديناند|ريو فيرديناند	Rio Ferdinand
بول سكولز|سكولز	Paul Scholes
بافل نيدفيد|نيدفيد	Pavel Nedvěd
بيتر تشيك	Petr Čech
أسامواه جيان|أسامواه غيان	Asamoah Gyan
إيمانويل أديبايور|أديبايور	Emmanuel Adebayor
علي كريمي	Ali Karimi
علي دائي	Ali Daei
مهدي مهدوي كيا|مهدوي كيا	Mehdi Mahdavikia
جواد نكونام|جواد نيكونام	Javad Nekounam
كريم حقي	Karim Haggui
جوهر المناري	Jaouhar Mnari
أحمد الدوخي	Ahmed Al-Dokhi
عبد الظاهر السقا|عبدالظاهر السقا	Abdel-Zaher El-Sakka
حسن حمدي	Hassan Hamdy
ممدوح عباس	Mamdouh Abbas
مرتضى منصور	Mortada Mansour
أحمد شوبير|شوبير	Ahmed Shobair
امحمد فاخر	M'hamed Fakhir
هنري ميشيل|هنري ميشال	Henri Michel
رفيق جبور	Rafik Djebbour
ليونارت يوهانسون|لينارت يوهانسون	Lennart Johansson
حسام البدري	Hossam El-Badry
سيدو كيتا	Seydou Keita
فريدريك كانوتيه|فريدريك كانوتي|كانوتيه	Frédéric Kanouté
جون أوبي ميكيل|جون ميكيل|أوبي ميكيل	John Obi Mikel
نوانكو كانو	Nwankwo Kanu
ديانا حداد	Diana Haddad
نوال الزغبي	Nawal Al Zoghbi
ميريام فارس	Myriam Fares
وائل جسار	Wael Jassar
عاصي الحلاني|الحلاني	Assi El Helani
رامي عياش	Ramy Ayach
إيهاب توفيق	Ehab Tawfik
مصطفى قمر	Mostafa Amar
شعبان عبد الرحيم|شعبان عبدالرحيم|شعبولا	Shaaban Abdel Rahim
أمل حجازي	Amal Hijazi
نبيل شعيل	Nabeel Shuail
محمود حميدة	Mahmoud Hemida
خالد النبوي	Khaled El Nabawy
نيللي كريم|نيلي كريم	Nelly Karim
منة شلبي	Menna Shalabi
سلاف فواخرجي	Sulaf Fawakherji
باسم ياخور	Bassem Yakhour
ياسر العظمة	Yasser Al-Azma
سامر المصري	Samer al-Masri
خالد يوسف	Khaled Youssef
داود عبد السيد|داوود عبد السيد	Daoud Abdel Sayed
وحيد حامد	Wahid Hamed
أسامة أنور عكاشة	Osama Anwar Okasha
جمال الغيطاني|الغيطاني	Gamal Ghitani
بهاء طاهر	Bahaa Taher
خيري شلبي	Khairy Shalaby
أحمد عبد المعطي حجازي|أحمد عبدالمعطي حجازي	Ahmed Abdel Muti Hijazi
جابر عصفور	Gaber Asfour
هدى بركات	Hoda Barakat
إبراهيم نصر الله|إبراهيم نصرالله	Ibrahim Nasrallah
واسيني الأعرج	Waciny Laredj
رشيد بوجدرة	Rachid Boudjedra
محمد الفيتوري	Muhammad al-Fayturi
عبد العزيز المقالح|عبدالعزيز المقالح	Abdulaziz al-Maqaleh
سعاد الصباح	Souad Al-Sabah
عزت العلايلي	Ezzat El Alayli
عبد الله السدحان|عبدالله السدحان	Abdullah Al-Sadhan
فايز المالكي	Fayez Al-Malki
صفوت حجازي	Safwat Hegazy
سعد البريك	Saad al-Breik
`;
