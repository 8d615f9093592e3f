/**
 * Words and phrases that are never the names the model or the lists take them for, whatever
 * the context: the name of God alone (صلى الله عليه وسلم), set phrases whose first word is also
 * a given name (حسن الجوار، حجاج الداخل), the office «أمين + city» (أمين الطائف is the city's
 * mayor, not a man called Amin), and loanwords for units, devices, substances, degrees and art
 * forms (ميليمتر، الميكروويف، الكولسترول، البكالوريوس، الأوبرا), which the model, seeing a
 * foreign-looking word, reads as a name; and a word written with the tanween of the indefinite
 * accusative (لاجئًا سوريًا), which no name takes; words a proclitic seems to hide a name in
 * (وكيل is no و + Kiel); and the pieces of web and e-mail addresses.
 */
import { readings, safeReading, withoutArticle } from './clitics';
import type { Candidate } from './candidate';
import { isTriggerWord, type GazetteerMatch } from './gazetteer/index';
import { isLatinWord, type Token } from './tokens';
import { isNationality } from './nationality';
import { commonWords, nameLexicon } from './model/load';
import { MONTH_NAMES } from '../dates/months';
import { hasAccusativeTanween, hasParticipleShape, isDerivedVerbalNoun, isLargeScale, isVerbalNounPhrase, isVerbShaped } from './word-shapes';

/** Folded, without the article. */
const LOANWORDS = new Set(
  [
    'ميليمتر مليمتر ملليمتر سنتيمتر ميكرون نانومتر',
    'ميكروويف مايكروويف واي فاي بلوتوث جالكسي جالاكسي لابتوب فاكس كمبيوتر كومبيوتر انترنت انترنيت',
    'ميركاتو كونتانقو كونتانغو',
    'كولسترول كوليسترول هيموجلوبين هيموغلوبين انسولين بنكرياس كافيين نيكوتين بروتين فيتامين عقاقير سيتوكينات كورونا',
    // Chemical elements in -ium (البوتاسيوم، البولونيوم), which ANERcorp tags as no person, place or body either.
    'صوديوم بوتاسيوم كالسيوم مغنيسيوم مغنيزيوم المنيوم الومنيوم الومينيوم يورانيوم بلوتونيوم بولونيوم ثاليوم راديوم هيليوم تيتانيوم كروميوم سيزيوم ليثيوم بلاتينيوم باريوم سيلينيوم كادميوم زركونيوم بلاديوم',
    'بكالوريوس ماجستير دكتوراه دبلوم',
    'اوبرا اوبريت كوميديا دراما ماراثون اوركسترا سيمفونيه',
    // Sports named by a loanword (البولينج، للتايكوندو), not the bodies named after them (الاتحاد السعودي للبلياردو).
    'بولينج بولينغ بلياردو تايكوندو كاراتيه سنوكر',
    'كوماندوز كوماندوس',
    // Leagues named by a loanword: competitions, not a place or a body.
    'بوندسليغا بوندسليجا بريميرليغ بريميرليج بريمييرليج ليغا ليجا كالتشيو',
    // Units of computing (not بايت alone, also a family name: ديميتري بايت).
    'هرتز كيلوهرتز ميجاهرتز ميغاهرتز جيجاهرتز غيغاهرتز جيغاهرتز كيلوبايت ميجابايت ميغابايت جيجابايت غيغابايت جيغابايت تيرابايت ميجابكسل ميغابكسل',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Set phrases (folded) whose first word is also a name (حسن، حجاج) or whose second is (الذكر الحكيم،
 * ولاية الفقيه، منطقة آمنة), and the sea's state in weather reports (البحر متوسط الموج): first word, then the seconds.
 */
const PHRASES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['حسن', new Set(['الجوار', 'جوار', 'الخلق', 'الظن', 'النيه', 'التعامل', 'الاداء', 'الحظ', 'الاستقبال', 'السيره', 'التنظيم', 'الخاتمه'])],
  ['مسقط', new Set(['الراس', 'راس', 'راسه', 'راسها'])],
  // يصب في صالح المستهلك، لما فيه صالح الطلاب: «in favour of»; ساري المفعول: «in force».
  ['في', new Set(['صالح'])],
  ['فيه', new Set(['صالح'])],
  ['ساري', new Set(['المفعول'])],
  // غذاء صالح للاستهلاك: «fit for», not a man called Saleh.
  ['صالح', new Set(['للاستهلاك', 'للاستخدام', 'للشرب', 'للسكن', 'للاكل'])],
  // صافي أرباح البنك: «net profit», not a man called Safi.
  ['صافي', new Set(['ارباح', 'الارباح', 'الربح', 'ربح', 'دخل', 'الدخل'])],
  // الرباط الصليبي: the cruciate ligament, not Rabat; بوجه عام: «in general».
  ['الرباط', new Set(['الصليبي', 'الداخلي', 'الجانبي'])],
  ['بوجه', new Set(['عام', 'خاص'])],
  // ظهير أيمن: a right back, not a man called Ayman.
  ['ظهير', new Set(['ايمن', 'ايسر'])],
  ['الله', new Set(['الهادي', 'الموفق', 'المستعان'])],
  // بحمد الله، بإذن الله، تقوى الله، ندعو الله: God named in a phrase, not a compound name like عبد الله or نصر الله.
  ...'بحمد باذن تقوي بتوفيق رضوان رضا ندعو داعيا احمد سبحان'.split(' ').map((word): [string, ReadonlySet<string>] => [word, new Set(['الله'])]),
  ['حجاج', new Set(['الداخل', 'الخارج', 'بيت'])],
  ['الذكر', new Set(['الحكيم'])],
  // السلف الصالح: the pious forebears; سيرا على الأقدام: on foot (no Sierra).
  ['السلف', new Set(['الصالح'])],
  ['سلفنا', new Set(['الصالح'])],
  ['سيرا', new Set(['علي'])],
  ['ولايه', new Set(['الفقيه'])],
  ['الولي', new Set(['الفقيه'])],
  ['منطقه', new Set(['امنه'])],
  ['مناطق', new Set(['امنه'])],
  ['البحر', new Set(['متوسط', 'خفيف', 'هادي', 'مضطرب', 'معتدل'])],
  // كوبا أمريكا is a cup, تقويم أم القرى a calendar: no country, continent or city.
  ['كوبا', new Set(['امريكا', 'اميركا'])],
  ['تقويم', new Set(['ام'])],
  // عنان السماء: «the clouds of the sky» (sky-high), no Annan; لا غرو: «no wonder»; أنيس المجالس: «the companion of gatherings».
  ['عنان', new Set(['السماء'])],
  ['لا', new Set(['غرو'])],
  ['فلا', new Set(['غرو'])],
  ['انيس', new Set(['المجالس'])],
  // أسوة حسنة: «a good example», no woman called Hasna.
  ['اسوه', new Set(['حسنه'])],
  // عدم رضا الجمهور، قياس رضا الزائر: «satisfaction», not the name Reda.
  ...'عدم قياس تحسين يضمن يحقق تحقيق نيل ينال نال لقي كسب مدي مستوي نسبه درجه موشر زياده بحثا'.split(' ').map((word): [string, ReadonlySet<string>] => [word, new Set(['رضا'])]),
]);

