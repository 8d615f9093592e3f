/**
 * The labels of the sequence model: BIO tags over ANERcorp's four classes. MISC (events,
 * products, nationalities…) is learnt so the model can tell it apart, but Khabar reports
 * only people, places and organisations.
 */
import type { EntityType } from '../../model';

export const LABELS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];
export const LABEL_COUNT = LABELS.length;

/** The class of a label index ('' for O). */
export function classOf(label: number): string {
  return label === 0 ? '' : LABELS[label].slice(2);
}

export function isInside(label: number): boolean {
  return label > 0 && label % 2 === 0;
}

/** Whether `label` may follow `prev` (-1 at the start of a sequence): I-X only continues X. */
export function allowed(prev: number, label: number): boolean {
  if (!isInside(label)) return true;
  return prev > 0 && classOf(prev) === classOf(label);
}

export const CLASS_TYPES: Readonly<Record<string, EntityType | null>> = { PERS: 'person', LOC: 'place', ORG: 'organization', MISC: null };

/** Label index of a tag as written in the data sets (B-PER, I-LOC, B-MIS…); 0 for anything else. */
export function labelIndex(tag: string): number {
  const m = /^([BI])-(PERS?|LOC|ORG|MISC?)$/.exec(tag);
  if (!m) return 0;
  const cls = m[2].startsWith('PER') ? 'PERS' : m[2].startsWith('MIS') ? 'MISC' : m[2];
  return (LABELS as readonly string[]).indexOf(`${m[1]}-${cls}`);
}
