/**
 * `khabar/isArabicArticle`: whether a plain-text document is an Arabic article, asked by
 * the client before it switches a `.txt` file to arabic-news, so the rule lives in one
 * place (the core).
 */
import { isMostlyArabic } from '../../analysis';
import type { Feature } from '../context';

export const IS_ARABIC_ARTICLE = 'khabar/isArabicArticle';

export function createArticleDetection(): Feature {
  return {
    capabilities: () => ({}),
    register(ctx) {
      ctx.connection.onRequest(IS_ARABIC_ARTICLE, (params: { text?: unknown }) => typeof params?.text === 'string' && isMostlyArabic(params.text));
    },
  };
}
