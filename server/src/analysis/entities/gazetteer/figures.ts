/**
 * People of history, thought, letters, the arts and sport whom the news names in passing
 * (هتلر، ابن خلدون، نجيب محفوظ، مارادونا): the project's own list (MIT), written from general
 * knowledge. people.ts holds the people of current affairs. One a line, the usual name first,
 * then variants and short forms, then after a tab the English name the hover shows; a short form only where it names that one person
 * (نابليون and هتلر, not كاسترو or زيدان, which name others too).
 */
export const FIGURES = `
أدولف هتلر|هتلر	Adolf Hitler
نابليون بونابرت|نابليون|نابليون بونابارت	Napoleon Bonaparte
ونستون تشرشل|تشرشل	Winston Churchill
شارل ديغول|ديغول|شارل دي غول	Charles de Gaulle
جوزيف ستالين|ستالين	Joseph Stalin
فلاديمير لينين|لينين	Vladimir Lenin
كارل ماركس|ماركس	Karl Marx
بينيتو موسوليني|موسوليني	Benito Mussolini
ماو تسي تونغ|ماو تسي تونج	Mao Zedong
المهاتما غاندي|غاندي|مهاتما غاندي	Mahatma Gandhi
جواهر لال نهرو|نهرو	Jawaharlal Nehru
نيلسون مانديلا|مانديلا	Nelson Mandela
مارتن لوثر كينغ|مارتن لوثر كنغ	Martin Luther King
جون كينيدي|جون كنيدي|جون إف كينيدي	John F. Kennedy
أبراهام لينكولن|لينكولن|لنكولن	Abraham Lincoln
جورج واشنطن	George Washington
رونالد ريغان|ريغان|ريجان	Ronald Reagan
ريتشارد نيكسون|نيكسون	Richard Nixon
جيمي كارتر	Jimmy Carter
ميخائيل غورباتشوف|غورباتشوف|جورباتشوف	Mikhail Gorbachev
مارغريت تاتشر|تاتشر	Margaret Thatcher
فيدل كاسترو	Fidel Castro
تشي غيفارا|غيفارا|جيفارا|تشي جيفارا	Che Guevara
هوغو شافيز|شافيز	Hugo Chávez
أوغستو بينوشيه|بينوشيه|بينوشي	Augusto Pinochet
سلوبودان ميلوسيفيتش|ميلوسيفيتش	Slobodan Milošević
جوزيف بروز تيتو|تيتو	Josip Broz Tito
كمال أتاتورك|أتاتورك|مصطفى كمال أتاتورك	Mustafa Kemal Atatürk
روح الله الخميني|الخميني	Ruhollah Khomeini
الحبيب بورقيبة|بورقيبة	Habib Bourguiba
هواري بومدين|بومدين	Houari Boumediene
أحمد بن بلة|بن بلة	Ahmed Ben Bella
الحسن الثاني	Hassan II
محمد الخامس	Mohammed V
فيصل بن عبد العزيز|فيصل بن عبدالعزيز	King Faisal
عبد العزيز آل سعود|عبدالعزيز آل سعود|ابن سعود	King Abdulaziz Al Saud
زايد بن سلطان آل نهيان|زايد بن سلطان	Sheikh Zayed bin Sultan Al Nahyan
بطرس بطرس غالي|بطرس غالي	Boutros Boutros-Ghali
داغ همرشولد	Dag Hammarskjöld
يوحنا بولس الثاني|البابا يوحنا بولس الثاني	Pope John Paul II
البابا فرنسيس	Pope Francis
الأم تيريزا	Mother Teresa
أبو بكر الصديق	Abu Bakr al-Siddiq
عمر بن الخطاب	Umar ibn al-Khattab
عثمان بن عفان	Uthman ibn Affan
علي بن أبي طالب	Ali ibn Abi Talib
معاوية بن أبي سفيان	Muawiya ibn Abi Sufyan
الحسين بن علي	Husayn ibn Ali
خالد بن الوليد	Khalid ibn al-Walid
صلاح الدين الأيوبي|صلاح الدين الايوبي	Saladin
هارون الرشيد	Harun al-Rashid
عمر بن عبد العزيز	Umar ibn Abd al-Aziz
طارق بن زياد	Tariq ibn Ziyad
عبد الرحمن الداخل	Abd al-Rahman I
ابن خلدون	Ibn Khaldun
ابن سينا	Avicenna (Ibn Sina)
ابن رشد	Averroes (Ibn Rushd)
ابن بطوطة	Ibn Battuta
ابن تيمية	Ibn Taymiyya
الخوارزمي	Al-Khwarizmi
الفارابي	Al-Farabi
الغزالي|أبو حامد الغزالي	Al-Ghazali
المتنبي|أبو الطيب المتنبي	Al-Mutanabbi
الجاحظ	Al-Jahiz
أحمد شوقي	Ahmed Shawqi
طه حسين	Taha Hussein
نجيب محفوظ	Naguib Mahfouz
توفيق الحكيم	Tawfiq al-Hakim
عباس محمود العقاد	Abbas Mahmoud al-Aqqad
جبران خليل جبران	Khalil Gibran
محمود درويش	Mahmoud Darwish
نزار قباني	Nizar Qabbani
بدر شاكر السياب|السياب	Badr Shakir al-Sayyab
أم كلثوم	Umm Kulthum
عبد الحليم حافظ	Abdel Halim Hafez
محمد عبد الوهاب	Mohammed Abdel Wahab
فريد الأطرش	Farid al-Atrash
كاظم الساهر	Kadim Al Sahir
عمر الشريف	Omar Sharif
يوسف شاهين	Youssef Chahine
وليم شكسبير|ويليام شكسبير|شكسبير	William Shakespeare
موليير	Molière
فيكتور هوغو|فيكتور هيجو	Victor Hugo
ليو تولستوي|تولستوي	Leo Tolstoy
فيودور دوستويفسكي|دوستويفسكي	Fyodor Dostoevsky
غوته	Goethe
دانتي أليغييري	Dante Alighieri
أغاثا كريستي	Agatha Christie
إرنست همنغواي|همنغواي	Ernest Hemingway
غابرييل غارسيا ماركيز|غارسيا ماركيز	Gabriel García Márquez
سيغموند فرويد|فرويد	Sigmund Freud
فريدريك نيتشه|نيتشه	Friedrich Nietzsche
جان بول سارتر|سارتر	Jean-Paul Sartre
نعوم تشومسكي|تشومسكي|نعوم شومسكي|شومسكي	Noam Chomsky
أرسطو	Aristotle
أفلاطون	Plato
سقراط	Socrates
رينيه ديكارت|ديكارت	René Descartes
إسحاق نيوتن|نيوتن	Isaac Newton
غاليليو غاليلي|غاليليو	Galileo Galilei
تشارلز داروين|داروين	Charles Darwin
ألبرت أينشتاين|أينشتاين|آينشتاين	Albert Einstein
ماري كوري	Marie Curie
توماس إديسون|إديسون	Thomas Edison
كريستوفر كولومبوس|كولومبوس	Christopher Columbus
لودفيغ فان بيتهوفن|بيتهوفن	Ludwig van Beethoven
فولفغانغ أماديوس موزارت|موزارت	Wolfgang Amadeus Mozart
بابلو بيكاسو|بيكاسو	Pablo Picasso
ليوناردو دافنشي|دافنشي|ليوناردو دا فينشي	Leonardo da Vinci
مايكل أنجلو	Michelangelo
فينسنت فان غوخ|فان غوخ	Vincent van Gogh
شارلي شابلن|شابلن	Charlie Chaplin
مارلين مونرو	Marilyn Monroe
مايكل جاكسون	Michael Jackson
ألفريد نوبل	Alfred Nobel
بيليه	Pelé
دييغو مارادونا|مارادونا	Diego Maradona
زين الدين زيدان	Zinedine Zidane
محمد علي كلاي	Muhammad Ali
مايكل جوردان	Michael Jordan
ديفيد بيكهام|بيكهام	David Beckham
رونالدينيو	Ronaldinho
تييري هنري	Thierry Henry
ديدييه دروغبا|دروغبا	Didier Drogba
واين روني	Wayne Rooney
أليكس فيرغسون|فيرغسون|أليكس فيرجسون|فيرجسون	Alex Ferguson
جوزيه مورينيو|مورينيو	José Mourinho
بيب غوارديولا|غوارديولا	Pep Guardiola
رافائيل نادال|نادال	Rafael Nadal
روجر فيدرير|فيدرير	Roger Federer
مايكل شوماخر|شوماخر	Michael Schumacher
`;
