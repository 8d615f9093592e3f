/**
 * People of current affairs outside the Arab world, Iran, Turkey and Israel whom the Arabic press
 * names (1990–2025): heads of state and government, ministers, envoys, heads of international
 * bodies, rebel leaders, business people. The project's own list (MIT), written from general
 * knowledge. One a line: the usual name first, then variants and short forms, separated by |,
 * then after a tab the English name the hover shows. A short form is listed only where it names
 * that one person in the news (ستولتنبرغ, not ساندرز, روبيو or يلين).
 * These names are found at run time only: training does not see them (gazetteer/training.ts),
 * so the model lends them what it learnt of the listed names of their class.
 */
export const WORLD_PEOPLE = `
جورج بوش الأب|جورج هربرت ووكر بوش|جورج إتش دبليو بوش	George H. W. Bush
آل غور|آل جور	Al Gore
كامالا هاريس	Kamala Harris
مايك بنس|مايك بينس	Mike Pence
جي دي فانس|جيه دي فانس	JD Vance
وارن كريستوفر	Warren Christopher
مادلين أولبرايت|أولبرايت	Madeleine Albright
جيمس بيكر	James Baker
كولن باول|كولين باول	Colin Powell
هنري كيسنجر|كيسنجر|كيسينجر	Henry Kissinger
زبيغنيو بريجنسكي|بريجنسكي|بريجينسكي	Zbigniew Brzezinski
أنتوني بلينكن|أنتوني بلنكن|بلينكن	Antony Blinken
ماركو روبيو	Marco Rubio
روبرت غيتس|روبرت جيتس	Robert Gates
ليون بانيتا|بانيتا	Leon Panetta
تشاك هاغل|تشاك هيغل|هاغل	Chuck Hagel
لويد أوستن	Lloyd Austin
بيت هيغسيث|بيت هيجسيث|هيغسيث	Pete Hegseth
بول وولفويتز|وولفويتز	Paul Wolfowitz
جون بولتون	John Bolton
سوزان رايس	Susan Rice
نيكي هيلي|نيكي هايلي	Nikki Haley
جيك سوليفان	Jake Sullivan
جاريد كوشنر|كوشنر	Jared Kushner
جيسون غرينبلات|جيسون جرينبلات|غرينبلات	Jason Greenblatt
ستيف ويتكوف|ستيفن ويتكوف|ويتكوف	Steve Witkoff
آموس هوكشتاين|عاموس هوكشتاين|هوكشتاين	Amos Hochstein
توم باراك|توم براك|توماس باراك	Tom Barrack
مورغان أورتاغوس|مورجان أورتاغوس|أورتاغوس	Morgan Ortagus
تيموثي ليندركينغ|تيم ليندركينغ|ليندركينغ	Tim Lenderking
روبرت مالي	Robert Malley
جورج ميتشل	George Mitchell
دينيس روس	Dennis Ross
مارتن إنديك|إنديك	Martin Indyk
زلماي خليل زاد|زلماي خليلزاد	Zalmay Khalilzad
جيفري فيلتمان|فيلتمان	Jeffrey Feltman
جيمس جيفري	James Jeffrey
بريت ماكغورك|ماكغورك	Brett McGurk
بول بريمر|بريمر	Paul Bremer
ديفيد بترايوس|بترايوس	David Petraeus
نورمان شوارزكوف|شوارزكوف|شوارتزكوف	Norman Schwarzkopf
ويليام بيرنز|وليام بيرنز	William Burns
جون ماكين|ماكين	John McCain
ليندسي غراهام|ليندسي جراهام	Lindsey Graham
نانسي بيلوسي|بيلوسي	Nancy Pelosi
بيرني ساندرز	Bernie Sanders
مونيكا لوينسكي|لوينسكي	Monica Lewinsky
جانيت يلين	Janet Yellen
جيروم باول	Jerome Powell
إدوارد سنودن|سنودن	Edward Snowden
جون ميجور	John Major
كير ستارمر|ستارمر	Keir Starmer
ريشي سوناك|سوناك	Rishi Sunak
ليز تراس	Liz Truss
جاك سترو	Jack Straw
ويليام هيغ|وليام هيغ	William Hague
ديفيد لامي	David Lammy
جيريمي كوربين|كوربين	Jeremy Corbyn
إليزابيث الثانية	Elizabeth II
تشارلز الثالث	Charles III
فرانسوا ميتران|ميتران	François Mitterrand
دومينيك دوفيلبان|دومينيك دو فيلبان|دوفيلبان	Dominique de Villepin
برنار كوشنير	Bernard Kouchner
لوران فابيوس|فابيوس	Laurent Fabius
جان إيف لودريان|لودريان	Jean-Yves Le Drian
جان نويل بارو	Jean-Noël Barrot
مارين لوبان	Marine Le Pen
كريستين لاغارد|كريستين لاجارد|لاغارد	Christine Lagarde
هيلموت كول	Helmut Kohl
أولاف شولتس|أولاف شولتز|شولتس	Olaf Scholz
فريدريش ميرتس|فريدريش ميرز	Friedrich Merz
فرانك فالتر شتاينماير|شتاينماير	Frank-Walter Steinmeier
أنالينا بيربوك|بيربوك	Annalena Baerbock
أورسولا فون دير لاين|فون دير لاين	Ursula von der Leyen
رومانو برودي	Romano Prodi
ماريو دراغي|ماريو دراجي|دراغي	Mario Draghi
جورجيا ميلوني|ميلوني	Giorgia Meloni
خوسيه ماريا أثنار|خوسيه ماريا أزنار|أثنار	José María Aznar
خوسيه لويس رودريغيث ثاباتيرو|خوسيه لويس ثاباتيرو|ثاباتيرو|زاباتيرو	José Luis Rodríguez Zapatero
بيدرو سانشيز	Pedro Sánchez
خافيير سولانا	Javier Solana
ميغيل أنخيل موراتينوس|موراتينوس	Miguel Ángel Moratinos
جان كلود يونكر|يونكر	Jean-Claude Juncker
دونالد توسك|توسك	Donald Tusk
شارل ميشيل|شارل ميشال	Charles Michel
كاثرين أشتون	Catherine Ashton
فيديريكا موغيريني|فيدريكا موغيريني|موغيريني	Federica Mogherini
جوزيب بوريل	Josep Borrell
كايا كالاس|كالاس	Kaja Kallas
ينس ستولتنبرغ|ستولتنبرغ|ستولتنبرج	Jens Stoltenberg
أندرس فوغ راسموسن|أندرس فو راسموسن	Anders Fogh Rasmussen
مارك روته|روته	Mark Rutte
فيكتور أوربان|أوربان	Viktor Orbán
رادوفان كاراجيتش|رادوفان كارادزيتش|كاراجيتش	Radovan Karadžić
راتكو ملاديتش|ملاديتش	Ratko Mladić
علي عزت بيغوفيتش|علي عزت بيجوفيتش|عزت بيغوفيتش	Alija Izetbegović
فولوديمير زيلينسكي|زيلينسكي	Volodymyr Zelenskyy
بيترو بوروشينكو|بوروشينكو	Petro Poroshenko
ألكسندر لوكاشينكو|لوكاشينكو|لوكاشنكو	Alexander Lukashenko
إلهام علييف	Ilham Aliyev
نيكول باشينيان|باشينيان	Nikol Pashinyan
ميخائيل ساكاشفيلي|ساكاشفيلي	Mikheil Saakashvili
إدوارد شيفرنادزه|شيفرنادزه|شيفاردنادزه	Eduard Shevardnadze
نور سلطان نزارباييف|نزارباييف|نزار باييف	Nursultan Nazarbayev
قاسم جومارت توكاييف|توكاييف	Kassym-Jomart Tokayev
يفغيني بريماكوف|بريماكوف	Yevgeny Primakov
فيكتور تشيرنوميردين|تشيرنوميردين	Viktor Chernomyrdin
ميخائيل ميشوستين|ميشوستين	Mikhail Mishustin
إيغور إيفانوف	Igor Ivanov
سيرغي شويغو|سيرجي شويغو|شويغو	Sergei Shoigu
فاليري غيراسيموف|فاليري جيراسيموف|غيراسيموف	Valery Gerasimov
ميخائيل بوغدانوف|بوغدانوف	Mikhail Bogdanov
ألكسندر لافرنتييف|لافرنتييف	Alexander Lavrentiev
فيتالي تشوركين|تشوركين	Vitaly Churkin
فاسيلي نيبينزيا|نيبينزيا	Vasily Nebenzya
ماريا زاخاروفا|زاخاروفا	Maria Zakharova
ديمتري بيسكوف|ديميتري بيسكوف|بيسكوف	Dmitry Peskov
يفغيني بريغوجين|بريغوجين	Yevgeny Prigozhin
أليكسي نافالني|نافالني	Alexei Navalny
فلاديمير جيرينوفسكي|جيرينوفسكي	Vladimir Zhirinovsky
رمضان قديروف	Ramzan Kadyrov
جوهر دوداييف|دوداييف	Dzhokhar Dudayev
أصلان مسخادوف|مسخادوف	Aslan Maskhadov
شامل باساييف|باساييف	Shamil Basayev
جاستن ترودو|ترودو	Justin Trudeau
مارك كارني	Mark Carney
جاسيندا أرديرن|أرديرن	Jacinda Ardern
خافيير بيريز دي كوييار|بيريز دي كوييار	Javier Pérez de Cuéllar
ميشيل باشليه|باشليه	Michelle Bachelet
فولكر تورك	Volker Türk
هانز بليكس|بليكس	Hans Blix
يوكيا أمانو	Yukiya Amano
رافائيل غروسي|غروسي	Rafael Grossi
ريتشارد بتلر	Richard Butler
تيدروس أدهانوم غيبريسوس|تيدروس أدهانوم	Tedros Adhanom Ghebreyesus
كريستالينا غورغييفا|كريستالينا جورجيفا|غورغييفا	Kristalina Georgieva
فيليبو غراندي	Filippo Grandi
فيليب لازاريني|لازاريني	Philippe Lazzarini
مارتن غريفيث|مارتن غريفيثس	Martin Griffiths
توم فليتشر	Tom Fletcher
سيغريد كاغ	Sigrid Kaag
إيرينا بوكوفا|بوكوفا	Irina Bokova
سيرجيو فييرا دي ميلو|فييرا دي ميلو	Sérgio Vieira de Mello
تيري رود لارسن|رود لارسن	Terje Rød-Larsen
نيكولاي ملادينوف|ملادينوف	Nickolay Mladenov
تور وينسلاند|وينسلاند	Tor Wennesland
غير بيدرسن|غير بيدرسون	Geir Pedersen
هانس غروندبرغ|غروندبرغ	Hans Grundberg
برناردينو ليون	Bernardino León
مارتن كوبلر|كوبلر	Martin Kobler
ستيفاني ويليامز|ستيفاني وليامز	Stephanie Williams
يان كوبيش|كوبيش	Ján Kubiš
عبد الله باتيلي|عبدالله باتيلي|عبد الله باثيلي|عبدالله باثيلي	Abdoulaye Bathily
هانا تيتيه	Hanna Tetteh
فولكر بيرتس	Volker Perthes
جينين هينيس بلاسخارت|هينيس بلاسخارت	Jeanine Hennis-Plasschaert
كريستوفر روس	Christopher Ross
فرانشيسكا ألبانيز	Francesca Albanese
كريم خان	Karim Khan
فاتو بنسودا|بنسودا	Fatou Bensouda
لويس مورينو أوكامبو|أوكامبو	Luis Moreno Ocampo
ليو الرابع عشر|لاون الرابع عشر	Pope Leo XIV
الدالاي لاما|دالاي لاما	Dalai Lama
دنغ شياو بينغ|دينغ شياو بينغ	Deng Xiaoping
جيانغ زيمين|جيانغ تسه مين	Jiang Zemin
هو جين تاو	Hu Jintao
ون جيا باو	Wen Jiabao
لي كه تشيانغ|لي كه تشيانج	Li Keqiang
لي تشيانغ	Li Qiang
وانغ يي	Wang Yi
تساي إنغ ون	Tsai Ing-wen
شينزو آبي	Shinzo Abe
جونيتشيرو كويزومي|كويزومي	Junichiro Koizumi
فوميو كيشيدا|كيشيدا	Fumio Kishida
كيم إيل سونغ	Kim Il Sung
كيم جونغ إيل	Kim Jong Il
كيم يو جونغ	Kim Yo Jong
بارك غيون هاي|بارك جيون هي	Park Geun-hye
مون جاي إن	Moon Jae-in
يون سوك يول	Yoon Suk Yeol
أتال بيهاري فاجبايي|فاجبايي	Atal Bihari Vajpayee
مانموهان سينغ	Manmohan Singh
ناريندرا مودي	Narendra Modi
بينظير بوتو|بنازير بوتو	Benazir Bhutto
نواز شريف	Nawaz Sharif
شهباز شريف	Shehbaz Sharif
برويز مشرف	Pervez Musharraf
عمران خان	Imran Khan
آصف علي زرداري|زرداري	Asif Ali Zardari
يوسف رضا جيلاني|يوسف رضا كيلاني	Yousaf Raza Gillani
عاصم منير	Asim Munir
عبد القدير خان|عبدالقدير خان	Abdul Qadeer Khan
حامد كرزاي|كرزاي	Hamid Karzai
أشرف غني	Ashraf Ghani
عبد الله عبد الله|عبدالله عبدالله	Abdullah Abdullah
أحمد شاه مسعود	Ahmad Shah Massoud
برهان الدين رباني	Burhanuddin Rabbani
قلب الدين حكمتيار|حكمتيار	Gulbuddin Hekmatyar
عبد الرشيد دوستم|عبدالرشيد دوستم|دوستم	Abdul Rashid Dostum
محمد نجيب الله	Mohammad Najibullah
حسينة واجد|شيخة حسينة|شيخة حسينة واجد	Sheikh Hasina
سوهارتو	Suharto
جوكو ويدودو	Joko Widodo
برابوو سوبيانتو|برابوو	Prabowo Subianto
مهاتير محمد	Mahathir Mohamad
أنور إبراهيم	Anwar Ibrahim
نجيب عبد الرزاق|نجيب عبدالرزاق	Najib Razak
أونغ سان سو تشي|أون سان سو تشي|سو تشي	Aung San Suu Kyi
مين أونغ هلاينغ	Min Aung Hlaing
أولوسيغون أوباسانجو|أوباسانجو	Olusegun Obasanjo
أبو بكر شيكاو|شيكاو	Abubakar Shekau
ثابو مبيكي|مبيكي	Thabo Mbeki
جاكوب زوما|زوما	Jacob Zuma
سيريل رامافوزا|رامافوزا	Cyril Ramaphosa
روبرت موغابي|روبرت موجابي|موغابي|موجابي	Robert Mugabe
ملس زيناوي|زيناوي	Meles Zenawi
آبي أحمد	Abiy Ahmed
أسياس أفورقي|أفورقي	Isaias Afwerki
يويري موسيفيني|موسيفيني	Yoweri Museveni
بول كاغامي|بول كاجامي|كاغامي	Paul Kagame
لوران غباغبو|غباغبو	Laurent Gbagbo
الحسن واتارا|واتارا	Alassane Ouattara
آسيمي غويتا|غويتا	Assimi Goïta
إياد أغ غالي	Iyad Ag Ghaly
محمد بازوم|بازوم	Mohamed Bazoum
عبد الرحمن تياني|عبدالرحمن تياني	Abdourahamane Tchiani
إبراهيم تراوري	Ibrahim Traoré
إدريس ديبي|إدريس ديبي إتنو	Idriss Déby
محمد إدريس ديبي|محمد ديبي	Mahamat Idriss Déby
حسين حبري	Hissène Habré
جون قرنق|قرنق	John Garang
رياك مشار	Riek Machar
موسى فكي محمد|موسى فقي محمد	Moussa Faki Mahamat
راؤول كاسترو	Raúl Castro
ميغيل دياز كانيل	Miguel Díaz-Canel
نيكولاس مادورو|مادورو	Nicolás Maduro
خوان غوايدو|غوايدو	Juan Guaidó
ماريا كورينا ماتشادو	María Corina Machado
لويس إيناسيو لولا دا سيلفا|لولا دا سيلفا	Luiz Inácio Lula da Silva
ديلما روسيف|روسيف	Dilma Rousseff
جايير بولسونارو|بولسونارو	Jair Bolsonaro
كارلوس منعم	Carlos Menem
خافيير ميلي	Javier Milei
غوستافو بيترو	Gustavo Petro
إيفو موراليس	Evo Morales
دانيال أورتيغا|أورتيغا	Daniel Ortega
بيل غيتس|بيل جيتس	Bill Gates
إيلون ماسك	Elon Musk
ستيف جوبز	Steve Jobs
مارك زوكربيرغ|مارك زوكربيرج|زوكربيرغ|زوكربيرج	Mark Zuckerberg
جيف بيزوس|بيزوس	Jeff Bezos
وارن بافيت|بافيت	Warren Buffett
جورج سوروس|سوروس	George Soros
سام ألتمان|ألتمان	Sam Altman
روبرت مردوخ|روبرت ميردوخ|مردوخ	Rupert Murdoch
جاك ما	Jack Ma
`;