/** Verbs of saying, asking and hoping (folded), after which لي alone is «to me», not the name Li (قال لي، وأكد لي), and one word may be the speaker. */
const SAYING = new Set(
  'قال قالت يقول تقول اكد اكدت اوضح اوضحت ذكر ذكرت روي حكي اضاف اضافت اشار اشارت صرح صرحت لفت لفتت شدد شددت تابع تابعت بين بينت كشف كشفت اعتبر اعتبرت راي اعلن اعلنت افاد افادت نفي نفت اعرب اعربت توقع توقعت طالب طالبت دعا دعت رحب رحبت اعترف اعترفت ابدي ابدت تحدث تحدثت شرح شرحت ختم ختمت رجح رجحت'.split(' '),
);

/** Spokesmen and those who speak for someone (folded, without the article), after whom باسم is «in the name of». */
const SPEAKING_FOR = new Set(['متحدث', 'متحدثه', 'ناطق', 'ناطقه', 'تحدث', 'يتحدث', 'تتحدث']);

/** Whether token `t` is باسم meaning «in the name of» (المتحدث باسم أولمرت، الناطقة باسم الخارجية), not the given name Bassem. */
export const isInTheNameOf = (tokens: readonly Token[], t: number): boolean => tokens[t].folded === 'باسم' && SPEAKING_FOR.has(withoutArticle(tokens[t - 1]?.folded ?? ''));

/** Whether a token is a verb of saying, perhaps after و or ف (وأضاف، فقال). */
export const isSayingVerb = (token: Token | undefined): boolean => stems(token).some((s) => SAYING.has(s));

