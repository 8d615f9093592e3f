import type { Finding } from './model';

/** A finding before options give it a severity; checks produce these. */
export type DraftFinding = Omit<Finding, 'severity'>;
