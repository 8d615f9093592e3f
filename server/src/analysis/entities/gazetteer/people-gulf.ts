/**
 * People of Saudi Arabia and the Gulf states whom the region's press named often (about 2008–2025)
 * and the other people lists do not hold: Saudi royals, region emirs, ministers, heads of authorities
 * and companies, scholars and imams of the two holy mosques, rulers and ministers of Kuwait, Qatar,
 * the UAE, Bahrain and Oman, businessmen, writers, footballers, coaches and club presidents. The
 * project's own list (MIT), written from general knowledge. One a line: the usual name first, then
 * variants (عبد joined and split), separated by |, then after a tab the English name the hover
 * shows. No family name alone (العتيبي، القحطاني name many); a one-word form only for a foreign
 * coach or player whose surname names no one else in the news (بيتزي، تاليسكا).
 * These names are found at run time only: training does not see them (gazetteer/training.ts),
 * so the model lends them what it learnt of the listed names of their class.
 */
export const GULF_PEOPLE = `
طلال بن عبد العزيز|طلال بن عبدالعزيز	Talal bin Abdulaziz
مشعل بن عبد العزيز|مشعل بن عبدالعزيز	Mishaal bin Abdulaziz
عبد الرحمن بن عبد العزيز|عبدالرحمن بن عبدالعزيز	Abdul Rahman bin Abdulaziz
بدر بن عبد العزيز|بدر بن عبدالعزيز	Badr bin Abdulaziz
سطام بن عبد العزيز|سطام بن عبدالعزيز	Sattam bin Abdulaziz
خالد بن بندر|خالد بن بندر بن عبد العزيز|خالد بن بندر بن عبدالعزيز	Khalid bin Bandar
تركي بن عبد الله|تركي بن عبدالله|تركي بن عبد الله بن عبد العزيز|تركي بن عبدالله بن عبدالعزيز	Turki bin Abdullah
فيصل بن بندر|فيصل بن بندر بن عبد العزيز|فيصل بن بندر بن عبدالعزيز	Faisal bin Bandar
محمد بن عبد الرحمن بن عبد العزيز|محمد بن عبدالرحمن بن عبدالعزيز	Mohammed bin Abdulrahman bin Abdulaziz
مشعل بن عبد الله|مشعل بن عبدالله|مشعل بن عبد الله بن عبد العزيز|مشعل بن عبدالله بن عبدالعزيز	Mishaal bin Abdullah
عبد الله بن بندر|عبدالله بن بندر|عبد الله بن بندر بن عبد العزيز|عبدالله بن بندر بن عبدالعزيز	Abdullah bin Bandar
بدر بن سلطان|بدر بن سلطان بن عبد العزيز|بدر بن سلطان بن عبدالعزيز	Badr bin Sultan
عبد العزيز بن ماجد|عبدالعزيز بن ماجد|عبد العزيز بن ماجد بن عبد العزيز|عبدالعزيز بن ماجد بن عبدالعزيز	Abdulaziz bin Majid
فيصل بن سلمان|فيصل بن سلمان بن عبد العزيز|فيصل بن سلمان بن عبدالعزيز	Faisal bin Salman
سلمان بن سلطان|سلمان بن سلطان بن عبد العزيز|سلمان بن سلطان بن عبدالعزيز	Salman bin Sultan
محمد بن فهد|محمد بن فهد بن عبد العزيز|محمد بن فهد بن عبدالعزيز	Mohammed bin Fahd
سعود بن نايف|سعود بن نايف بن عبد العزيز|سعود بن نايف بن عبدالعزيز	Saud bin Nayef
جلوي بن عبد العزيز بن مساعد|جلوي بن عبدالعزيز بن مساعد	Jiluwi bin Abdulaziz bin Musaed
فيصل بن مشعل|فيصل بن مشعل بن سعود	Faisal bin Mishaal
فيصل بن خالد بن عبد العزيز|فيصل بن خالد بن عبدالعزيز	Faisal bin Khalid bin Abdulaziz
تركي بن طلال|تركي بن طلال بن عبد العزيز|تركي بن طلال بن عبدالعزيز	Turki bin Talal
فهد بن سلطان|فهد بن سلطان بن عبد العزيز|فهد بن سلطان بن عبدالعزيز	Fahd bin Sultan
سعود بن عبد المحسن|سعود بن عبدالمحسن|سعود بن عبد المحسن بن عبد العزيز|سعود بن عبدالمحسن بن عبدالعزيز	Saud bin Abdul Mohsen
عبد العزيز بن سعد|عبدالعزيز بن سعد|عبد العزيز بن سعد بن عبد العزيز|عبدالعزيز بن سعد بن عبدالعزيز	Abdulaziz bin Saad
فيصل بن خالد بن سلطان	Faisal bin Khalid bin Sultan
محمد بن ناصر بن عبد العزيز|محمد بن ناصر بن عبدالعزيز	Mohammed bin Nasser bin Abdulaziz
حسام بن سعود|حسام بن سعود بن عبد العزيز|حسام بن سعود بن عبدالعزيز	Hussam bin Saud
فهد بن بدر|فهد بن بدر بن عبد العزيز|فهد بن بدر بن عبدالعزيز	Fahd bin Badr
فيصل بن نواف|فيصل بن نواف بن عبد العزيز|فيصل بن نواف بن عبدالعزيز	Faisal bin Nawaf
عبد العزيز بن سعود بن نايف|عبدالعزيز بن سعود بن نايف|عبد العزيز بن سعود|عبدالعزيز بن سعود	Abdulaziz bin Saud bin Nayef
عبد العزيز بن عبد الله بن عبد العزيز|عبدالعزيز بن عبدالله بن عبدالعزيز	Abdulaziz bin Abdullah bin Abdulaziz
عبد العزيز بن فهد|عبدالعزيز بن فهد|عبد العزيز بن فهد بن عبد العزيز|عبدالعزيز بن فهد بن عبدالعزيز	Abdulaziz bin Fahd
منصور بن متعب|منصور بن متعب بن عبد العزيز|منصور بن متعب بن عبدالعزيز	Mansour bin Mutaib
فيصل بن عبد الله بن محمد|فيصل بن عبدالله بن محمد	Faisal bin Abdullah bin Mohammed
سلطان بن سلمان|سلطان بن سلمان بن عبد العزيز|سلطان بن سلمان بن عبدالعزيز	Sultan bin Salman
عبد العزيز بن تركي الفيصل|عبدالعزيز بن تركي الفيصل|عبد العزيز بن تركي|عبدالعزيز بن تركي	Abdulaziz bin Turki Al-Faisal
بدر بن عبد الله بن فرحان|بدر بن عبدالله بن فرحان	Badr bin Abdullah bin Farhan
فهد بن تركي بن عبد العزيز|فهد بن تركي بن عبدالعزيز	Fahd bin Turki bin Abdulaziz
محمد بن نواف|محمد بن نواف بن عبد العزيز|محمد بن نواف بن عبدالعزيز	Mohammed bin Nawaf
ريما بنت بندر|ريما بنت بندر بن سلطان	Reema bint Bandar
عبد الرحمن بن مساعد|عبدالرحمن بن مساعد	Abdulrahman bin Musaed
عبد الله بن مساعد|عبدالله بن مساعد	Abdullah bin Musaed
فيصل بن تركي|فيصل بن تركي بن ناصر	Faisal bin Turki
محمد الجدعان	Mohammed Al-Jadaan
أحمد الخطيب|أحمد عقيل الخطيب	Ahmed Al-Khateeb
عادل الطريفي	Adel Al-Toraifi
عواد العواد	Awwad Alawwad
ماجد القصبي	Majid Al-Qasabi
فيصل الإبراهيم	Faisal Alibrahim
عادل فقيه	Adel Fakeih
محمد التويجري	Mohammed Al-Tuwaijri
توفيق الربيعة	Tawfiq Al-Rabiah
عبد الله الربيعة|عبدالله الربيعة	Abdullah Al-Rabeeah
فهد الجلاجل	Fahad Al-Jalajel
عبد اللطيف آل الشيخ|عبداللطيف آل الشيخ	Abdullatif Al ash-Sheikh
عبد الله آل الشيخ|عبدالله آل الشيخ|عبد الله بن محمد آل الشيخ|عبدالله بن محمد آل الشيخ	Abdullah Al ash-Sheikh
صالح بن حميد|صالح بن عبد الله بن حميد|صالح بن عبدالله بن حميد	Saleh bin Humaid
محمد العيسى|محمد بن عبد الكريم العيسى|محمد بن عبدالكريم العيسى	Mohammad Al-Issa
وليد الصمعاني	Walid Al-Samaani
حمد آل الشيخ	Hamad Al ash-Sheikh
عزام الدخيل	Azzam Al-Dakhil
أحمد العيسى	Ahmed Al-Issa
خالد العنقري	Khalid Al-Anqari
يوسف البنيان	Yousef Al-Benyan
مفرج الحقباني	Mufrej Al-Haqbani
أحمد الراجحي	Ahmed Al-Rajhi
يوسف العثيمين	Yousef Al-Othaimeen
ماجد الحقيل	Majid Al-Hogail
عبد الرحمن الفضلي|عبدالرحمن الفضلي	Abdulrahman Al-Fadley
صالح الجاسر	Saleh Al-Jasser
بندر الخريف	Bandar Alkhorayef
عبد الله السواحه|عبدالله السواحه	Abdullah Alswaha
بندر حجار	Bandar Hajjar
محمد صالح بنتن|محمد بنتن	Mohammed Saleh Benten
سلمان الدوسري	Salman Al-Dossary
مساعد العيبان	Musaed Al-Aiban
خالد التويجري	Khalid Al-Tuwaijri
مازن الكهموس	Mazin Al-Kahmous
نورة الفايز	Norah Al-Faiz
عبد الله المعلمي|عبدالله المعلمي	Abdallah Al-Mouallimi
أحمد قطان	Ahmed Qattan
أسامة نقلي	Osama Nugali
محمد آل جابر	Mohammed Al-Jaber
ثامر السبهان	Thamer Al-Sabhan
وليد البخاري	Walid Bukhari
علي عواض عسيري	Ali Awadh Asiri
أحمد عسيري	Ahmed Asiri
تركي المالكي	Turki Al-Maliki
منصور التركي	Mansour Al-Turki
خالد الحميدان	Khalid Al-Humaidan
فياض الرويلي	Fayyad Al-Ruwaili
سعود القحطاني	Saud Al-Qahtani
سعد الجبري	Saad Aljabri
محمد الجاسر	Muhammad Al-Jasser
فهد المبارك	Fahad Al-Mubarak
أحمد الخليفي	Ahmed Alkholifey
أيمن السياري	Ayman Alsayari
ياسر الرميان	Yasir Al-Rumayyan
أمين الناصر	Amin H. Nasser
محمد الماضي	Mohamed Al-Mady
نظمي النصر	Nadhmi Al-Nasr
تركي آل الشيخ	Turki Al ash-Sheikh
صالح الفوزان	Saleh Al-Fawzan
عبد الله المطلق|عبدالله المطلق	Abdullah Al-Mutlaq
عبد الله بن منيع|عبدالله بن منيع|عبد الله المنيع|عبدالله المنيع	Abdullah bin Sulaiman Al-Manea
عبد الله بن جبرين|عبدالله بن جبرين|ابن جبرين	Abdullah ibn Jibreen
عبد المحسن العبيكان|عبدالمحسن العبيكان	Abdulmohsen Al-Obaikan
سفر الحوالي	Safar Al-Hawali
عوض القرني	Awad Al-Qarni
عادل الكلباني	Adel Al-Kalbani
محمد المنجد|محمد صالح المنجد	Muhammad Al-Munajjid
سعود الشريم	Saud Al-Shuraim
ماهر المعيقلي	Maher Al-Muaiqly
عبد الله الجهني|عبدالله الجهني	Abdullah Al-Juhany
بندر بليلة	Bandar Baleela
ياسر الدوسري	Yasser Al-Dosari
صالح آل طالب	Saleh Al-Talib
علي الحذيفي	Ali Al-Hudhaifi
حسين آل الشيخ	Hussain Al ash-Sheikh
صلاح البدير	Salah Al-Budair
لجين الهذلول	Loujain al-Hathloul
رائف بدوي	Raif Badawi
منال الشريف	Manal al-Sharif
وليد أبو الخير	Waleed Abulkhair
سعد الفقيه	Saad al-Faqih
محمد المسعري	Mohammed al-Massari
سليمان الراجحي	Sulaiman Al-Rajhi
عمرو الدباغ	Amr Al-Dabbagh
معن الصانع	Maan Al-Sanea
لبنى العليان	Lubna Olayan
ثريا عبيد	Thoraya Obaid
عثمان العمير	Othman Al-Omeir
طارق الحميد	Tariq Alhomayed
داود الشريان	Dawood Al-Shirian
تركي الحمد	Turki Al-Hamad
عبد الله الغذامي|عبدالله الغذامي	Abdullah Al-Ghathami
عبده خال	Abdo Khal
رجاء الصانع	Rajaa Alsanea
عبد الله المديفر|عبدالله المديفر	Abdullah Al-Mudaifer
أحمد نواف الأحمد الصباح|أحمد نواف الأحمد|أحمد النواف	Ahmad Nawaf Al-Ahmad Al-Sabah
أحمد عبد الله الأحمد الصباح|أحمد عبدالله الأحمد الصباح|أحمد عبد الله الأحمد|أحمد عبدالله الأحمد	Ahmad Abdullah Al-Ahmad Al-Sabah
سالم عبد الله الجابر الصباح|سالم عبدالله الجابر الصباح|سالم العبد الله|سالم العبدالله	Salem Abdullah Al-Jaber Al-Sabah
أحمد ناصر المحمد الصباح|أحمد ناصر المحمد	Ahmad Nasser Al-Mohammad Al-Sabah
ناصر صباح الأحمد الصباح|ناصر صباح الأحمد	Nasser Sabah Al-Ahmad Al-Sabah
طلال الخالد الأحمد الصباح|طلال الخالد	Talal Al-Khaled Al-Ahmad Al-Sabah
فهد يوسف سعود الصباح|فهد اليوسف	Fahad Yousef Saud Al-Sabah
محمد الخالد الحمد الصباح|محمد الخالد الصباح	Mohammad Al-Khaled Al-Hamad Al-Sabah
خالد الجراح الصباح|خالد الجراح	Khaled Al-Jarrah Al-Sabah
طلال الفهد|طلال الفهد الأحمد الصباح	Talal Al-Fahad Al-Sabah
عبد الله اليحيا|عبدالله اليحيا	Abdullah Al-Yahya
خالد الجار الله|خالد الجارالله	Khaled Al-Jarallah
أنس الصالح	Anas Al-Saleh
عبيد الوسمي	Obaid Al-Wasmi
وليد الطبطبائي	Waleed Al-Tabtabaie
صالح عاشور	Saleh Ashour
شافي العجمي	Shafi al-Ajmi
عبد الله النفيسي|عبدالله النفيسي	Abdullah Al-Nafisi
خالد بن خليفة بن عبد العزيز آل ثاني|خالد بن خليفة بن عبدالعزيز آل ثاني|خالد بن خليفة آل ثاني	Khalid bin Khalifa Al Thani
عبد الله بن ناصر بن خليفة آل ثاني|عبدالله بن ناصر بن خليفة آل ثاني|عبد الله بن ناصر آل ثاني|عبدالله بن ناصر آل ثاني	Abdullah bin Nasser Al Thani
عبد الله بن حمد بن خليفة آل ثاني|عبدالله بن حمد بن خليفة آل ثاني|عبد الله بن حمد آل ثاني|عبدالله بن حمد آل ثاني	Abdullah bin Hamad Al Thani
جاسم بن حمد بن خليفة آل ثاني|جاسم بن حمد آل ثاني	Jassim bin Hamad Al Thani
جوعان بن حمد|جوعان بن حمد آل ثاني	Joaan bin Hamad Al Thani
المياسة بنت حمد|المياسة بنت حمد آل ثاني	Al-Mayassa bint Hamad Al Thani
سلطان بن سعد المريخي	Sultan bin Saad Al-Muraikhi
لولوة الخاطر|لولوة راشد الخاطر	Lolwah Al-Khater
علي شريف العمادي	Ali Shareef Al-Emadi
سعد شريدة الكعبي|سعد بن شريدة الكعبي	Saad Sherida Al-Kaabi
محمد بن صالح السادة|محمد صالح السادة	Mohammed bin Saleh Al-Sada
حمد بن عبد العزيز الكواري|حمد بن عبدالعزيز الكواري|حمد الكواري	Hamad bin Abdulaziz Al-Kuwari
حسن الذوادي|حسن عبد الله الذوادي|حسن عبدالله الذوادي	Hassan Al-Thawadi
ناصر الخليفي|ناصر بن غانم الخليفي	Nasser Al-Khelaifi
مكتوم بن محمد بن راشد آل مكتوم|مكتوم بن محمد بن راشد|مكتوم بن محمد	Maktoum bin Mohammed Al Maktoum
حمدان بن راشد آل مكتوم|حمدان بن راشد	Hamdan bin Rashid Al Maktoum
أحمد بن سعيد آل مكتوم	Ahmed bin Saeed Al Maktoum
سلطان بن محمد القاسمي	Sultan bin Muhammad Al-Qasimi
سعود بن صقر القاسمي|سعود بن صقر	Saud bin Saqr Al Qasimi
حميد بن راشد النعيمي|حميد بن راشد	Humaid bin Rashid Al Nuaimi
حمد بن محمد الشرقي	Hamad bin Mohammed Al Sharqi
سعود بن راشد المعلا	Saud bin Rashid Al Mualla
خالد بن محمد بن زايد آل نهيان|خالد بن محمد بن زايد	Khaled bin Mohamed bin Zayed Al Nahyan
هزاع بن زايد آل نهيان|هزاع بن زايد	Hazza bin Zayed Al Nahyan
نهيان بن مبارك آل نهيان|نهيان بن مبارك	Nahyan bin Mubarak Al Nahyan
محمد القرقاوي|محمد عبد الله القرقاوي|محمد عبدالله القرقاوي	Mohammad Al Gergawi
سهيل المزروعي|سهيل محمد المزروعي	Suhail Al Mazrouei
ريم الهاشمي	Reem Al Hashimy
نورة الكعبي	Noura Al Kaabi
محمد البواردي|محمد بن أحمد البواردي	Mohammed Al Bowardi
يوسف العتيبة	Yousef Al Otaiba
لانا نسيبة	Lana Nusseibeh
أمل القبيسي	Amal Al Qubaisi
صقر غباش	Saqr Ghobash
عبد العزيز الغرير|عبدالعزيز الغرير	Abdul Aziz Al Ghurair
ماجد الفطيم	Majid Al Futtaim
أحمد ناصر الريسي	Ahmed Naser Al-Raisi
هزاع المنصوري	Hazza Al Mansouri
سلطان النيادي	Sultan Al Neyadi
عبد الخالق عبد الله|عبدالخالق عبدالله	Abdulkhaleq Abdulla
عبد الله بن بيه|عبدالله بن بيه	Abdallah bin Bayyah
عيسى بن سلمان آل خليفة|عيسى بن سلمان	Isa bin Salman Al Khalifa
راشد بن عبد الله آل خليفة|راشد بن عبدالله آل خليفة	Rashid bin Abdullah Al Khalifa
خليفة بن أحمد آل خليفة	Khalifa bin Ahmed Al Khalifa
ناصر بن حمد آل خليفة|ناصر بن حمد	Nasser bin Hamad Al Khalifa
خالد بن حمد آل خليفة	Khalid bin Hamad Al Khalifa
محمد بن مبارك آل خليفة	Mohammed bin Mubarak Al Khalifa
خالد بن عبد الله آل خليفة|خالد بن عبدالله آل خليفة	Khalid bin Abdullah Al Khalifa
فوزية زينل	Fawzia Zainal
نبيل رجب	Nabeel Rajab
عبد الهادي الخواجة|عبدالهادي الخواجة	Abdulhadi al-Khawaja
مريم الخواجة	Maryam al-Khawaja
إبراهيم شريف	Ebrahim Sharif
فهد بن محمود آل سعيد|فهد بن محمود	Fahd bin Mahmoud Al Said
أسعد بن طارق آل سعيد|أسعد بن طارق	Asad bin Tariq Al Said
شهاب بن طارق آل سعيد|شهاب بن طارق	Shihab bin Tariq Al Said
ذي يزن بن هيثم|ذي يزن بن هيثم آل سعيد|ذو يزن بن هيثم	Theyazin bin Haitham Al Said
أحمد بن حمد الخليلي|أحمد الخليلي	Ahmed bin Hamad al-Khalili
نواف العابد	Nawaf Al-Abed
ياسر الشهراني	Yasser Al-Shahrani
محمد العويس	Mohammed Al-Owais
سلمان الفرج	Salman Al-Faraj
عبد الله عطيف|عبدالله عطيف	Abdullah Otayf
فهد المولد	Fahad Al-Muwallad
تيسير الجاسم	Taisir Al-Jassim
أسامة هوساوي	Osama Hawsawi
محمد كنو	Mohamed Kanno
ناصر الدوسري	Nasser Al-Dawsari
سعود عبد الحميد|سعود عبدالحميد	Saud Abdulhamid
سامي النجعي	Sami Al-Najei
عبد الله الحمدان|عبدالله الحمدان	Abdullah Al-Hamdan
فراس البريكان	Firas Al-Buraikan
صالح الشهري	Saleh Al-Shehri
حسان تمبكتي	Hassan Tambakti
علي البليهي	Ali Al-Bulaihi
محمد السهلاوي	Mohammad Al-Sahlawi
نايف هزازي	Naif Hazazi
حسين عبد الغني|حسين عبدالغني	Hussein Abdulghani
ناصر الجوهر	Nasser Al-Johar
خوسيه بيسيرو|جوزيه بيسيرو|بيسيرو	José Peseiro
خوان رامون لوبيز كارو|لوبيز كارو	Juan Ramón López Caro
بيرت فان مارفيك|فان مارفيك	Bert van Marwijk
إدغاردو باوزا|إدجاردو باوزا|باوزا	Edgardo Bauza
خوان أنطونيو بيتزي|بيتزي	Juan Antonio Pizzi
رامون دياز	Ramón Díaz
رازفان لوتشيسكو|لوتشيسكو	Răzvan Lucescu
رودي غارسيا|رودي جارسيا	Rudi Garcia
ستيفانو بيولي|بيولي	Stefano Pioli
نونو إسبيريتو سانتو	Nuno Espírito Santo
لوران بلان	Laurent Blanc
ماتياس يايسله|يايسله	Matthias Jaissle
ألبرتو زاكيروني|زاكيروني	Alberto Zaccheroni
مهدي علي	Mahdi Ali
ألكسندر ميتروفيتش	Aleksandar Mitrović
روبرتو فيرمينو|فيرمينو	Roberto Firmino
أندرسون تاليسكا|تاليسكا	Anderson Talisca
روبن نيفيز	Rúben Neves
سيرجي ميلينكوفيتش سافيتش|ميلينكوفيتش سافيتش	Sergej Milinković-Savić
عبد الرزاق حمد الله|عبدالرزاق حمد الله	Abderrazak Hamdallah
سيباستيان سوريا	Sebastián Soria
خلفان إبراهيم	Khalfan Ibrahim
منصور البلوي	Mansour Al-Balawi
لؤي ناظر	Loay Nazer
خالد البلطان	Khalid Al-Baltan
فهد بن نافل	Fahad bin Nafel
أحمد عيد الحربي	Ahmed Eid Alharbi
ياسر المسحل	Yasser Al-Misehal
`;