/** Whether a folded word, without its article, is a loanword for a unit, a device, a substance, a degree, an art form or a sport (العقاقير، الأوبرا، البولينج). */
export const isLoanword = (word: string): boolean => LOANWORDS.has(withoutArticle(word));

/** A science or its adjective named by a loanword in -logy (folded: الأيديولوجيا، أركيولوجيا، جيولوجي): no name alone, though a body's name holds one (جامعة العلوم والتكنولوجيا). */
const isScience = (word: string): boolean => /ولوجيا?$/.test(word);

/**
 * Words that are never a name, though a proclitic read off them leaves one (folded): وكيل is a
 * deputy, not و + Kiel; جل وعلا, فينا, بابا; محرم alone is «forbidden» or the month, a name
 * only inside a longer one (أحمد سيف محرم), as are شبه (شبه تيقن: near certainty; شبه جزيرة) and
 * طيب (طيب المعشر; رجب طيب أردوغان). And جده written with ha, which is «his grandfather»
 * or «found it» (وجده), where Jeddah is جدة; and زائد as written, «plus» (5 زائد 1), which folds like Zayed (زايد).
 * And ربي, «my Lord» (إلا ما رحم ربي), بريئة «innocent» (نفوس بريئة), كمساعد «as an assistant» (يتواجد كمساعد أول).
 */
const WHOLE_WORDS = new Set(['وكيل', 'وعلا', 'فينا', 'بابا', 'محرم', 'لمحرم', 'ومحرم', 'شبه', 'طيب', 'ربي', 'وربي', 'برييه', 'كمساعد']);
/**
 * Ordinals (folded): regnal numbers, which belong to the one name before them (ألفونسو الثالث عشر، إليزابيث الثانية، محمد الخامس),
 * and never a name alone (اللواء الخامس عشر: the fifteenth brigade).
 */
export const ORDINALS: ReadonlySet<string> = new Set(
  'الاول الاولي الثاني الثانيه الثالث الثالثه الرابع الرابعه الخامس الخامسه السادس السادسه السابع السابعه الثامن الثامنه التاسع التاسعه العاشر العاشره الحادي الحاديه'.split(' '),
);
/** The words of WHOLE_WORDS told apart only as written, as they fold like a name (جده like Jeddah, زائد like Zayed, وأم «and mother of» like وام, the Emirates' agency). */
const WHOLE_AS_WRITTEN = new Set(['جده', 'وجده', 'زائد', 'وأم']);
/** Whether a folded word is one of WHOLE_WORDS or an ordinal, never a name alone (nor a later mention of one). */
export const isNeverAlone = (folded: string): boolean => WHOLE_WORDS.has(folded) || ORDINALS.has(folded);
const isWholeWord = (token: Token, written: string): boolean => isNeverAlone(token.folded) || WHOLE_AS_WRITTEN.has(written);

/** Deputies' offices before أمين (folded): مساعد، نائب، وكيل. */
const DEPUTIES: ReadonlySet<string> = new Set(['مساعد', 'نايب', 'وكيل']);
/** What «أمين» heads when it is an office (folded): أمين منطقة الرياض، أمين العاصمة المقدسة، أمين عام. */
const MAYORAL = new Set(['منطقه', 'محافظه', 'مدينه', 'العاصمه', 'عام', 'النادي', 'الصندوق', 'سر', 'مجلس', 'هييه', 'الجامعه']);

/** The months named in two words (folded): ربيع الأول، جمادى الآخرة، تشرين الثاني، ذو الحجة. None is a name, though ربيع and تشرين are given names. */
const TWO_WORD_MONTHS = new Set(MONTH_NAMES.filter((m) => m.folded.includes(' ')).map((m) => m.folded));

const stems = (token: Token | undefined): string[] => (token?.word === true ? readings(token.folded).map((r) => r.stem) : []);

/** Whether [start, end) holds Latin letters joined to a dot, slash or @ that joins more text: part of an address. */
function inAddress(text: string, start: number, end: number): boolean {
  if (!/^[\x21-\x7e]+$/.test(text.slice(start, end))) return false;
  const joins = (i: number, j: number): boolean => './@:'.includes(text[i] ?? ' ') && /\S/.test(text[j] ?? ' ');
  return joins(start - 1, start - 2) || joins(end, end + 1);
}

/**
 * Whether the word at `index` begins or ends one of the set phrases above (حسن الجوار، كوبا
 * أمريكا) or names a chapter of the Quran (سورة مريم، سورة محمد): no name there, nor a later
 * mention of one.
 */
