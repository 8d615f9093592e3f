/**
 * Companies and brands the Arabic press names (the project's own list, MIT). One a line: the
 * usual name first, then variants, separated by |, then after a tab the English name the hover shows.
 *
 * Some share their name with a word or another name (نيسان is also April, شل a paralysis,
 * أمازون a river), so a one-word name is only a feature for the model; a name of two words or
 * more (جنرال موتورز، بي إم دبليو) is a company wherever it stands.
 */
export const COMPANIES = `
تويوتا	Toyota
نيسان	Nissan
هوندا	Honda
مازدا	Mazda
ميتسوبيشي	Mitsubishi
سوزوكي	Suzuki
هيونداي	Hyundai
كيا موتورز|كيا	Kia
دايو	Daewoo
فولكسفاغن|فولكس فاغن|فولكسفاجن|فولكس فاجن	Volkswagen
أودي	Audi
بي إم دبليو	BMW
مرسيدس بنز|مرسيدس	Mercedes-Benz
دايملر كرايسلر|دايملر	DaimlerChrysler
بورشه	Porsche
أوبل	Opel
فورد	Ford
جنرال موتورز	General Motors
كرايسلر	Chrysler
رينو	Renault
بيجو	Peugeot
سيتروين	Citroën
فيات	Fiat
فيراري	Ferrari
فولفو	Volvo
تاتا موتورز	Tata Motors
شيري	Chery
جيلي	Geely
مايكروسوفت	Microsoft
غوغل|جوجل	Google
آبل|أبل	Apple
أمازون	Amazon
فيسبوك	Facebook
تويتر	Twitter
ياهو	Yahoo
سامسونغ|سامسونج	Samsung
نوكيا	Nokia
سوني	Sony
إنتل	Intel
آي بي إم	IBM
هواوي	Huawei
إريكسون	Ericsson
موتورولا	Motorola
إل جي	LG
باناسونيك	Panasonic
توشيبا	Toshiba
سيمنس|سيمنز	Siemens
جنرال إلكتريك	General Electric
سابك	SABIC
إكسون موبيل	ExxonMobil
رويال داتش شل	Royal Dutch Shell
بريتش بتروليوم	BP
توتال	Total
شيفرون	Chevron
غازبروم	Gazprom
أدنوك	ADNOC
قطر للبترول	Qatar Petroleum
سوناطراك	Sonatrach
بوينغ|بوينج	Boeing
إيرباص	Airbus
طيران الإمارات	Emirates
الخطوط الجوية القطرية	Qatar Airways
الخطوط الجوية العربية السعودية|الخطوط السعودية	Saudia
مصر للطيران	EgyptAir
الاتحاد للطيران	Etihad Airways
لوفتهانزا	Lufthansa
موبايلي	Mobily
فودافون	Vodafone
أوريدو	Ooredoo
مصرف الراجحي	Al Rajhi Bank
سيتي غروب|سيتي جروب|سيتي بنك	Citigroup
غولدمان ساكس|جولدمان ساكس	Goldman Sachs
جي بي مورغان|جيه بي مورغان	JPMorgan Chase
إتش إس بي سي	HSBC
دويتشه بنك	Deutsche Bank
باركليز	Barclays
ماكدونالدز	McDonald's
كوكا كولا	Coca-Cola
بيبسي	Pepsi
نستله	Nestlé
يونيليفر	Unilever
إيكيا	IKEA
وول مارت	Walmart
`;
