/** What the entity tests read: a paragraph analysed as the body of an article under a headline. */
import { analyzeArticle, defaultOptions, type Entity } from '../../server/src/analysis';

/** The entities of `paragraph`, placed under a headline so that it is analysed as body text. */
export function analysed(paragraph: string): readonly Entity[] {
  return analyzeArticle(`عنوان الخبر هنا\n${paragraph}`, defaultOptions()).entities;
}

/** Each entity of `paragraph` as «text|type». */
export const typed = (paragraph: string): string[] => analysed(paragraph).map((e) => `${e.text}|${e.type}`);
