/**
 * People of history, religion, myth, thought and letters whom Arabic news and culture pages name,
 * beside figures.ts (the project's own list, MIT, written from general knowledge): Biblical and
 * Quranic figures, Companions, caliphs and sultans, scholars, poets, philosophers, writers,
 * scientists, explorers, painters, composers, ancient rulers, gods and heroes of myth. One a line:
 * the usual name first, then variants and short forms, separated by |, then after a tab the English
 * name the hover shows. A one-word name only where it names that one figure (سيبويه، جلجامش), never
 * a prophet's name that is a given name (موسى، يوسف) nor a nisba that is a family name (البخاري).
 * These names are found at run time only: training does not see them (gazetteer/training.ts),
 * so the model lends them what it learnt of the listed names of their class.
 */
export const HISTORY_PEOPLE = `
يسوع المسيح|يسوع|عيسى بن مريم|عيسى ابن مريم	Jesus
مريم العذراء|مريم بنت عمران	Mary, mother of Jesus
يوحنا المعمدان|يحيى بن زكريا	John the Baptist
سليمان بن داود	Solomon
ذو القرنين	Dhul-Qarnayn
لقمان الحكيم	Luqman
يهوذا الإسخريوطي	Judas Iscariot
خديجة بنت خويلد	Khadija bint Khuwaylid
عائشة بنت أبي بكر	Aisha bint Abi Bakr
فاطمة بنت محمد|فاطمة الزهراء بنت محمد	Fatima, daughter of Muhammad
عبد المطلب بن هاشم|عبدالمطلب بن هاشم	Abd al-Muttalib ibn Hashim
حمزة بن عبد المطلب|حمزة بن عبدالمطلب	Hamza ibn Abd al-Muttalib
أبو لهب	Abu Lahab
أبو جهل	Abu Jahl
أبو سفيان بن حرب	Abu Sufyan ibn Harb
الحسن بن علي بن أبي طالب|الحسن بن علي	Hasan ibn Ali
زينب بنت علي	Zaynab bint Ali
عبد الله بن عباس|عبدالله بن عباس	Abdullah ibn Abbas
عبد الله بن الزبير|عبدالله بن الزبير	Abdullah ibn al-Zubayr
عبد الرحمن بن عوف|عبدالرحمن بن عوف	Abd al-Rahman ibn Awf
سعد بن أبي وقاص	Sa'd ibn Abi Waqqas
أبو عبيدة بن الجراح|أبو عبيدة عامر بن الجراح	Abu Ubayda ibn al-Jarrah
بلال بن رباح	Bilal ibn Rabah
سلمان الفارسي	Salman the Persian
أبو ذر الغفاري	Abu Dharr al-Ghifari
عمار بن ياسر	Ammar ibn Yasir
أبو هريرة	Abu Hurayra
عمرو بن العاص	Amr ibn al-As
حسان بن ثابت	Hassan ibn Thabit
عقبة بن نافع	Uqba ibn Nafi
موسى بن نصير	Musa ibn Nusayr
يزيد بن معاوية	Yazid I
عبد الملك بن مروان|عبدالملك بن مروان	Abd al-Malik ibn Marwan
الوليد بن عبد الملك|الوليد بن عبدالملك	Al-Walid I
هشام بن عبد الملك|هشام بن عبدالملك	Hisham ibn Abd al-Malik
الحجاج بن يوسف الثقفي|الحجاج بن يوسف|الحجاج الثقفي	Al-Hajjaj ibn Yusuf
جعفر الصادق|جعفر بن محمد الصادق	Ja'far al-Sadiq
موسى الكاظم	Musa al-Kadhim
علي الرضا|علي بن موسى الرضا	Ali al-Rida
الحسن العسكري	Hasan al-Askari
المهدي المنتظر|محمد بن الحسن المهدي	Muhammad al-Mahdi
أبو العباس السفاح	Abu al-Abbas al-Saffah
أبو جعفر المنصور	Al-Mansur
المأمون العباسي|عبد الله المأمون|عبدالله المأمون	Al-Ma'mun
المعتصم بالله العباسي|المعتصم العباسي	Al-Mu'tasim
المعز لدين الله الفاطمي|المعز لدين الله	Al-Mu'izz li-Din Allah
الحاكم بأمر الله	Al-Hakim bi-Amr Allah
نور الدين زنكي|نور الدين محمود زنكي	Nur al-Din Zangi
الظاهر بيبرس|ركن الدين بيبرس|بيبرس	Baybars
سيف الدين قطز|قطز	Qutuz
شجرة الدر	Shajar al-Durr
ألب أرسلان	Alp Arslan
جنكيز خان	Genghis Khan
هولاكو|هولاكو خان	Hulagu Khan
تيمورلنك|تيمور لنك	Timur (Tamerlane)
عثمان الأول|عثمان بن أرطغرل	Osman I
أرطغرل غازي	Ertuğrul
محمد الفاتح	Mehmed the Conqueror
سليم الأول|سليم ياووز	Selim I
سليمان القانوني	Suleiman the Magnificent
عبد الحميد الثاني|عبدالحميد الثاني	Abdul Hamid II
عبد المجيد الثاني|عبدالمجيد الثاني	Abdulmejid II
خير الدين بربروس|بربروس	Hayreddin Barbarossa
محمد علي الكبير	Muhammad Ali of Egypt
عبد الرحمن الناصر|عبدالرحمن الناصر|عبد الرحمن الثالث|عبدالرحمن الثالث	Abd al-Rahman III
المنصور بن أبي عامر|محمد بن أبي عامر	Almanzor
المعتمد بن عباد	Al-Mu'tamid ibn Abbad
يوسف بن تاشفين	Yusuf ibn Tashfin
أبو عبد الله الصغير|أبو عبدالله الصغير	Muhammad XII of Granada (Boabdil)
ابن حزم|ابن حزم الأندلسي	Ibn Hazm
ابن زيدون	Ibn Zaydun
ابن عربي|محيي الدين بن عربي|محيي الدين ابن عربي	Ibn Arabi
أبو القاسم الزهراوي	Al-Zahrawi (Abulcasis)
عباس بن فرناس|ابن فرناس	Abbas ibn Firnas
زرياب	Ziryab
موسى بن ميمون|ابن ميمون	Maimonides
أبو حنيفة النعمان|أبو حنيفة|النعمان بن ثابت	Abu Hanifa
مالك بن أنس	Malik ibn Anas
محمد بن إدريس الشافعي	Al-Shafi'i
أحمد بن حنبل|ابن حنبل	Ahmad ibn Hanbal
محمد بن إسماعيل البخاري	Muhammad al-Bukhari
مسلم بن الحجاج|مسلم بن الحجاج النيسابوري	Muslim ibn al-Hajjaj
ابن جرير الطبري|محمد بن جرير الطبري	Al-Tabari
ابن كثير	Ibn Kathir
ابن قيم الجوزية|ابن القيم	Ibn Qayyim al-Jawziyya
محمد بن عبد الوهاب|محمد بن عبدالوهاب	Muhammad ibn Abd al-Wahhab
الحسن البصري	Hasan al-Basri
الحسين بن منصور الحلاج|منصور الحلاج	Mansur al-Hallaj
عبد القادر الجيلاني|عبدالقادر الجيلاني|عبد القادر الكيلاني|عبدالقادر الكيلاني	Abd al-Qadir al-Jilani
ابن سيرين|محمد بن سيرين	Ibn Sirin
سيبويه	Sibawayh
الخليل بن أحمد الفراهيدي|الفراهيدي	Al-Khalil ibn Ahmad al-Farahidi
ابن المقفع|عبد الله بن المقفع|عبدالله بن المقفع	Ibn al-Muqaffa
الشريف الإدريسي	Muhammad al-Idrisi
ابن النفيس	Ibn al-Nafis
ابن الهيثم|الحسن بن الهيثم	Ibn al-Haytham (Alhazen)
البيروني|أبو الريحان البيروني	Al-Biruni
أبو بكر الرازي|محمد بن زكريا الرازي	Abu Bakr al-Razi (Rhazes)
يعقوب بن إسحاق الكندي|أبو يوسف الكندي	Al-Kindi
جابر بن حيان	Jabir ibn Hayyan
عمر الخيام	Omar Khayyam
امرؤ القيس	Imru' al-Qais
عنترة بن شداد|عنترة	Antarah ibn Shaddad
زهير بن أبي سلمى	Zuhayr ibn Abi Sulma
حاتم الطائي	Hatim al-Ta'i
قيس بن الملوح|مجنون ليلى	Qays ibn al-Mulawwah (Majnun Layla)
الفرزدق	Al-Farazdaq
أبو نواس	Abu Nuwas
أبو تمام	Abu Tammam
البحتري	Al-Buhturi
أبو العلاء المعري|المعري	Al-Ma'arri
شرف الدين البوصيري	Al-Busiri
الفردوسي|أبو القاسم الفردوسي	Ferdowsi
حافظ الشيرازي	Hafez
سعدي الشيرازي	Saadi Shirazi
جلال الدين الرومي	Rumi
شمس التبريزي|شمس الدين التبريزي	Shams Tabrizi
جمال الدين الأفغاني	Jamal al-Din al-Afghani
محمد رشيد رضا|رشيد رضا	Rashid Rida
عبد الرحمن الكواكبي|عبدالرحمن الكواكبي	Abd al-Rahman al-Kawakibi
رفاعة الطهطاوي|رفاعة رافع الطهطاوي	Rifa'a al-Tahtawi
قاسم أمين	Qasim Amin
عبد الحميد بن باديس|عبدالحميد بن باديس|ابن باديس	Abdelhamid Ben Badis
مالك بن نبي	Malek Bennabi
أبو الأعلى المودودي|المودودي	Abul A'la Maududi
سعيد النورسي|بديع الزمان سعيد النورسي|النورسي	Said Nursi
علي شريعتي	Ali Shariati
محمد باقر الصدر	Muhammad Baqir al-Sadr
محمد صادق الصدر	Muhammad Sadiq al-Sadr
موسى الصدر	Musa al-Sadr
جرجي زيدان	Jurji Zaydan
مصطفى لطفي المنفلوطي	Mustafa Lutfi al-Manfaluti
مصطفى صادق الرافعي	Mustafa Sadiq al-Rafi'i
حافظ إبراهيم	Hafez Ibrahim
إيليا أبو ماضي	Elia Abu Madi
ميخائيل نعيمة	Mikhail Naimy
مي زيادة	May Ziadeh
بنت الشاطئ|عائشة عبد الرحمن	Aisha Abd al-Rahman (Bint al-Shati')
هدى شعراوي	Huda Sha'arawi
صلاح عبد الصبور	Salah Abdel Sabour
علي الوردي	Ali al-Wardi
عبد الله العروي|عبدالله العروي	Abdallah Laroui
الطاهر وطار	Tahar Ouettar
ميشيل عفلق|ميشال عفلق	Michel Aflaq
أنطون سعادة	Antoun Saadeh
عمر المختار	Omar Mukhtar
عبد الكريم الخطابي|عبدالكريم الخطابي|محمد بن عبد الكريم الخطابي	Abd el-Krim al-Khattabi
أحمد عرابي	Ahmed Urabi
سعد زغلول	Saad Zaghloul
عبد القادر الجزائري|عبدالقادر الجزائري	Emir Abdelkader
عبد القادر الحسيني|عبدالقادر الحسيني	Abd al-Qadir al-Husayni
أمين الحسيني|محمد أمين الحسيني	Amin al-Husseini
لورنس العرب|توماس إدوارد لورنس	T. E. Lawrence
مارك سايكس	Mark Sykes
فرانسوا جورج بيكو	François Georges-Picot
آرثر بلفور	Arthur Balfour
تيودور هرتزل|ثيودور هرتزل|هرتزل	Theodor Herzl
إيمانويل كانط|كانط	Immanuel Kant
فريدريش هيغل|فريدريك هيغل|فريدريش هيجل	Georg Wilhelm Friedrich Hegel
آرثر شوبنهاور|شوبنهاور	Arthur Schopenhauer
مارتن هايدغر|هايدغر|هايدجر	Martin Heidegger
باروخ سبينوزا|سبينوزا	Baruch Spinoza
توماس هوبز|هوبز	Thomas Hobbes
جان جاك روسو	Jean-Jacques Rousseau
فولتير	Voltaire
مونتسكيو	Montesquieu
آدم سميث	Adam Smith
نيكولو مكيافيلي|مكيافيلي|ميكافيلي|مكيافيللي	Niccolò Machiavelli
مارتن لوثر	Martin Luther
فريدريك إنجلز|فريدريش إنجلز|فريدريك إنغلز	Friedrich Engels
سيمون دي بوفوار|سيمون دو بوفوار	Simone de Beauvoir
حنة أرندت|هانا أرندت|أرندت	Hannah Arendt
برتراند راسل	Bertrand Russell
فرانز فانون|فانون	Frantz Fanon
أنطونيو غرامشي|غرامشي	Antonio Gramsci
ليون تروتسكي|تروتسكي	Leon Trotsky
فيثاغورس	Pythagoras
أرخميدس	Archimedes
إقليدس	Euclid
أبقراط	Hippocrates
هوميروس	Homer
كونفوشيوس	Confucius
بوذا|سيدهارتا غوتاما	Gautama Buddha
زرادشت	Zoroaster
سون تزو	Sun Tzu
تشارلز ديكنز|ديكنز	Charles Dickens
جين أوستن	Jane Austen
أوسكار وايلد	Oscar Wilde
جورج برنارد شو|برنارد شو	George Bernard Shaw
ألكسندر بوشكين|بوشكين	Alexander Pushkin
أنطون تشيخوف|تشيخوف	Anton Chekhov
ميغيل دي ثيربانتس|ثيربانتس|سرفانتس	Miguel de Cervantes
فيديريكو غارسيا لوركا|لوركا	Federico García Lorca
شارل بودلير|بودلير	Charles Baudelaire
جول فيرن	Jules Verne
رابندرانات طاغور|طاغور	Rabindranath Tagore
ناظم حكمت	Nazım Hikmet
نيكولاس كوبرنيكوس|كوبرنيكوس	Nicolaus Copernicus
ألكسندر فليمنغ|ألكسندر فلمنغ	Alexander Fleming
ديمتري مندلييف|مندلييف	Dmitri Mendeleev
نيكولا تسلا	Nikola Tesla
ألكسندر غراهام بيل|غراهام بيل	Alexander Graham Bell
روبرت أوبنهايمر|أوبنهايمر	J. Robert Oppenheimer
لويس برايل|برايل	Louis Braille
يوهان غوتنبرغ|يوهانس غوتنبرغ|غوتنبرغ	Johannes Gutenberg
آلان تورينغ|تورينغ	Alan Turing
يوري غاغارين|يوري جاجارين|غاغارين	Yuri Gagarin
نيل أرمسترونغ	Neil Armstrong
ماركو بولو	Marco Polo
فاسكو دا غاما	Vasco da Gama
فرديناند ماجلان|ماجلان	Ferdinand Magellan
رامبرانت	Rembrandt
سلفادور دالي	Salvador Dalí
كلود مونيه	Claude Monet
يوهان سيباستيان باخ	Johann Sebastian Bach
ريتشارد فاغنر	Richard Wagner
بيوتر إيليتش تشايكوفسكي|تشايكوفسكي	Pyotr Ilyich Tchaikovsky
فريدريك شوبان|شوبان	Frédéric Chopin
نبوخذ نصر|نبوخذنصر|نبوخذ نصر الثاني|بختنصر	Nebuchadnezzar II
حمورابي	Hammurabi
رمسيس الثاني	Ramesses II
كليوباترا|كليوباترا السابعة	Cleopatra
الإسكندر الأكبر|الإسكندر المقدوني	Alexander the Great
يوليوس قيصر	Julius Caesar
توت عنخ آمون	Tutankhamun
أخناتون	Akhenaten
نفرتيتي	Nefertiti
حتشبسوت	Hatshepsut
خوفو	Khufu
تحتمس الثالث	Thutmose III
زنوبيا	Zenobia
سرجون الأكدي	Sargon of Akkad
آشور بانيبال|آشوربانيبال	Ashurbanipal
كورش الكبير|قورش الكبير	Cyrus the Great
نيرون	Nero
قسطنطين الأكبر|قسطنطين العظيم	Constantine the Great
حنبعل|هانيبال برقا	Hannibal
شارلمان	Charlemagne
ريتشارد قلب الأسد	Richard the Lionheart
جان دارك	Joan of Arc
لويس الرابع عشر	Louis XIV
ماري أنطوانيت	Marie Antoinette
بطرس الأكبر	Peter the Great
كاترين العظمى|كاترين الثانية	Catherine the Great
زيوس	Zeus
أفروديت	Aphrodite
بوسيدون	Poseidon
بروميثيوس	Prometheus
أخيل|أخيليوس	Achilles
أوديسيوس	Odysseus
أوديب	Oedipus
سيزيف	Sisyphus
بجماليون	Pygmalion
ميدوزا	Medusa
هيلين الطروادية|هيلين طروادة	Helen of Troy
عشتار	Ishtar
جلجامش|كلكامش	Gilgamesh
أنكيدو	Enkidu
إيزيس	Isis
أوزوريس	Osiris
حورس	Horus
السندباد البحري	Sinbad the Sailor
جحا	Juha
أبو زيد الهلالي	Abu Zayd al-Hilali
الزير سالم|المهلهل بن ربيعة	Al-Zir Salim (al-Muhalhil)
`;