export function inSetPhrase(tokens: readonly Token[], index: number, own: readonly string[] = stems(tokens[index])): boolean {
  const phrase = (word: readonly string[], after: Token | undefined): boolean => after?.word === true && word.some((s) => PHRASES.get(s)?.has(after.folded) === true);
  const before = stems(tokens[index - 1]);
  return phrase(own, tokens[index + 1]) || phrase(before, tokens[index]) || before.includes('سوره');
}

/** The Latin letters as Arabic spells them out (folded): ايه، بي، سي، ام، اتش. */
const LETTER_NAMES = new Set('ايه اي بي سي دي اف جي اتش ايتش جيه كيه كي ال ام ان او كيو ار اس تي يو في دبليو اكس واي زد'.split(' '));

/**
 * Devices' makes and models (folded): a name with one in it is the device's (هاتف آيفون، إكسبريا سي 4، نظام أندرويد);
 * and cars' models, which no name shares (سيارة من نوع هايلوكس، كامري 2014).
 */
const DEVICES = new Set('ايباد اندرويد اكسبريا جالكسي جالاكسي هايلوكس كامري كورولا لاندكروزر كابرس'.split(' '));
/** The last two letters of the devices' names, آيفون and فون too: a cheap test before a word's readings. */
const DEVICE_ENDS = new Set([...DEVICES, 'ايفون'].map((w) => w.slice(-2)));

/** Whether a token names a device: one of DEVICES, آيفون written with madda or hamza (إيفون is Yvonne), or فون after آي (آي فون). */
function isDevice(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i];
  if (!t.word || !DEVICE_ENDS.has(t.folded.slice(-2))) return false;
  if (stems(t).some((s) => DEVICES.has(s))) return true;
  if (/^[وفبل]?[آأ]يفون$/.test(text.slice(t.start, t.end))) return true;
  return t.folded === 'فون' && /^و?اي$/.test(tokens[i - 1]?.folded ?? '');
}

/** Continents' adjectives (folded), which name a union without the article in tags (اتحاد أوروبي، اتحاد أفريقي). */
const CONTINENTAL = new Set(['اوروبي', 'افريقي', 'اسيوي']);

/**
 * Whether the model's name is a kind of body or place, not one: a trigger word and an adjective in ي that agrees with
 * it, both without the article (منظمة أمنية، مؤسسة خيرية، تنظيم إرهابي، منطقة ريفية), or the adjective alone after
 * the trigger word, or the trigger word and what it is for (بنك للعيون); not a name in ي (جزيرة بالي، نادي تشيلسي)
 * nor a title's word and a name (عماد مغنية). A masculine adjective must be a word training saw often, and
 * no nationality or continent's: «اتحاد أوروبي» is how the tags under an article name the European Union.
 */
function isIndefiniteKind(tokens: readonly Token[], c: Candidate, text: string): boolean {
  if (c.source !== 'model' || c.last - c.first > 2 || c.match?.entry) return false;
  // The adjective alone, its head left out (منطقة | ريفية، مدينة | صناعية).
  const [head, adjective] = c.last - c.first === 2 ? [tokens[c.first], tokens[c.first + 1]] : [tokens[c.first - 1], tokens[c.first]];
  if (!head || !adjective) return false;
  if (!head.word || !adjective.word || head.folded.startsWith('ال') || adjective.folded.startsWith('ال')) return false;
  const stem = safeReading(head.folded).stem;
  if (!isTriggerWord('ال' + stem)) return false;
  const a = adjective.folded;
  // An indefinite head and what it is for, after ل and the article, name a kind too (بنك للعيون، اتحاد للناشرين).
  if (c.last - c.first === 2 && a.startsWith('لل') && a.length >= 5) return true;
  // Alone, it must be written with ta marbuta after a feminine head (منطقة | ريفية), as foreign names seldom are (مدينة | تايبيه، بلدة | شامونيه).
  if (c.last - c.first === 1 && !(stem.endsWith('ه') && /ي[\u064b-\u0652]*ة[\u064b-\u0652]*$/.test(text.slice(adjective.start, adjective.end)))) return false;
  return stem.endsWith('ه') ? a.endsWith('يه') : a.endsWith('ي') && commonWords().has(a) && !isNationality(a) && !CONTINENTAL.has(a);
}

/**
 * A participle's sound masculine plural (folded): محامون، مراقبون، محللون، مستثمرون, which a verb of
 * saying takes for its subject (قال محامون إن), unlike a name in ون (ماكرون).
 */
