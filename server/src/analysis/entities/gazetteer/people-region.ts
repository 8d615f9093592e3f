/**
 * People of current affairs of the Arab world, Iran, Turkey and Israel whom the Arabic press
 * names (1990–2025): rulers and crown princes, heads of government, ministers, party, militia and
 * jihadist leaders, clerics, generals. The project's own list (MIT), written from general
 * knowledge. One a line: the usual name first, then variants (عبد joined and split) and short
 * forms, separated by |, then after a tab the English name the hover shows. A short form is
 * listed only where it names that one person in the news (حمدوك, not العطية or السوداني).
 * These names are found at run time only: training does not see them (gazetteer/training.ts),
 * so the model lends them what it learnt of the listed names of their class.
 */
export const REGION_PEOPLE = `
سلطان بن عبد العزيز آل سعود|سلطان بن عبد العزيز|سلطان بن عبدالعزيز	Sultan bin Abdulaziz Al Saud
نايف بن عبد العزيز آل سعود|نايف بن عبد العزيز|نايف بن عبدالعزيز	Nayef bin Abdulaziz Al Saud
الوليد بن طلال|الوليد بن طلال بن عبد العزيز|الوليد بن طلال بن عبدالعزيز	Al-Waleed bin Talal
بندر بن سلطان|بندر بن سلطان بن عبد العزيز|بندر بن سلطان بن عبدالعزيز	Bandar bin Sultan
تركي الفيصل	Turki al-Faisal
خالد الفيصل	Khalid al-Faisal
فيصل بن فرحان آل سعود|فيصل بن فرحان	Faisal bin Farhan Al Saud
خالد بن سلمان|خالد بن سلمان بن عبد العزيز|خالد بن سلمان بن عبدالعزيز	Khalid bin Salman
عبد العزيز بن سلمان|عبدالعزيز بن سلمان|عبد العزيز بن سلمان بن عبد العزيز|عبدالعزيز بن سلمان بن عبدالعزيز	Abdulaziz bin Salman
علي النعيمي	Ali al-Naimi
خالد الفالح	Khalid al-Falih
عبد العزيز آل الشيخ|عبدالعزيز آل الشيخ	Abdulaziz Al al-Sheikh
عبد الرحمن بن حمد العطية|عبدالرحمن بن حمد العطية|عبد الرحمن العطية|عبدالرحمن العطية	Abdul Rahman bin Hamad al-Attiyah
عبد اللطيف الزياني|عبداللطيف الزياني|عبد اللطيف بن راشد الزياني	Abdullatif Al Zayani
جاسم البديوي|جاسم محمد البديوي	Jasem Albudaiwi
عبد الله بن زايد آل نهيان|عبد الله بن زايد|عبدالله بن زايد	Abdullah bin Zayed Al Nahyan
منصور بن زايد آل نهيان|منصور بن زايد	Mansour bin Zayed Al Nahyan
طحنون بن زايد آل نهيان|طحنون بن زايد	Tahnoun bin Zayed Al Nahyan
حمدان بن محمد بن راشد آل مكتوم|حمدان بن محمد بن راشد|حمدان بن محمد	Hamdan bin Mohammed Al Maktoum
أنور قرقاش|قرقاش	Anwar Gargash
سلطان الجابر|سلطان أحمد الجابر	Sultan Al Jaber
محمد بن عبد الرحمن آل ثاني|محمد بن عبدالرحمن آل ثاني|محمد بن عبد الرحمن|محمد بن عبدالرحمن	Mohammed bin Abdulrahman Al Thani
ماجد الأنصاري	Majed al-Ansari
جابر الأحمد الجابر الصباح|جابر الأحمد	Jaber Al-Ahmad Al-Sabah
نواف الأحمد الجابر الصباح|نواف الأحمد	Nawaf Al-Ahmad Al-Sabah
مشعل الأحمد الجابر الصباح|مشعل الأحمد	Mishal Al-Ahmad Al-Sabah
مرزوق الغانم	Marzouq Al-Ghanim
حمد بن عيسى آل خليفة|حمد بن عيسى	Hamad bin Isa Al Khalifa
سلمان بن حمد آل خليفة|سلمان بن حمد	Salman bin Hamad Al Khalifa
خليفة بن سلمان آل خليفة|خليفة بن سلمان	Khalifa bin Salman Al Khalifa
هيثم بن طارق آل سعيد|هيثم بن طارق	Haitham bin Tariq Al Said
يوسف بن علوي|يوسف بن علوي بن عبد الله|يوسف بن علوي بن عبدالله	Yusuf bin Alawi
بدر البوسعيدي|بدر بن حمد البوسعيدي	Badr Albusaidi
علي سالم البيض	Ali Salim al-Beidh
علي محسن الأحمر	Ali Mohsen al-Ahmar
رشاد العليمي|رشاد محمد العليمي	Rashad al-Alimi
عيدروس الزبيدي	Aidarus al-Zoubaidi
حسين بدر الدين الحوثي	Hussein Badreddin al-Houthi
محمد علي الحوثي	Mohammed Ali al-Houthi
مهدي المشاط	Mahdi al-Mashat
يحيى سريع	Yahya Saree
أنور العولقي|العولقي	Anwar al-Awlaki
إياد علاوي	Ayad Allawi
إبراهيم الجعفري	Ibrahim al-Jaafari
عادل عبد المهدي|عادل عبدالمهدي	Adil Abdul-Mahdi
محمد شياع السوداني|شياع السوداني	Mohammed Shia al-Sudani
برهم صالح	Barham Salih
عبد اللطيف رشيد|عبداللطيف رشيد	Abdul Latif Rashid
أحمد الجلبي	Ahmed Chalabi
عبد العزيز الحكيم|عبدالعزيز الحكيم	Abdul Aziz al-Hakim
محمد باقر الحكيم	Mohammed Baqir al-Hakim
عمار الحكيم	Ammar al-Hakim
هادي العامري	Hadi al-Amiri
قيس الخزعلي|الخزعلي	Qais al-Khazali
أبو مهدي المهندس	Abu Mahdi al-Muhandis
محمد الحلبوسي|الحلبوسي	Mohamed al-Halbousi
طارق الهاشمي	Tariq al-Hashimi
هوشيار زيباري|زيباري	Hoshyar Zebari
نيجيرفان بارزاني	Nechirvan Barzani
مسرور بارزاني	Masrour Barzani
طارق عزيز	Tariq Aziz
عزة الدوري|عزت الدوري|عزة إبراهيم الدوري|عزت إبراهيم الدوري	Izzat Ibrahim al-Douri
علي حسن المجيد|علي الكيماوي	Ali Hassan al-Majid
محمد سعيد الصحاف|الصحاف	Mohammed Saeed al-Sahhaf
عدي صدام حسين	Uday Hussein
أبو محمد العدناني	Abu Mohammad al-Adnani
فاروق الشرع	Farouk al-Sharaa
وليد المعلم	Walid Muallem
فيصل المقداد	Faisal Mekdad
عبد الحليم خدام|عبدالحليم خدام	Abdul Halim Khaddam
ماهر الأسد	Maher al-Assad
رفعت الأسد	Rifaat al-Assad
أسماء الأسد	Asma al-Assad
رامي مخلوف	Rami Makhlouf
بثينة شعبان	Bouthaina Shaaban
بشار الجعفري	Bashar al-Jaafari
رياض حجاب	Riyad Hijab
أحمد الشرع|أبو محمد الجولاني|الجولاني	Ahmed al-Sharaa
أسعد الشيباني|أسعد حسن الشيباني	Asaad al-Shaibani
مظلوم عبدي	Mazloum Abdi
إميل لحود	Émile Lahoud
ميشال سليمان	Michel Suleiman
جوزاف عون|جوزيف عون	Joseph Aoun
نواف سلام	Nawaf Salam
فؤاد السنيورة|السنيورة	Fouad Siniora
حسان دياب	Hassan Diab
وليد جنبلاط	Walid Jumblatt
سمير جعجع|جعجع	Samir Geagea
أمين الجميل	Amine Gemayel
جبران باسيل	Gebran Bassil
سليمان فرنجية	Suleiman Frangieh
نعيم قاسم	Naim Qassem
عماد مغنية	Imad Mughniyeh
محمد حسين فضل الله	Mohammad Hussein Fadlallah
هاشم صفي الدين	Hashem Safieddine
بشارة بطرس الراعي|بشارة الراعي	Bechara Boutros al-Rahi
نصر الله بطرس صفير	Nasrallah Boutros Sfeir
رياض سلامة	Riad Salameh
غسان سلامة	Ghassan Salamé
كارلوس غصن	Carlos Ghosn
أحمد ياسين	Ahmed Yassin
عبد العزيز الرنتيسي|عبدالعزيز الرنتيسي|الرنتيسي	Abdel Aziz al-Rantisi
يحيى السنوار	Yahya Sinwar
محمد السنوار	Mohammed Sinwar
محمد الضيف	Mohammed Deif
محمود الزهار|الزهار	Mahmoud al-Zahar
موسى أبو مرزوق	Mousa Abu Marzouk
خليل الحية	Khalil al-Hayya
صالح العاروري|العاروري	Saleh al-Arouri
أسامة حمدان	Osama Hamdan
زياد النخالة	Ziyad al-Nakhalah
أحمد جبريل	Ahmed Jibril
جورج حبش	George Habash
مروان البرغوثي	Marwan Barghouti
صائب عريقات|عريقات	Saeb Erekat
أحمد قريع	Ahmed Qurei
سلام فياض	Salam Fayyad
رامي الحمد الله|رامي الحمدالله	Rami Hamdallah
محمد اشتية	Mohammad Shtayyeh
حسين الشيخ	Hussein al-Sheikh
حنان عشراوي|عشراوي	Hanan Ashrawi
إسحاق رابين|رابين	Yitzhak Rabin
إسحاق شامير|شامير	Yitzhak Shamir
نفتالي بينيت	Naftali Bennett
يائير لابيد|لابيد	Yair Lapid
إسحاق هرتسوغ|يتسحاق هرتسوغ|هرتسوغ	Isaac Herzog
بيني غانتس|بيني جانتس|غانتس	Benny Gantz
يوآف غالانت|يوآف جالانت|غالانت	Yoav Gallant
يسرائيل كاتس|إسرائيل كاتس	Israel Katz
إيتمار بن غفير|بن غفير	Itamar Ben-Gvir
بتسلئيل سموتريتش|سموتريتش	Bezalel Smotrich
جدعون ساعر|غدعون ساعر	Gideon Sa'ar
رون ديرمر|ديرمر	Ron Dermer
هرتسي هاليفي	Herzi Halevi
إيال زامير	Eyal Zamir
ديفيد برنياع|دافيد برنياع|برنياع	David Barnea
أفيخاي أدرعي|أدرعي	Avichay Adraee
جلعاد شاليط|غلعاد شاليط|شاليط	Gilad Shalit
عمر سليمان	Omar Suleiman
أحمد شفيق	Ahmed Shafik
محمد حسين طنطاوي	Mohamed Hussein Tantawi
سامي عنان	Sami Anan
عدلي منصور	Adly Mansour
كمال الجنزوري	Kamal Ganzouri
مصطفى مدبولي	Moustafa Madbouly
سامح شكري	Sameh Shoukry
بدر عبد العاطي|بدر عبدالعاطي	Badr Abdelatty
جمال مبارك	Gamal Mubarak
محمد البرادعي|البرادعي	Mohamed ElBaradei
محمد بديع	Mohammed Badie
حمدين صباحي	Hamdeen Sabahi
شنودة الثالث	Pope Shenouda III
تواضروس الثاني	Pope Tawadros II
نجيب ساويرس	Naguib Sawiris
مصطفى عبد الجليل|مصطفى عبدالجليل	Mustafa Abdul Jalil
فايز السراج	Fayez al-Sarraj
عبد الحميد الدبيبة|عبدالحميد الدبيبة|الدبيبة	Abdul Hamid Dbeibah
عقيلة صالح	Aguila Saleh
محمد المنفي	Mohamed al-Menfi
سيف الإسلام القذافي	Saif al-Islam Gaddafi
قيس سعيد	Kais Saied
المنصف المرزوقي|منصف المرزوقي	Moncef Marzouki
راشد الغنوشي	Rached Ghannouchi
محمد البوعزيزي|البوعزيزي	Mohamed Bouazizi
عبد المجيد تبون|عبدالمجيد تبون|تبون	Abdelmadjid Tebboune
اليمين زروال|زروال	Liamine Zéroual
أحمد أويحيى|أويحيى	Ahmed Ouyahia
عبد المالك سلال|عبدالمالك سلال	Abdelmalek Sellal
أحمد قايد صالح|قايد صالح	Ahmed Gaid Salah
عبد القادر بن صالح|عبدالقادر بن صالح	Abdelkader Bensalah
السعيد شنقريحة|سعيد شنقريحة|شنقريحة	Saïd Chengriha
رمطان لعمامرة|لعمامرة	Ramtane Lamamra
أحمد عطاف	Ahmed Attaf
عباسي مدني	Abbassi Madani
عبد المالك دروكدال|عبدالمالك دروكدال|دروكدال|أبو مصعب عبد الودود|أبو مصعب عبدالودود	Abdelmalek Droukdel
مختار بلمختار|بلمختار	Mokhtar Belmokhtar
عبد الإله بنكيران|عبدالإله بنكيران|بنكيران	Abdelilah Benkirane
سعد الدين العثماني	Saadeddine Othmani
عزيز أخنوش|أخنوش	Aziz Akhannouch
ناصر بوريطة|بوريطة	Nasser Bourita
إبراهيم غالي	Brahim Ghali
معاوية ولد سيدي أحمد الطايع|ولد الطايع	Maaouya Ould Sid'Ahmed Taya
محمد ولد عبد العزيز|محمد ولد عبدالعزيز	Mohamed Ould Abdel Aziz
محمد ولد الشيخ الغزواني|محمد ولد الغزواني|ولد الغزواني	Mohamed Ould Ghazouani
إسماعيل ولد الشيخ أحمد	Ismail Ould Cheikh Ahmed
عبد الفتاح البرهان|عبدالفتاح البرهان	Abdel Fattah al-Burhan
محمد حمدان دقلو|حميدتي	Mohamed Hamdan Dagalo
عبد الله حمدوك|عبدالله حمدوك|حمدوك	Abdalla Hamdok
كامل إدريس	Kamil Idris
حسن الترابي|الترابي	Hassan al-Turabi
الصادق المهدي	Sadiq al-Mahdi
عوض بن عوف|عوض ابن عوف	Awad Ibn Auf
عبد الواحد محمد نور|عبدالواحد محمد نور|عبد الواحد نور|عبدالواحد نور	Abdul Wahid al-Nur
جبريل إبراهيم	Gibril Ibrahim
مني أركو مناوي|مني مناوي	Minni Minnawi
إسماعيل عمر جيله	Ismaïl Omar Guelleh
محمد عبد الله فرماجو|محمد عبدالله فرماجو|فرماجو	Mohamed Abdullahi Farmaajo
حسن شيخ محمود	Hassan Sheikh Mohamud
الحسين بن عبد الله الثاني|الحسين بن عبدالله الثاني	Hussein bin Abdullah II
رانيا العبد الله|رانيا العبدالله	Queen Rania
الحسن بن طلال	Hassan bin Talal
حمزة بن الحسين	Hamzah bin Hussein
أيمن الصفدي	Ayman Safadi
زيد رعد الحسين|زيد بن رعد	Zeid Ra'ad Al Hussein
حسام زكي	Hossam Zaki
علي أكبر هاشمي رفسنجاني|هاشمي رفسنجاني|رفسنجاني	Akbar Hashemi Rafsanjani
إبراهيم رئيسي	Ebrahim Raisi
مسعود بزشكيان|بزشكيان	Masoud Pezeshkian
عباس عراقجي|عراقجي	Abbas Araghchi
حسين أمير عبد اللهيان|حسين أمير عبداللهيان|أمير عبد اللهيان|أمير عبداللهيان|عبد اللهيان|عبداللهيان	Hossein Amir-Abdollahian
علي أكبر ولايتي|ولايتي	Ali Akbar Velayati
منوشهر متكي|متكي	Manouchehr Mottaki
علي أكبر صالحي	Ali Akbar Salehi
علي لاريجاني	Ali Larijani
محمد باقر قاليباف|قاليباف	Mohammad Bagher Ghalibaf
سعيد جليلي	Saeed Jalili
علي شمخاني|شمخاني	Ali Shamkhani
مير حسين موسوي	Mir-Hossein Mousavi
مهدي كروبي|كروبي	Mehdi Karroubi
مجتبى خامنئي	Mojtaba Khamenei
إسماعيل قاآني|قاآني	Esmail Qaani
حسين سلامي	Hossein Salami
محمد باقري	Mohammad Bagheri
أمير علي حاجي زاده|حاجي زاده	Amir Ali Hajizadeh
محسن فخري زاده	Mohsen Fakhrizadeh
رضا بهلوي	Reza Pahlavi
مريم رجوي	Maryam Rajavi
سليمان ديميريل|ديميريل	Süleyman Demirel
تورغوت أوزال|أوزال	Turgut Özal
نجم الدين أربكان|أربكان	Necmettin Erbakan
بولنت أجاويد|أجاويد	Bülent Ecevit
بن علي يلدريم|يلدريم	Binali Yıldırım
مولود جاويش أوغلو|مولود تشاووش أوغلو|جاويش أوغلو|تشاووش أوغلو	Mevlüt Çavuşoğlu
هاكان فيدان|فيدان	Hakan Fidan
خلوصي أكار	Hulusi Akar
كمال كليتشدار أوغلو|كمال كيليتشدار أوغلو|كليتشدار أوغلو|كيليتشدار أوغلو	Kemal Kılıçdaroğlu
أكرم إمام أوغلو|إمام أوغلو	Ekrem İmamoğlu
دولت بهتشلي|دولت باهتشلي|بهتشلي|باهتشلي	Devlet Bahçeli
فتح الله غولن|فتح الله كولن|غولن	Fethullah Gülen
عبد الله أوجلان|عبدالله أوجلان|أوجلان	Abdullah Öcalan
صلاح الدين دميرطاش|دميرطاش	Selahattin Demirtaş
ملا عمر|ملا محمد عمر	Mullah Omar
أختر محمد منصور|أختر منصور	Akhtar Mansour
هبة الله آخوند زاده|هبة الله أخوندزاده|هبة الله آخندزاده	Hibatullah Akhundzada
عبد الغني برادر|عبدالغني برادر	Abdul Ghani Baradar
سراج الدين حقاني	Sirajuddin Haqqani
جلال الدين حقاني	Jalaluddin Haqqani
ذبيح الله مجاهد	Zabihullah Mujahid
أمير خان متقي	Amir Khan Muttaqi
بيت الله محسود	Baitullah Mehsud
خالد شيخ محمد	Khalid Sheikh Mohammed
سيف العدل	Saif al-Adel
حمزة بن لادن	Hamza bin Laden
عبد الله عزام|عبدالله عزام	Abdullah Azzam
أبو محمد المقدسي	Abu Muhammad al-Maqdisi
أبو قتادة الفلسطيني	Abu Qatada al-Filistini
منتظر الزيدي	Muntadhar al-Zaidi
`;
