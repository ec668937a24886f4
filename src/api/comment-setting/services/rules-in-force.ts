import type { Core } from '@strapi/strapi';
import { parseWordList } from '../../comment/screening';
import { remember } from '../../../article-cache/remembered';

/** The comment settings editors keep in the admin panel, parsed, with the defaults filled in. */
export interface CommentRulesInForce {
  holdWords: string[];
  blockWords: string[];
  maxLinks: number;
  reportThreshold: number;
  closeAfterDays: number | null;
}

export const DEFAULT_RULES = { maxLinks: 2, reportThreshold: 3, closeAfterDays: null } as const;

interface Row {
  holdWords?: string | null;
  blockWords?: string | null;
  maxLinks?: number | null;
  reportThreshold?: number | null;
  closeAfterDays?: number | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rules = remember(strapi, ['api::comment-setting.comment-setting'], async (): Promise<CommentRulesInForce> => {
    const row = ((await strapi.db.query('api::comment-setting.comment-setting').findOne({})) ?? {}) as Row;
    return {
      holdWords: parseWordList(row.holdWords),
      blockWords: parseWordList(row.blockWords),
      maxLinks: row.maxLinks ?? DEFAULT_RULES.maxLinks,
      reportThreshold: row.reportThreshold ?? DEFAULT_RULES.reportThreshold,
      closeAfterDays: row.closeAfterDays ?? DEFAULT_RULES.closeAfterDays,
    };
  });

  return {
    /** The rules in force, read once and remembered until an editor changes them (article-cache/remembered.ts). */
    current(): Promise<CommentRulesInForce> {
      return rules.get();
    },

    /** Creates the settings with their defaults if no editor has saved them yet (bootstrap). */
    async ensureExists(): Promise<void> {
      const existing = await strapi.db.query('api::comment-setting.comment-setting').findOne({});
      if (!existing) {
        await strapi.documents('api::comment-setting.comment-setting').create({
          data: {
            maxLinks: DEFAULT_RULES.maxLinks,
            reportThreshold: DEFAULT_RULES.reportThreshold,
            holdWords: '',
            blockWords: '',
          },
        });
      }
    },
  };
};
