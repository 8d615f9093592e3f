/**
 * The state bodies of Saudi Arabia and the Gulf that the region's news names every day:
 * councils, authorities, public corporations, directorates, municipalities (أمانة),
 * universities, funds and banks, by their full official names. The project's own list (MIT),
 * written from general knowledge. One a line, the usual name first, then variants, then
 * after a tab the English name the hover shows. A short form that is also a phrase (الجوازات،
 * الأمن العام، التأمينات الاجتماعية، نزاهة) is left out: only the full name is listed.
 * «مجلس الوزراء» is any country's cabinet, so its English name names no country.
 */
export const STATE_BODIES = `
مجلس الوزراء	Council of Ministers
مجلس الشورى	Shura Council
مجلس التعاون لدول الخليج العربية|مجلس التعاون الخليجي|مجلس التعاون	Gulf Cooperation Council
مجلس الشؤون الاقتصادية والتنمية	Council of Economic and Development Affairs
مجلس الشؤون السياسية والأمنية	Council of Political and Security Affairs
هيئة البيعة	Allegiance Council
هيئة كبار العلماء	Council of Senior Scholars
وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد|وزارة الشؤون الإسلامية والدعوة والإرشاد|وزارة الشؤون الإسلامية والأوقاف	Ministry of Islamic Affairs, Dawah and Guidance
وزارة الاتصالات وتقنية المعلومات	Ministry of Communications and Information Technology
الديوان الملكي	Royal Court
ديوان المظالم	Board of Grievances
المحكمة العليا	Supreme Court
المجلس الأعلى للقضاء	Supreme Judicial Council
هيئة التحقيق والادعاء العام	Bureau of Investigation and Public Prosecution
هيئة الأمر بالمعروف والنهي عن المنكر|الرئاسة العامة لهيئة الأمر بالمعروف والنهي عن المنكر|هيئة الأمر بالمعروف	Committee for the Promotion of Virtue and the Prevention of Vice
الرئاسة العامة لرعاية الشباب	General Presidency of Youth Welfare
الرئاسة العامة للأرصاد وحماية البيئة	General Authority of Meteorology and Environmental Protection
الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي	General Presidency for the Affairs of the Two Holy Mosques
رئاسة الاستخبارات العامة	General Intelligence Presidency
الهيئة العامة للغذاء والدواء|هيئة الغذاء والدواء	Saudi Food and Drug Authority
الهيئة العامة للسياحة والتراث الوطني|الهيئة العامة للسياحة والآثار|هيئة السياحة	Saudi Commission for Tourism and National Heritage
الهيئة العامة للطيران المدني|هيئة الطيران المدني	General Authority of Civil Aviation
الهيئة العامة للاستثمار	Saudi Arabian General Investment Authority
الهيئة العامة للإحصاء	General Authority for Statistics
الهيئة العامة للرياضة	General Sports Authority
الهيئة العامة للجمارك|مصلحة الجمارك العامة	Saudi Customs
الهيئة العامة للموانئ	Saudi Ports Authority
الهيئة العامة للترفيه	General Entertainment Authority
الهيئة العامة للثقافة	General Culture Authority
الهيئة العامة للأوقاف	General Authority for Awqaf
الهيئة السعودية للتخصصات الصحية	Saudi Commission for Health Specialties
الهيئة السعودية للمهندسين	Saudi Council of Engineers
الهيئة الملكية للجبيل وينبع	Royal Commission for Jubail and Yanbu
الهيئة العليا لتطوير مدينة الرياض|هيئة تطوير الرياض	Royal Commission for Riyadh City
هيئة تطوير مكة المكرمة والمشاعر المقدسة	Makkah Region Development Authority
هيئة السوق المالية	Capital Market Authority
هيئة الاتصالات وتقنية المعلومات|هيئة الاتصالات السعودية	Communications and Information Technology Commission
هيئة الهلال الأحمر السعودي|الهلال الأحمر السعودي	Saudi Red Crescent Authority
هيئة حقوق الإنسان	Human Rights Commission
الجمعية الوطنية لحقوق الإنسان	National Society for Human Rights
اللجنة الإشرافية لسوق عكاظ	Souq Okaz Supervisory Committee
اللجنة الدائمة لمكافحة غسل الأموال	Permanent Committee on Combating Money Laundering
جمعية الثقافة والفنون|الجمعية العربية السعودية للثقافة والفنون	Saudi Arabian Society for Culture and Arts
مؤسسة التراث الخيرية	Al-Turath Foundation
غرفة الشرقية	Asharqia Chamber
شركة الاتصالات السعودية|الاتصالات السعودية	Saudi Telecom Company
الهيئة الوطنية لمكافحة الفساد|هيئة مكافحة الفساد	National Anti-Corruption Commission
مؤسسة النقد العربي السعودي|مؤسسة النقد|ساما	Saudi Arabian Monetary Agency
مجلس الغرف السعودية	Council of Saudi Chambers
اتحاد غرف دول مجلس التعاون الخليجي|اتحاد غرف دول مجلس التعاون	Federation of GCC Chambers
الغرفة التجارية الصناعية|الغرفة التجارية والصناعية	Chamber of Commerce and Industry
مصرف الإنماء|بنك الإنماء	Alinma Bank
المؤسسة العامة للتأمينات الاجتماعية	General Organization for Social Insurance
المؤسسة العامة للتدريب التقني والمهني	Technical and Vocational Training Corporation
المؤسسة العامة لتحلية المياه المالحة	Saline Water Conversion Corporation
المؤسسة العامة لصوامع الغلال ومطاحن الدقيق	Grain Silos and Flour Mills Organization
المؤسسة العامة للخطوط الحديدية	Saudi Railways Organization
مؤسسة البريد السعودي|البريد السعودي	Saudi Post
المؤسسة العامة لجسر الملك فهد|مؤسسة جسر الملك فهد	King Fahd Causeway Authority
المؤسسة العامة للموانئ	Saudi Ports Authority
المؤسسة العامة للتقاعد	Public Pension Agency
المديرية العامة للدفاع المدني	General Directorate of Civil Defense
المديرية العامة للجوازات	General Directorate of Passports
المديرية العامة للسجون	General Directorate of Prisons
المديرية العامة لمكافحة المخدرات	General Directorate of Narcotics Control
قوات الطوارئ الخاصة|قوات الطوارئ	Special Emergency Forces
حرس الحدود|المديرية العامة لحرس الحدود	Border Guard
القوات الجوية الملكية السعودية	Royal Saudi Air Force
القوات البرية الملكية السعودية	Royal Saudi Land Forces
القوات البحرية الملكية السعودية	Royal Saudi Naval Forces
هيئة الأركان العامة	General Staff
مجلس التنمية السياحية	Tourism Development Council
الحرس الوطني	National Guard
الحرس الملكي	Royal Guard
الأحوال المدنية|وكالة وزارة الداخلية للأحوال المدنية	Civil Affairs
التحالف العربي|تحالف دعم الشرعية في اليمن|تحالف دعم الشرعية	Arab Coalition
مدينة الملك عبدالعزيز للعلوم والتقنية	King Abdulaziz City for Science and Technology
مدينة الملك عبدالله للطاقة الذرية والمتجددة|مدينة الملك عبد الله للطاقة الذرية والمتجددة	King Abdullah City for Atomic and Renewable Energy
مدينة الملك عبدالعزيز الطبية	King Abdulaziz Medical City
مدينة الملك فهد الطبية	King Fahad Medical City
مدينة الملك سعود الطبية	King Saud Medical City
مستشفى الملك فيصل التخصصي ومركز الأبحاث|مستشفى الملك فيصل التخصصي	King Faisal Specialist Hospital
مركز الملك سلمان للإغاثة والأعمال الإنسانية|مركز الملك سلمان للإغاثة الإنسانية|مركز الملك سلمان للإغاثة	King Salman Humanitarian Aid and Relief Centre
مركز الملك عبدالعزيز للحوار الوطني	King Abdulaziz Center for National Dialogue
مكتبة الملك فهد الوطنية	King Fahd National Library
دارة الملك عبدالعزيز	King Abdulaziz Foundation
معهد الإدارة العامة	Institute of Public Administration
كلية الملك فهد الأمنية	King Fahd Security College
كلية الملك عبدالعزيز الحربية	King Abdulaziz Military Academy
جامعة الملك سعود	King Saud University
جامعة الملك عبدالعزيز	King Abdulaziz University
جامعة الملك فهد للبترول والمعادن	King Fahd University of Petroleum and Minerals
جامعة الملك عبدالله للعلوم والتقنية|كاوست	King Abdullah University of Science and Technology
جامعة الإمام محمد بن سعود الإسلامية|جامعة الإمام محمد بن سعود|جامعة الإمام	Imam Muhammad ibn Saud Islamic University
جامعة أم القرى	Umm al-Qura University
جامعة الملك خالد	King Khalid University
جامعة الملك فيصل	King Faisal University
جامعة الملك سعود بن عبدالعزيز للعلوم الصحية	King Saud bin Abdulaziz University for Health Sciences
جامعة الأميرة نورة بنت عبدالرحمن|جامعة الأميرة نورة	Princess Nourah bint Abdulrahman University
الجامعة الإسلامية بالمدينة المنورة	Islamic University of Madinah
جامعة طيبة	Taibah University
جامعة القصيم	Qassim University
جامعة جازان	Jazan University
جامعة الطائف	Taif University
جامعة حائل	University of Hail
جامعة تبوك	University of Tabuk
جامعة الباحة	Al Baha University
جامعة نجران	Najran University
جامعة الجوف	Jouf University
جامعة الدمام|جامعة الإمام عبدالرحمن بن فيصل	Imam Abdulrahman Bin Faisal University
جامعة الحدود الشمالية	Northern Border University
جامعة المجمعة	Majmaah University
جامعة شقراء	Shaqra University
جامعة الأمير سطام بن عبدالعزيز	Prince Sattam bin Abdulaziz University
جامعة قطر	Qatar University
جامعة الكويت	Kuwait University
جامعة السلطان قابوس	Sultan Qaboos University
جامعة الإمارات العربية المتحدة|جامعة الإمارات	United Arab Emirates University
صندوق الاستثمارات العامة	Public Investment Fund
صندوق التنمية العقارية	Real Estate Development Fund
صندوق تنمية الموارد البشرية	Human Resources Development Fund
الصندوق السعودي للتنمية	Saudi Fund for Development
صندوق التنمية الصناعية السعودي|صندوق التنمية الصناعية	Saudi Industrial Development Fund
صندوق التنمية الزراعية	Agricultural Development Fund
بنك التسليف والادخار السعودي|بنك التسليف	Saudi Credit and Savings Bank
البنك السعودي الفرنسي	Banque Saudi Fransi
البنك الأهلي التجاري|البنك الأهلي	National Commercial Bank
البنك السعودي البريطاني	Saudi British Bank
البنك العربي الوطني	Arab National Bank
بنك الرياض	Riyad Bank
بنك البلاد	Bank Albilad
بنك الجزيرة	Bank AlJazira
البنك السعودي للاستثمار	Saudi Investment Bank
السوق المالية السعودية	Saudi Exchange
المديرية العامة للدفاع المدني|الإدارة العامة للدفاع المدني	General Directorate of Civil Defense
أمانة منطقة الرياض|أمانة الرياض	Riyadh Municipality
أمانة محافظة جدة|أمانة جدة	Jeddah Municipality
أمانة العاصمة المقدسة	Makkah Municipality
أمانة منطقة المدينة المنورة|أمانة المدينة المنورة	Madinah Municipality
أمانة المنطقة الشرقية|أمانة الشرقية	Eastern Province Municipality
أمانة منطقة عسير|أمانة عسير	Asir Municipality
أمانة الأحساء|أمانة محافظة الأحساء	Al-Ahsa Municipality
أمانة الطائف|أمانة محافظة الطائف	Taif Municipality
أمانة منطقة جازان|أمانة جازان	Jazan Municipality
أمانة منطقة القصيم|أمانة القصيم	Qassim Municipality
أمانة منطقة حائل|أمانة حائل	Hail Municipality
أمانة منطقة تبوك|أمانة تبوك	Tabuk Municipality
أمانة منطقة الباحة|أمانة الباحة	Al Baha Municipality
أمانة منطقة نجران|أمانة نجران	Najran Municipality
أمانة منطقة الجوف|أمانة الجوف	Al Jouf Municipality
إمارة منطقة الرياض|إمارة الرياض	Emirate of Riyadh Region
إمارة منطقة مكة المكرمة|إمارة مكة المكرمة	Emirate of Makkah Region
إمارة منطقة المدينة المنورة|إمارة المدينة المنورة	Emirate of Madinah Region
إمارة منطقة القصيم|إمارة القصيم	Emirate of Qassim Region
إمارة المنطقة الشرقية|إمارة الشرقية	Emirate of the Eastern Province
إمارة منطقة عسير|إمارة عسير	Emirate of Asir Region
إمارة منطقة تبوك|إمارة تبوك	Emirate of Tabuk Region
إمارة منطقة حائل|إمارة حائل	Emirate of Hail Region
إمارة منطقة الحدود الشمالية|إمارة الحدود الشمالية	Emirate of the Northern Borders Region
إمارة منطقة جازان|إمارة جازان	Emirate of Jazan Region
إمارة منطقة نجران|إمارة نجران	Emirate of Najran Region
إمارة منطقة الباحة|إمارة الباحة	Emirate of Al Baha Region
إمارة منطقة الجوف|إمارة الجوف	Emirate of Al Jouf Region
`;
