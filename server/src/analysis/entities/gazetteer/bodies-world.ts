/**
 * Organisations of the world beside bodies.ts, curated.ts, state-bodies.ts and parties.ts: UN
 * organs, missions and courts, regional groupings, funds, NGOs, sports federations, parties and
 * armed groups, intelligence services, legislatures, universities. The project's own list (MIT),
 * written from general knowledge. One a line: the usual name first, then variants and short
 * forms, separated by |, then after a tab the English name the hover shows. A short form only
 * where it names that one body and is no ordinary word or phrase (اليونيفيل; not المحاكم الإسلامية).
 * These names are found at run time only: training does not see them (gazetteer/training.ts),
 * so the model lends them what it learnt of the listed names of their class.
 */
export const WORLD_BODIES = `
الأمانة العامة للأمم المتحدة	United Nations Secretariat
المجلس الاقتصادي والاجتماعي للأمم المتحدة|المجلس الاقتصادي والاجتماعي التابع للأمم المتحدة|إيكوسوك|الإيكوسوك	United Nations Economic and Social Council
الوكالة الذرية|وكالة الطاقة الذرية|الوكالة الدولية للطاقة النووية	International Atomic Energy Agency
منظمة المؤتمر الإسلامي	Organisation of Islamic Cooperation
برنامج الأمم المتحدة للبيئة|برنامج الأمم المتحدة البيئي|اليونيب	United Nations Environment Programme
صندوق الأمم المتحدة للسكان	United Nations Population Fund
مؤتمر الأمم المتحدة للتجارة والتنمية|الأونكتاد|أونكتاد	UNCTAD
مكتب الأمم المتحدة المعني بالمخدرات والجريمة	United Nations Office on Drugs and Crime
مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية|مكتب تنسيق الشؤون الإنسانية|أوتشا	UN Office for the Coordination of Humanitarian Affairs
المفوضية السامية للأمم المتحدة لحقوق الإنسان|المفوضية السامية لحقوق الإنسان	Office of the UN High Commissioner for Human Rights
هيئة الأمم المتحدة للمرأة	UN Women
لجنة الأمم المتحدة الاقتصادية والاجتماعية لغربي آسيا|اللجنة الاقتصادية والاجتماعية لغربي آسيا|الإسكوا|إسكوا	UN Economic and Social Commission for Western Asia
الهيئة الحكومية الدولية المعنية بتغير المناخ	Intergovernmental Panel on Climate Change
قوة الأمم المتحدة المؤقتة في لبنان|اليونيفيل|يونيفيل|قوات اليونيفيل	UNIFIL
قوة الأمم المتحدة لمراقبة فض الاشتباك|قوات الأندوف|الأندوف	UNDOF
بعثة الأمم المتحدة لمساعدة العراق|يونامي	UN Assistance Mission for Iraq
بعثة الأمم المتحدة للدعم في ليبيا|البعثة الأممية في ليبيا|أنسميل	UN Support Mission in Libya
بعثة الأمم المتحدة لتنظيم الاستفتاء في الصحراء الغربية|المينورسو|مينورسو	MINURSO
العملية المختلطة للاتحاد الأفريقي والأمم المتحدة في دارفور|يوناميد	UNAMID
المحكمة الجنائية الدولية ليوغوسلافيا السابقة	International Criminal Tribunal for the former Yugoslavia
المحكمة الخاصة بلبنان|المحكمة الدولية الخاصة بلبنان	Special Tribunal for Lebanon
الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر	International Federation of Red Cross and Red Crescent Societies
اتحاد المغرب العربي|الاتحاد المغاربي	Arab Maghreb Union
منظمة الوحدة الأفريقية	Organisation of African Unity
مفوضية الاتحاد الأفريقي	African Union Commission
المجموعة الاقتصادية لدول غرب أفريقيا|إيكواس|الإيكواس	ECOWAS
الهيئة الحكومية للتنمية|إيغاد|الإيغاد	Intergovernmental Authority on Development
منظمة الدول الأمريكية|منظمة الدول الأميركية	Organization of American States
رابطة الدول المستقلة|كومنولث الدول المستقلة	Commonwealth of Independent States
مجموعة بريكس|بريكس|البريكس	BRICS
منظمة التعاون الاقتصادي والتنمية|منظمة التعاون والتنمية في الميدان الاقتصادي	OECD
منظمة الأقطار العربية المصدرة للبترول|أوابك	OAPEC
منتدى الدول المصدرة للغاز	Gas Exporting Countries Forum
حركة عدم الانحياز|دول عدم الانحياز	Non-Aligned Movement
رابطة الكومنولث|الكومنولث	Commonwealth of Nations
الاتحاد من أجل المتوسط	Union for the Mediterranean
مجلس الاتحاد الأوروبي	Council of the European Union
المجلس الأوروبي	European Council
المحكمة الأوروبية لحقوق الإنسان	European Court of Human Rights
يوروبول|اليوروبول|وكالة الشرطة الأوروبية	Europol
البرلمان العربي	Arab Parliament
اتحاد إذاعات الدول العربية	Arab States Broadcasting Union
الاتحاد العربي لكرة القدم	Union of Arab Football Associations
قوات درع الجزيرة|درع الجزيرة	Peninsula Shield Force
الاتحاد العالمي لعلماء المسلمين	International Union of Muslim Scholars
هيئة علماء المسلمين في العراق|هيئة علماء المسلمين	Association of Muslim Scholars
الوكالة اليهودية	Jewish Agency
لجنة الشؤون العامة الأمريكية الإسرائيلية|لجنة العلاقات العامة الأمريكية الإسرائيلية|إيباك|الإيباك	AIPAC
المنتدى الاقتصادي العالمي|منتدى دافوس	World Economic Forum
نادي باريس	Paris Club
اللجنة الرباعية الدولية|الرباعية الدولية	Middle East Quartet
الصندوق الكويتي للتنمية الاقتصادية العربية|الصندوق الكويتي للتنمية	Kuwait Fund for Arab Economic Development
صندوق أبوظبي للتنمية|صندوق أبو ظبي للتنمية	Abu Dhabi Fund for Development
مؤسسة بيل وميليندا غيتس|مؤسسة بيل وميلندا غيتس|مؤسسة غيتس	Bill & Melinda Gates Foundation
البنك المركزي المصري	Central Bank of Egypt
مصرف لبنان	Banque du Liban
أوكسفام|منظمة أوكسفام	Oxfam
منظمة إنقاذ الطفولة	Save the Children
لجنة الإنقاذ الدولية	International Rescue Committee
منظمة الإغاثة الإسلامية عبر العالم|الإغاثة الإسلامية عبر العالم	Islamic Relief Worldwide
لجنة حماية الصحفيين|لجنة حماية الصحافيين	Committee to Protect Journalists
الشبكة السورية لحقوق الإنسان	Syrian Network for Human Rights
مجموعة الأزمات الدولية	International Crisis Group
فريدم هاوس	Freedom House
بتسيلم|منظمة بتسيلم	B'Tselem
حركة السلام الآن	Peace Now
ويكيليكس|موقع ويكيليكس	WikiLeaks
مؤسسة قطر	Qatar Foundation
مؤسسة بروكينغز|معهد بروكينغز|مؤسسة بروكنجز	Brookings Institution
مؤسسة راند	RAND Corporation
معهد واشنطن لسياسة الشرق الأدنى	Washington Institute for Near East Policy
معهد ستوكهولم الدولي لأبحاث السلام	Stockholm International Peace Research Institute
المعهد الملكي للشؤون الدولية|تشاتام هاوس	Chatham House
مؤسسة كارنيغي للسلام الدولي|مركز كارنيغي للشرق الأوسط	Carnegie Endowment for International Peace
المركز العربي للأبحاث ودراسة السياسات	Arab Center for Research and Policy Studies
الاتحاد الدولي لكرة السلة|فيبا	FIBA
الوكالة العالمية لمكافحة المنشطات|وادا	World Anti-Doping Agency
محكمة التحكيم الرياضي|محكمة التحكيم الرياضية	Court of Arbitration for Sport
المجلس الأولمبي الآسيوي	Olympic Council of Asia
اتحاد غرب آسيا لكرة القدم	West Asian Football Federation
اتحاد أمريكا الجنوبية لكرة القدم|الكونميبول|كونميبول	CONMEBOL
الاتحاد الإنجليزي لكرة القدم|الاتحاد الإنكليزي لكرة القدم	The Football Association
الاتحاد الإسباني لكرة القدم|الاتحاد الملكي الإسباني لكرة القدم	Royal Spanish Football Federation
الاتحاد الألماني لكرة القدم	German Football Association
الاتحاد الإيطالي لكرة القدم	Italian Football Federation
الاتحاد الفرنسي لكرة القدم	French Football Federation
الاتحاد المصري لكرة القدم	Egyptian Football Association
الجامعة الملكية المغربية لكرة القدم	Royal Moroccan Football Federation
رابطة محترفي التنس	ATP
رابطة محترفات التنس|رابطة لاعبات التنس المحترفات	WTA
حزب شاس|شاس	Shas
حزب إسرائيل بيتنا|إسرائيل بيتنا|يسرائيل بيتينو	Yisrael Beiteinu
حزب ميرتس|ميرتس	Meretz
حزب يش عتيد|يش عتيد	Yesh Atid
حزب البيت اليهودي	The Jewish Home
تحالف أزرق أبيض|حزب أزرق أبيض	Blue and White
القائمة العربية المشتركة	Joint List
جبهة المشاركة الإسلامية|جبهة المشاركة الإسلامية الإيرانية	Islamic Iran Participation Front
منظمة مجاهدي خلق|مجاهدي خلق|مجاهدين خلق	People's Mojahedin Organization of Iran
حزب الحياة الحرة الكردستاني|بيجاك	PJAK
حزب السعادة	Felicity Party
حزب الرفاه	Welfare Party
الحزب الجيد	İyi Party
حركة الخدمة|جماعة غولن|جماعة فتح الله غولن|جماعة كولن	Gülen movement
حزب الغد	Ghad Party
حزب المصريين الأحرار	Free Egyptians Party
حزب مستقبل وطن	Nation's Future Party
حركة كفاية	Kefaya
حركة شباب 6 أبريل|حركة 6 أبريل	April 6 Youth Movement
المجلس الوطني السوري	Syrian National Council
الائتلاف الوطني لقوى الثورة والمعارضة السورية|الائتلاف الوطني السوري	National Coalition for Syrian Revolutionary and Opposition Forces
هيئة التنسيق الوطنية لقوى التغيير الديمقراطي|هيئة التنسيق الوطنية	National Coordination Committee for Democratic Change
الهيئة العليا للمفاوضات	High Negotiations Committee
الحزب السوري القومي الاجتماعي	Syrian Social Nationalist Party
مجلس سوريا الديمقراطية|مجلس سورية الديمقراطية	Syrian Democratic Council
الحزب التقدمي الاشتراكي	Progressive Socialist Party
تيار المردة	Marada Movement
قوى 14 آذار|تحالف 14 آذار	March 14 Alliance
قوى 8 آذار|تحالف 8 آذار	March 8 Alliance
القائمة العراقية|ائتلاف العراقية	Iraqiya List
ائتلاف دولة القانون	State of Law Coalition
الائتلاف العراقي الموحد	United Iraqi Alliance
حركة الوفاق الوطني العراقي	Iraqi National Accord
المؤتمر الوطني العراقي	Iraqi National Congress
الحزب الإسلامي العراقي	Iraqi Islamic Party
تيار الحكمة الوطني|تيار الحكمة	National Wisdom Movement
تحالف الفتح|ائتلاف الفتح	Fatah Alliance
تحالف سائرون	Saairun
حركة التغيير الكردية|حركة كوران|حركة غوران	Gorran Movement
فيلق بدر|منظمة بدر	Badr Organization
عصائب أهل الحق	Asa'ib Ahl al-Haq
كتائب حزب الله العراقي|كتائب حزب الله في العراق	Kata'ib Hezbollah
حركة النجباء|حركة حزب الله النجباء	Harakat Hezbollah al-Nujaba
سرايا السلام	Saraya al-Salam
جيش رجال الطريقة النقشبندية|جيش الطريقة النقشبندية	Naqshbandi Army
الجيش الإسلامي في العراق	Islamic Army in Iraq
تنظيم القاعدة في بلاد الرافدين|القاعدة في بلاد الرافدين	Al-Qaeda in Iraq
دولة العراق الإسلامية	Islamic State of Iraq
مجالس الصحوة|قوات الصحوة	Sons of Iraq
لواء فاطميون	Fatemiyoun Brigade
لواء زينبيون	Zainebiyoun Brigade
فيلق القدس	Quds Force
قوات الباسيج|الباسيج	Basij
فيلق الشام	Sham Legion
حركة نور الدين الزنكي	Nour al-Din al-Zenki Movement
تنظيم حراس الدين|حراس الدين	Hurras al-Din
الحزب الإسلامي التركستاني	Turkistan Islamic Party
فتح الإسلام|تنظيم فتح الإسلام	Fatah al-Islam
كتائب شهداء الأقصى	Al-Aqsa Martyrs' Brigades
لجان المقاومة الشعبية|ألوية الناصر صلاح الدين	Popular Resistance Committees
الجبهة الديمقراطية لتحرير فلسطين	Democratic Front for the Liberation of Palestine
الجبهة الشعبية القيادة العامة|الجبهة الشعبية لتحرير فلسطين القيادة العامة	PFLP-General Command
المبادرة الوطنية الفلسطينية	Palestinian National Initiative
حزب التحرير|حزب التحرير الإسلامي	Hizb ut-Tahrir
المجلس الانتقالي الجنوبي	Southern Transitional Council
الحزب الاشتراكي اليمني	Yemeni Socialist Party
ألوية العمالقة|قوات العمالقة	Giants Brigades
الجيش الوطني الليبي	Libyan National Army
قوات فجر ليبيا|فجر ليبيا	Libya Dawn
حزب العدالة والبناء	Justice and Construction Party
جبهة التحرير الوطني|حزب جبهة التحرير الوطني	National Liberation Front (Algeria)
حركة مجتمع السلم|حمس	Movement of Society for Peace
الجبهة الإسلامية للإنقاذ	Islamic Salvation Front
الجماعة الإسلامية المسلحة	Armed Islamic Group
حزب الأصالة والمعاصرة	Authenticity and Modernity Party
التجمع الوطني للأحرار	National Rally of Independents
جماعة العدل والإحسان	Justice and Spirituality
حركة نداء تونس|نداء تونس	Nidaa Tounes
التجمع الدستوري الديمقراطي	Constitutional Democratic Rally
الاتحاد العام التونسي للشغل	Tunisian General Labour Union
الحزب الدستوري الحر	Free Destourian Party
جبهة العمل الإسلامي|حزب جبهة العمل الإسلامي	Islamic Action Front
جمعية الوفاق الوطني الإسلامية|جمعية الوفاق	Al-Wefaq
قوى إعلان الحرية والتغيير|قوى الحرية والتغيير	Forces of Freedom and Change
تجمع المهنيين السودانيين	Sudanese Professionals Association
قوات الدعم السريع	Rapid Support Forces
حزب المؤتمر الشعبي	Popular Congress Party
اتحاد المحاكم الإسلامية	Islamic Courts Union
شبكة حقاني	Haqqani network
حركة طالبان باكستان|طالبان باكستان	Tehrik-i-Taliban Pakistan
عسكر طيبة	Lashkar-e-Taiba
جماعة جيش محمد	Jaish-e-Mohammed
تحالف الشمال	Northern Alliance
حزب الشعب الباكستاني	Pakistan Peoples Party
حزب الرابطة الإسلامية الباكستانية|الرابطة الإسلامية الباكستانية	Pakistan Muslim League
حركة الإنصاف|حركة إنصاف	Pakistan Tehreek-e-Insaf
جماعة أبو سياف	Abu Sayyaf
جماعة نصرة الإسلام والمسلمين	Jama'at Nusrat al-Islam wal-Muslimin
جماعة أنصار بيت المقدس|أنصار بيت المقدس|ولاية سيناء	Ansar Bait al-Maqdis
ولاية خراسان	Islamic State Khorasan Province
الاتحاد الديمقراطي المسيحي	Christian Democratic Union
الحزب الاشتراكي الديمقراطي الألماني	Social Democratic Party of Germany
حزب البديل من أجل ألمانيا|البديل من أجل ألمانيا	Alternative for Germany
الحزب الاشتراكي الفرنسي	French Socialist Party
الجبهة الوطنية الفرنسية	National Front (France)
حزب الجمهورية إلى الأمام|الجمهورية إلى الأمام	La République En Marche
الجيش الجمهوري الأيرلندي	Irish Republican Army
حزب روسيا الموحدة|روسيا الموحدة	United Russia
الحزب الشيوعي الصيني	Chinese Communist Party
الحزب الشيوعي السوفيتي|الحزب الشيوعي السوفياتي	Communist Party of the Soviet Union
حزب العمال الكوري	Workers' Party of Korea
حزب المؤتمر الوطني الهندي|حزب المؤتمر الهندي	Indian National Congress
حزب بهاراتيا جاناتا	Bharatiya Janata Party
حزب المؤتمر الوطني الأفريقي|المؤتمر الوطني الأفريقي	African National Congress
جهاز الاستخبارات البريطانية الخارجية|جهاز الاستخبارات السرية البريطاني|إم آي 6	MI6
جهاز الأمن البريطاني|إم آي 5	MI5
شعبة الاستخبارات العسكرية الإسرائيلية|الاستخبارات العسكرية الإسرائيلية	Aman (Israeli Military Intelligence)
جهاز الأمن الفيدرالي الروسي|جهاز الأمن الاتحادي الروسي|إف إس بي	FSB
جهاز الاستخبارات الخارجية الروسي|جهاز المخابرات الخارجية الروسية	SVR
الشتازي	Stasi
المخابرات العامة المصرية|جهاز المخابرات العامة المصرية	Egyptian General Intelligence Directorate
المديرية العامة للأمن الخارجي الفرنسية|الاستخبارات الخارجية الفرنسية	DGSE
جهاز الاستخبارات الاتحادي الألماني|الاستخبارات الألمانية الخارجية	BND
جهاز الاستخبارات التركي|جهاز الاستخبارات الوطنية التركي	National Intelligence Organization (Turkey)
وكالة الاستخبارات الباكستانية|الاستخبارات العسكرية الباكستانية	Inter-Services Intelligence
دائرة المخابرات العامة الأردنية	General Intelligence Directorate (Jordan)
المديرية العامة للأمن العام اللبناني|الأمن العام اللبناني	General Directorate of General Security (Lebanon)
إدارة مكافحة المخدرات الأمريكية	Drug Enforcement Administration
جهاز الخدمة السرية الأمريكي|الخدمة السرية الأمريكية	United States Secret Service
سكوتلاند يارد|سكوتلانديارد|سكتلنديارد	Scotland Yard
مجلس الدوما|الدوما|مجلس الدوما الروسي	State Duma
مجلس العموم البريطاني|مجلس العموم	House of Commons
مجلس اللوردات البريطاني|مجلس اللوردات	House of Lords
مجلس الشيوخ الأمريكي|مجلس الشيوخ الأميركي	United States Senate
مجلس النواب الأمريكي|مجلس النواب الأميركي	United States House of Representatives
الجمعية الوطنية الفرنسية	French National Assembly
البوندستاغ|البوندستاج	Bundestag
مجلس الشورى الإسلامي|مجلس الشورى الإيراني	Islamic Consultative Assembly
مجلس خبراء القيادة	Assembly of Experts
مجلس صيانة الدستور	Guardian Council
مجمع تشخيص مصلحة النظام	Expediency Discernment Council
الجمعية الوطنية الكبرى التركية	Grand National Assembly of Turkey
مجلس الأمة الكويتي	National Assembly of Kuwait
المجلس الوطني الاتحادي	Federal National Council
المجلس التشريعي الفلسطيني	Palestinian Legislative Council
المجلس الوطني الفلسطيني	Palestinian National Council
برلمان إقليم كردستان|برلمان كردستان	Kurdistan Parliament
جامعة ستانفورد	Stanford University
جامعة ييل	Yale University
جامعة برينستون	Princeton University
جامعة كولومبيا	Columbia University
جامعة جورج تاون|جامعة جورجتاون	Georgetown University
جامعة جونز هوبكنز	Johns Hopkins University
كلية لندن للاقتصاد|مدرسة لندن للاقتصاد	London School of Economics
الجامعة العبرية	Hebrew University of Jerusalem
جامعة تل أبيب	Tel Aviv University
معهد التخنيون|التخنيون	Technion
جامعة بيرزيت	Birzeit University
جامعة النجاح الوطنية|جامعة النجاح	An-Najah National University
الجامعة الإسلامية في غزة|الجامعة الإسلامية بغزة	Islamic University of Gaza
الجامعة الأمريكية بالقاهرة|الجامعة الأمريكية في القاهرة|الجامعة الأميركية في القاهرة	American University in Cairo
جامعة عين شمس	Ain Shams University
جامعة دمشق	Damascus University
جامعة بغداد	University of Baghdad
الجامعة اللبنانية	Lebanese University
جامعة القديس يوسف|الجامعة اليسوعية	Saint Joseph University
الجامعة الأردنية	University of Jordan
جامعة الخرطوم	University of Khartoum
جامعة الزيتونة	Zitouna University
جامعة طهران	University of Tehran
المنظمة الأوروبية للأبحاث النووية|سيرن	CERN
معهد باستور	Pasteur Institute
مراكز السيطرة على الأمراض والوقاية منها|مراكز مكافحة الأمراض والوقاية منها	Centers for Disease Control and Prevention
إدارة الغذاء والدواء الأمريكية	Food and Drug Administration
لجنة نوبل النرويجية|لجنة نوبل	Norwegian Nobel Committee
`;
