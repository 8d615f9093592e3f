/**
 * People of culture the Arabic press has named since about 1950 whom figures.ts does not hold (the
 * project's own list, MIT, written from general knowledge): Arab singers, composers, actors, film
 * makers, presenters, journalists, poets, novelists, thinkers, preachers and scientists, and world
 * figures of film, music and letters. One a line: the usual name first, then variants and short
 * forms, separated by |, then after a tab the English name the hover shows. A one-word name is
 * listed only where it names that one person (فيروز، شاكيرا), never a stage name that is also a
 * word or a common given name (وردة، صباح، أحلام، يسرا).
 * These names are found at run time only: training does not see them (gazetteer/training.ts),
 * so the model lends them what it learnt of the listed names of their class.
 */
export const ARTS_PEOPLE = `
فيروز|نهاد حداد	Fairuz
وديع الصافي	Wadih El Safi
صباح فخري	Sabah Fakhri
وردة الجزائرية|وردة فتوكي	Warda Al-Jazairia
ماجدة الرومي	Majida El Roumi
نجاة الصغيرة	Najat Al Saghira
محمد عبده	Mohammed Abdu
طلال مداح	Talal Maddah
عبد المجيد عبد الله|عبدالمجيد عبدالله	Abdul Majeed Abdullah
راشد الماجد	Rashed Al-Majed
رابح صقر	Rabeh Saqer
أبو بكر سالم|أبوبكر سالم	Abu Bakr Salem
حسين الجسمي	Hussain Al Jassmi
أحلام الشامسي	Ahlam Al Shamsi
نوال الكويتية	Nawal El Kuwaiti
عبد الله الرويشد|عبدالله الرويشد	Abdallah Al Rowaished
محمد منير	Mohamed Mounir
عمرو دياب	Amr Diab
تامر حسني	Tamer Hosny
محمد فؤاد	Mohamed Fouad
هاني شاكر	Hany Shaker
محمد حماقي	Mohamed Hamaki
شيرين عبد الوهاب|شيرين عبدالوهاب	Sherine Abdel-Wahab
نانسي عجرم	Nancy Ajram
هيفاء وهبي|هيفا وهبي	Haifa Wehbe
كارول سماحة	Carole Samaha
راغب علامة	Ragheb Alama
وائل كفوري	Wael Kfoury
جورج وسوف	George Wassouf
ميادة الحناوي	Mayada El Hennawy
أصالة نصري	Assala Nasri
لطيفة التونسية|لطيفة العرفاوي	Latifa
صابر الرباعي	Saber Rebaï
الشاب خالد	Cheb Khaled
سعد لمجرد|سعد المجرد	Saad Lamjarred
سميرة سعيد	Samira Said
عبد الوهاب الدكالي	Abdelwahab Doukkali
مارسيل خليفة	Marcel Khalife
زياد الرحباني	Ziad Rahbani
عاصي الرحباني	Assi Rahbani
منصور الرحباني	Mansour Rahbani
ملحم بركات	Melhem Barakat
سيد درويش	Sayed Darwish
بليغ حمدي	Baligh Hamdi
رياض السنباطي	Riad Al Sunbati
عمار الشريعي	Ammar El Sherei
عمر خيرت	Omar Khairat
نصير شمة	Naseer Shamma
ناظم الغزالي	Nazem Al-Ghazali
ماجد المهندس	Majid Al Muhandis
محمد عساف	Mohammed Assaf
فضل شاكر	Fadl Shaker
محمد وردي	Mohammed Wardi
نجوى كرم	Najwa Karam
جوليا بطرس	Julia Boutros
ماهر زين	Maher Zain
عادل إمام	Adel Emam
فاتن حمامة	Faten Hamama
سعاد حسني	Soad Hosny
أحمد زكي	Ahmed Zaki
نور الشريف	Nour El-Sherif
محمود عبد العزيز	Mahmoud Abdel Aziz
يحيى الفخراني	Yehia El-Fakharany
محمود ياسين	Mahmoud Yassin
حسين فهمي	Hussein Fahmy
نادية الجندي	Nadia El Gendy
نبيلة عبيد	Nabila Ebeid
ليلى علوي	Laila Eloui
إلهام شاهين	Elham Shahin
فريد شوقي	Farid Shawqi
رشدي أباظة	Roshdy Abaza
إسماعيل ياسين	Ismail Yassine
عبد المنعم مدبولي	Abdel Moneim Madbouly
فؤاد المهندس	Fouad El-Mohandes
سمير غانم	Samir Ghanem
محمد صبحي	Mohamed Sobhi
أحمد السقا	Ahmed El Sakka
محمد هنيدي	Mohamed Henedy
أحمد حلمي	Ahmed Helmy
كريم عبد العزيز	Karim Abdel Aziz
محمد رمضان	Mohamed Ramadan
منى زكي	Mona Zaki
هند صبري	Hend Sabry
غادة عبد الرازق	Ghada Abdel Razek
أحمد عز	Ahmed Ezz
رامي مالك	Rami Malek
دريد لحام	Duraid Lahham
جمال سليمان	Jamal Suleiman
أيمن زيدان	Ayman Zeidan
تيم حسن	Taim Hasan
منى واصف	Mona Wassef
عبد الحسين عبد الرضا	Abdulhussain Abdulredha
سعاد العبد الله	Suad Abdullah
حياة الفهد	Hayat Al-Fahad
ناصر القصبي	Nasser Al Qasabi
صلاح أبو سيف	Salah Abu Seif
عمر أميرالاي	Omar Amiralay
مصطفى العقاد	Moustapha Akkad
نجدة أنزور	Najdat Anzour
حاتم علي	Hatem Ali
محمد الأخضر حامينا	Mohammed Lakhdar-Hamina
عبد اللطيف كشيش|كشيش	Abdellatif Kechiche
رشيد بوشارب	Rachid Bouchareb
نادين لبكي	Nadine Labaki
هاني أبو أسعد	Hany Abu-Assad
إيليا سليمان	Elia Suleiman
كوثر بن هنية	Kaouther Ben Hania
هيفاء المنصور	Haifaa al-Mansour
فيصل القاسم	Faisal al-Qassem
جمال ريان	Jamal Rayyan
خديجة بن قنة	Khadija Benganna
محمد كريشان	Mohamed Krichen
عمرو أديب	Amr Adib
لميس الحديدي	Lamees Al Hadidi
منى الشاذلي	Mona El-Shazly
إبراهيم عيسى	Ibrahim Eissa
باسم يوسف	Bassem Youssef
جورج قرداحي	George Kordahi
تركي الدخيل	Turki Al-Dakhil
عبد الرحمن الراشد	Abdulrahman Al-Rashed
محمد حسنين هيكل	Mohamed Hassanein Heikal
أنيس منصور	Anis Mansour
جمال خاشقجي	Jamal Khashoggi
شيرين أبو عاقلة	Shireen Abu Akleh
سمير قصير	Samir Kassir
جبران تويني	Gebran Tueni
ناجي العلي	Naji al-Ali
عبد الباري عطوان	Abdel Bari Atwan
أحمد الشقيري	Ahmad Al Shugairi
أدونيس|علي أحمد سعيد إسبر	Adonis
سعدي يوسف	Saadi Youssef
مظفر النواب	Muzaffar al-Nawab
عبد الوهاب البياتي	Abd al-Wahhab al-Bayati
نازك الملائكة	Nazik al-Malaika
محمد مهدي الجواهري	Muhammad Mahdi al-Jawahiri
أحمد مطر	Ahmed Matar
تميم البرغوثي	Tamim Al-Barghouti
مريد البرغوثي	Mourid Barghouti
سميح القاسم	Samih al-Qasim
فدوى طوقان	Fadwa Tuqan
أمل دنقل	Amal Dunqul
أحمد فؤاد نجم	Ahmed Fouad Negm
عبد الرحمن الأبنودي|الأبنودي	Abdel Rahman el-Abnudi
فاروق جويدة	Farouk Goweda
غازي القصيبي	Ghazi Algosaibi
محمد الماغوط|الماغوط	Muhammad al-Maghut
عبد الله البردوني|البردوني	Abdullah al-Baradouni
أبو القاسم الشابي	Abu al-Qasim al-Shabbi
يوسف إدريس	Yusuf Idris
إحسان عبد القدوس	Ihsan Abdel Quddous
صنع الله إبراهيم	Sonallah Ibrahim
علاء الأسواني	Alaa Al Aswany
رضوى عاشور	Radwa Ashour
نوال السعداوي	Nawal El Saadawi
الطيب صالح	Tayeb Salih
عبد الرحمن منيف	Abdul Rahman Munif
حنا مينه	Hanna Mina
غسان كنفاني	Ghassan Kanafani
جبرا إبراهيم جبرا	Jabra Ibrahim Jabra
كاتب ياسين	Kateb Yacine
آسيا جبار	Assia Djebar
أحلام مستغانمي	Ahlam Mosteghanemi
ياسمينة خضرا	Yasmina Khadra
كمال داود	Kamel Daoud
بوعلام صنصال	Boualem Sansal
الطاهر بن جلون	Tahar Ben Jelloun
محمد شكري	Mohamed Choukri
أمين معلوف	Amin Maalouf
إلياس خوري	Elias Khoury
غادة السمان	Ghada al-Samman
خالد خليفة	Khaled Khalifa
يوسف زيدان	Youssef Ziedan
أحمد خالد توفيق	Ahmed Khaled Tawfik
إبراهيم الكوني	Ibrahim al-Koni
محمد عابد الجابري	Mohammed Abed al-Jabri
محمد أركون	Mohammed Arkoun
نصر حامد أبو زيد	Nasr Hamid Abu Zayd
إدوارد سعيد	Edward Said
عبد الوهاب المسيري	Abdelwahab Elmessiri
عزمي بشارة	Azmi Bishara
سمير أمين	Samir Amin
فاطمة المرنيسي	Fatema Mernissi
محمد شحرور	Muhammad Shahrur
طارق رمضان	Tariq Ramadan
يوسف القرضاوي|القرضاوي	Yusuf al-Qaradawi
محمد متولي الشعراوي	Muhammad Metwalli al-Shaarawi
عمرو خالد	Amr Khaled
طارق السويدان	Tareq Al-Suwaidan
عائض القرني	Aidh al-Qarni
سلمان العودة	Salman al-Ouda
محمد العريفي	Muhammad al-Arifi
مصطفى محمود	Mustafa Mahmoud
علي جمعة	Ali Gomaa
أحمد الطيب	Ahmed el-Tayeb
محمد سيد طنطاوي	Muhammad Sayyid Tantawy
عبد الحميد كشك	Abdelhamid Kishk
ذاكر نايك	Zakir Naik
عبد العزيز بن باز|ابن باز	Abd al-Aziz ibn Baz
محمد بن صالح العثيمين|ابن عثيمين	Muhammad ibn al-Uthaymin
محمد ناصر الدين الألباني	Muhammad Nasiruddin al-Albani
عبد الرحمن السديس|السديس	Abdul Rahman Al-Sudais
مشاري راشد العفاسي|مشاري العفاسي|العفاسي	Mishary Rashid Alafasy
عبد الباسط عبد الصمد	Abdul Basit Abdus Samad
محمد سعيد رمضان البوطي|البوطي	Mohamed Said Ramadan Al-Bouti
سيد قطب	Sayyid Qutb
حسن البنا	Hassan al-Banna
أحمد زويل|زويل	Ahmed Zewail
مجدي يعقوب	Magdi Yacoub
فاروق الباز	Farouk El-Baz
سميرة موسى	Sameera Moussa
عمر ياغي	Omar Yaghi
منجي باوندي	Moungi Bawendi
ستيفن هوكينغ|ستيفن هوكنغ|هوكينغ	Stephen Hawking
زها حديد	Zaha Hadid
ملالا يوسفزاي|ملالا	Malala Yousafzai
توكل كرمان	Tawakkol Karman
شيرين عبادي	Shirin Ebadi
عبد الرزاق قرنح	Abdulrazak Gurnah
توم كروز	Tom Cruise
براد بيت	Brad Pitt
أنجلينا جولي	Angelina Jolie
ليوناردو دي كابريو|دي كابريو	Leonardo DiCaprio
جوني ديب	Johnny Depp
توم هانكس	Tom Hanks
روبرت دي نيرو|دي نيرو	Robert De Niro
جورج كلوني	George Clooney
أرنولد شوارزنيغر|أرنولد شوارزينيغر|شوارزنيغر	Arnold Schwarzenegger
سيلفستر ستالون|ستالون	Sylvester Stallone
أنطوني كوين|أنتوني كوين	Anthony Quinn
ستيفن سبيلبرغ|ستيفن سبيلبيرغ|سبيلبرغ	Steven Spielberg
ألفريد هيتشكوك|هيتشكوك	Alfred Hitchcock
هارفي واينستين|واينستين	Harvey Weinstein
شاكيرا	Shakira
ريهانا	Rihanna
تايلور سويفت	Taylor Swift
إلفيس بريسلي	Elvis Presley
بوب مارلي	Bob Marley
بوب ديلان	Bob Dylan
سيلين ديون	Celine Dion
لوتشيانو بافاروتي|بافاروتي	Luciano Pavarotti
باولو كويلو|باولو كويلهو|كويلو	Paulo Coelho
جي كي رولينغ|جوان رولينغ|رولينغ	J. K. Rowling
سلمان رشدي	Salman Rushdie
أورهان باموق|باموق	Orhan Pamuk
جوزيه ساراماغو|ساراماغو	José Saramago
ماريو فارغاس يوسا|فارغاس يوسا	Mario Vargas Llosa
أمبرتو إيكو|أومبرتو إيكو	Umberto Eco
جورج أورويل|أورويل	George Orwell
فرانز كافكا|كافكا	Franz Kafka
ألبير كامو|ألبير كامي	Albert Camus
خورخي لويس بورخيس|بورخيس	Jorge Luis Borges
بابلو نيرودا|نيرودا	Pablo Neruda
ميشيل فوكو|فوكو	Michel Foucault
جاك دريدا|دريدا	Jacques Derrida
يورغن هابرماس|هابرماس	Jürgen Habermas
صموئيل هنتنغتون|صامويل هنتنغتون|هنتنغتون	Samuel Huntington
فرانسيس فوكوياما|فوكوياما	Francis Fukuyama
روبرت فيسك	Robert Fisk
روجيه غارودي|غارودي	Roger Garaudy
أوبرا وينفري	Oprah Winfrey
كريستيان أمانبور|أمانبور	Christiane Amanpour
جوليان أسانج|أسانج	Julian Assange
`;