const isParticiplePlural = (w: string): boolean => withoutArticle(w).length >= 6 && w.endsWith('ون') && hasParticipleShape(withoutArticle(w));

/** Demonstratives (folded): هذا الرجل، هاتان الجبهتان: the definite word after one is a common noun. */
const DEMONSTRATIVES = new Set('هذا هذه هذان هاتان هذين هاتين هولاء اوليك اولايك ذلك تلك'.split(' '));

/** What a medal is «of» (folded): وسام فخر، وسام الاستحقاق. */
const MEDAL_OF = new Set(['فخر', 'شرف', 'صداقه', 'الاستحقاق', 'الشرف']);

/**
 * Whether the word after وسام makes it a medal, not the given name Wissam: وسام البرلمان العربي، وسام فخر. A definite common
 * word that training never saw in a name does (not وسام الحسن).
 */
const isMedalOf = (w: string): boolean => MEDAL_OF.has(w) || (w.startsWith('ال') && commonWords().has(w) && !nameLexicon().has(w));

/** Nationalities that are given names too (folded): تركي، جورجي. */
const GIVEN_NATIONALITIES: ReadonlySet<string> = new Set(['تركي', 'جورجي']);

/** A nationality without the article, written with its final ya (يمني, not the given name يمنى). */
const isBareNationality = (t: Token, text: string): boolean =>
  !t.folded.startsWith('ال') && text[t.end - 1] === 'ي' && !GIVEN_NATIONALITIES.has(t.folded) && isNationality('ال' + t.folded);

/** A common word without the article that no name holds (بارز، عسكري). */
const isIndefiniteCommon = (t: Token): boolean => !t.folded.startsWith('ال') && commonWords().has(t.folded) && !nameLexicon().has(t.folded);

/**
 * Two Latin words or more in brackets right after an Arabic word that heads no name: the English of the term before
 * (الطوارئ (Emergency Preparedness)، القوائم المحظورة (Black Listing)), no name. Not after a head (شركة (K B)).
 */
function isLatinGloss(tokens: readonly Token[], c: Candidate, text: string): boolean {
  const words = tokens.slice(c.first, c.last).filter((t) => t.word);
  if (words.length < 2 || !words.every(isLatinWord)) return false;
  const before = tokens[c.first - 2];
  return tokens[c.first - 1]?.folded === '(' && before?.word === true && /[\u0621-\u064A]/.test(text[before.start]) && !readings(before.folded).some((r) => isTriggerWord(r.stem));
}

