/**
 * Function words, folded (على folds to علي, إلى to الي), and the verbs of saying that follow a
 * speaker's name (فيقول، وأضاف، قائلا), and برقية, which follows the sender's (آل سعود | برقية)
 * and is no ب + رقية; the blessings after a name (محمد | صلى الله عليه وسلم، رحمه الله), a
 * body's staff (ومنسوبو) and a few words names ran on into in the news (شكره، فقط، بحضور،
 * الفريق أول | حمد، ألقى … | كلمة، مخطط الملك فهد | بإجمالي، خالد عيسى | عقب، مدينة الملك
 * عبدالله | شيئا), and سمات, which heads the tags under an article, and the colloquial
 * relative اللي (عبدالعزيز | اللي له), the question words (أين، كيف) and أسوة «like» (أسوة | بطلال العبسي): never a name nor the edge of one.
 * Names found by the model are trimmed of them (رامي عبد الرحمن ذلك → رامي عبد الرحمن), and
 * no later mention is looked for under them.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  'في من علي الي عن مع ان او ثم قد لا ما لم لن هو هي هم كان كانت قال قالت بعد قبل عند حتي متي اذا هذا هذه ذلك تلك هذان هاتان هذين هاتين هولاء اوليك اولايك التي الذي الذين كل بين حيث ضد دون غير منذ خلال لدي امس اليوم ايضا كما لكن وقد وكان وهو وهي انه انها الا اي لكونه لكونها كونه كونها لانه لانها لدينا ولدينا لديه ولديه لديها لديهم يقول ويقول فيقول فقال واضاف ويضيف فاضاف واكد ويوكد فاكد قايلا مضيفا مشيرا موضحا موكدا برقيه وبرقيه ببرقيه فهو فقط ليس يريد شكره بحضور بمقر صلي رضي رحمه منسوبي ومنسوبي منسوبو ومنسوبو اول اداره كلمه واحد عبر حين باجمالي سمات اللي عقب اثر شييا اشار واشار اوضح واوضح اين كيف هل لماذا ماذا اسوه'.split(' '),
);

/**
 * The words above that written with a final ya may be a name or a letter's name (folded): the
 * ones written with alef maksura (على and the name علي, صلى), أي and في, which also spell the
 * Latin letters I and V in acronyms (آي إس آي، تي في), and هي, a Chinese name (منغ يانغ هي).
 */
const OTHER_WITH_YA: ReadonlySet<string> = new Set('علي الي لدي متي حتي صلي اي في هي'.split(' '));

/**
 * Whether a token is a function word, given its folded form and its last written letter:
 * على and علي fold alike, but only the first, written with alef maksura, is the preposition.
 */
export function isFunctionWord(folded: string, lastLetter: string): boolean {
  return STOPWORDS.has(folded) && !(lastLetter === 'ي' && OTHER_WITH_YA.has(folded));
}
