/**
 * Whether an admin user may read (or change) an article's story, not only its headline. The
 * Comment moderator role reads articles' headlines and slugs (to see which story a comment is on)
 * and nothing else of them; a version or a preview shows the whole story, so both ask for the
 * permission on its text. One rule for every admin route beyond the content manager's own.
 */
export const ARTICLE = 'api::article.article';
export const READ_ARTICLES = 'plugin::content-manager.explorer.read';
export const UPDATE_ARTICLES = 'plugin::content-manager.explorer.update';
const STORY_FIELD = 'body';

/** The part of an admin user's ability (`ctx.state.userAbility`, CASL) these checks read. */
export interface Ability {
  can(action: string, subject: string, field?: string): boolean;
}

export const mayHandleStory = (ability: Ability | undefined, action: string = READ_ARTICLES): boolean =>
  Boolean(ability?.can(action, ARTICLE) && ability.can(action, ARTICLE, STORY_FIELD));