/** Whether the candidate `c` is one of the words or phrases above, never a name. */
export function isNeverName(tokens: readonly Token[], c: Candidate, gazetteer: readonly GazetteerMatch[], text: string): boolean {
  const first = stems(tokens[c.first]);
  const words = tokens.slice(c.first, c.last).filter((t) => t.word);
  const written = text.slice(tokens[c.first].start, tokens[c.first].end);
  if (c.last - c.first === 1 && (first.includes('الله') || isWholeWord(tokens[c.first], written))) return true;
  // أبي alone is «my father» (وقلت لأبي، كان أبي يقول); it is a name only in a kunya (أبي بكر), as ANERcorp tags it.
  if (c.last - c.first === 1 && first.includes('ابي') && written.endsWith('أبي')) return true;
  // A piece of a web or e-mail address (www.sfda.gov.sa، info@spa.gov.sa) is part of no name.
  if (inAddress(text, tokens[c.first].start, tokens[c.last - 1].end)) return true;
  if (isLatinGloss(tokens, c, text) || (c.type === 'person' && c.last - c.first <= 2 && isVerbalNounPhrase(tokens[c.first], tokens[c.first + 1], text))) return true;
  // Latin words in lower case the model took for a name are words (saudi skills standards، ترتدي “catsuit”), but not after شركة (شركة maza sport).
  if (c.source === 'model' && words.every((t) => /^[a-z]/.test(text.slice(t.start, t.end))) && !tokens[c.first - 1]?.folded.endsWith('شركه')) return true;
  // Latin letters spelt out before a number are a flight's or a model's code (الرحلة «ام اتش 370»، طائرة ايرباص «ايه 310»، مروحية ام آي-17), not a body.
  const code = tokens[c.last]?.folded === '-' ? tokens[c.last + 1] : tokens[c.last];
  if (c.source === 'model' && /^\d+$/.test(code?.folded ?? '') && words.every((t) => LETTER_NAMES.has(t.folded))) return true;
  // An indefinite accusative written with its tanween is an adjective or an adverb: لاجئًا سوريًا، قائلاً.
  if (c.last - c.first === 1 && hasAccusativeTanween(written)) return true;
  // فيروس كورونا، واي فاي: a virus, or loanwords only.
  if (first.includes('فيروس') || words.every((t) => stems(t).some((w) => isLoanword(w) || isScience(w)))) return true;
  // مادة هيدروكلوروثيازيد، مادة بولونيوم: a substance's name, one word after مادة, is no one's, with مادة or without, unless a list names it.
  const substance = first.includes('ماده') ? c.last - c.first === 2 : c.last - c.first === 1 && stems(tokens[c.first - 1]).includes('ماده');
  if (substance && !c.match?.entry) return true;
  // A Latin letter spelt out alone is a piece of an abbreviation (سامسونج سي & تي، يو. بي. آي) or أم «or», unless a list names it or it is quoted after a head (صحيفة «آس»).
  if (c.last - c.first === 1 && LETTER_NAMES.has(tokens[c.first].folded) && !c.match?.entry && !c.quoted) return true;
  for (let i = c.first; i < c.last; i++) if (isDevice(tokens, i, text)) return true;
  if (isIndefiniteKind(tokens, c, text)) return true;
  // A nationality alone is an adjective (اللاعب الأرجنتيني), no person; a later mention of a family name so made is propagate.ts's to allow.
  if (c.type === 'person' && c.source === 'model' && c.last - c.first === 1 && tokens[c.first].folded.startsWith('ال') && isNationality(tokens[c.first].folded)) return true;
  if (c.type === 'person' && tokens[c.first].folded.startsWith('ال') && stems(tokens[c.first - 1]).some((s) => DEMONSTRATIVES.has(s))) return true;
  // A scale of a million or more is no proclitic and a name (بليون is a billion, not ب + Lyon).
  if (c.last - c.first === 1 && isLargeScale(tokens[c.first].folded)) return true;
  // Nor is a nationality without the article before indefinite adjectives (مسؤول | يمني بارز، يمني عسكري): it describes the noun before.
  if (c.type === 'person' && c.source === 'model' && c.last - c.first >= 2 && isBareNationality(tokens[c.first], text) && words.slice(1).every(isIndefiniteCommon)) return true;
  if (c.type === 'person' && c.last - c.first === 1 && isParticiplePlural(tokens[c.first].folded) && !gazetteer.some((m) => m.start === c.first && m.end === c.last)) return true;
  const next = tokens[c.first + 1];
  if (c.type === 'person' && tokens[c.first].folded === 'وسام' && next?.word === true && isMedalOf(next.folded)) return true;
  if (inSetPhrase(tokens, c.first, first)) return true;
  // A one-word name the model read into a verb (أول مدينة | تستضيف), or into a verb's future with س (سيبقى، ستبلغ).
  if (c.source === 'model' && c.last - c.first === 1 && isVerbShaped(tokens[c.first].folded)) return true;
  if (c.last - c.first === 2 && first.some((s) => TWO_WORD_MONTHS.has(`${s} ${tokens[c.first + 1].folded}`))) return true;
  // The borders of a country named after them (الحدود الشمالية | للأردن) are its border, not the Saudi region of that name.
  if (c.type === 'place' && first.includes('الحدود') && tokens[c.last]?.word === true && tokens[c.last].folded[0] === 'ل') return true;
  if (c.last - c.first === 1 && tokens[c.first].folded === 'لي' && isSayingVerb(tokens[c.first - 1])) return true;
  // منطقة امتياز، منطقة استلام الأمتعة: a verbal noun of a derived verb (افتعال، استفعال، انفعال) is what the area is for, no place's name.
  if (c.type === 'place' && c.source === 'model' && c.last - c.first === 1 && isDerivedVerbalNoun(tokens[c.first].folded) && !gazetteer.some((m) => m.start === c.first)) return true;
  // مساعد أمين العاصمة المقدسة، نائب أمين منطقة: the deputy's office, whose أمين is the mayor.
  const after = tokens[c.last];
  if (c.type === 'person' && c.last - c.first === 2 && DEPUTIES.has(tokens[c.first].folded) && tokens[c.first + 1].folded === 'امين' && after?.word === true && MAYORAL.has(after.folded)) return true;
  if (c.type === 'person' && first.includes('امين') && next?.word === true) {
    return MAYORAL.has(next.folded) || gazetteer.some((m) => m.start === c.first + 1 && m.entry?.type === 'place');
  }
  return false;
}
