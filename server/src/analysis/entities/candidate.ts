/** The recogniser's working unit (find.ts and the rules it applies: kinship.ts, homographs.ts). */
import type { EntityType } from '../model';
import type { GazetteerMatch } from './gazetteer/index';

export type EntitySource = 'model' | 'gazetteer';

/** A name the recogniser is weighing, in token indices (end exclusive). */
export interface Candidate {
  readonly first: number;
  readonly last: number;
  readonly type: EntityType;
  readonly source: EntitySource;
  readonly match: GazetteerMatch | null;
  readonly tentative: boolean;
  /** علي + a family name in a paragraph that writes no على: tentative unless the article writes على (ali.ts). */
  readonly needsAla?: boolean;
  /** A body's short name in brackets or quotes right after its full name (acronyms.ts withShortNames). */
  readonly shortName?: boolean;
  /** A foreign given name after a nationality, right before the person whose family name the model found (nationality.ts): one person. */
  readonly givenBefore?: boolean;
  /** A name whose first token begins with the conjunction و, which is outside it (بلدتي الباذان | وطلوزة: و + طلوزة). */
  readonly afterAnd?: boolean;
  /** A name in quotes, whose first word keeps every letter: no proclitic is read off it (ملعب «ويمبلي»، فندق «والدورف أستوريا»). */
  readonly quoted?: boolean;
}
