/**
 * Political parties and movements the Arabic press names (the project's own list, MIT),
 * added to the curated organisations (curated.ts ORGANIZATIONS): only names that are not
 * also ordinary words. One a line: the usual name first, then variants, separated by |, then after a tab the English name the hover shows.
 */
export const PARTIES = `
الليكود|حزب الليكود	Likud
كاديما|حزب كاديما	Kadima
حزب العمل الإسرائيلي	Israeli Labor Party
الحزب الديمقراطي|الحزب الديموقراطي	Democratic Party
الحزب الجمهوري	Republican Party
حزب المحافظين	Conservative Party
حزب العمال البريطاني	Labour Party
حزب البعث|حزب البعث العربي الاشتراكي	Baath Party
حزب العدالة والتنمية	Justice and Development Party
حزب الشعب الجمهوري	Republican People's Party
حزب الحركة القومية	Nationalist Movement Party
حزب الشعوب الديمقراطي	Peoples' Democratic Party
حزب الحرية والعدالة	Freedom and Justice Party
حزب النور	Nour Party
حزب الوفد	Wafd Party
الحزب الوطني الديمقراطي	National Democratic Party
حركة النهضة	Ennahda
حزب الدعوة|حزب الدعوة الإسلامية	Dawa Party
المجلس الأعلى الإسلامي العراقي	Islamic Supreme Council of Iraq
التيار الصدري	Sadrist Movement
جيش المهدي	Mahdi Army
حزب المؤتمر الوطني|المؤتمر الوطني السوداني	National Congress Party
الحركة الشعبية لتحرير السودان	Sudan People's Liberation Movement
حركة العدل والمساواة	Justice and Equality Movement
حركة تحرير السودان	Sudan Liberation Movement
حزب الأمة|حزب الأمة القومي	Umma Party
الجبهة الشعبية لتحرير فلسطين	Popular Front for the Liberation of Palestine
تيار المستقبل	Future Movement
حركة أمل	Amal Movement
التيار الوطني الحر	Free Patriotic Movement
حزب القوات اللبنانية	Lebanese Forces
حزب الكتائب	Kataeb Party
حزب الاستقلال	Istiqlal Party
الاتحاد الاشتراكي للقوات الشعبية	Socialist Union of Popular Forces
المؤتمر الشعبي العام|حزب المؤتمر الشعبي العام	General People's Congress
التجمع اليمني للإصلاح|حزب الإصلاح	Islah
الحزب الديمقراطي الكردستاني	Kurdistan Democratic Party
الاتحاد الوطني الكردستاني	Patriotic Union of Kurdistan
حزب الاتحاد الديمقراطي	Democratic Union Party
`;
