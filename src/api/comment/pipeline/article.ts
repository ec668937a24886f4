import { errors } from '@strapi/utils';
import { commentsOpen } from '../rules/closing';
import { COMMENT_MESSAGES } from '../rules/messages';
import { CommentsClosedError } from '../errors';
import type { CommentStep } from './types';

/** There is a published article under this address. */
export const articleExists: CommentStep = ({ article, slug }) =>
  article ? null : { refuse: new errors.NotFoundError(COMMENT_MESSAGES.noArticle(slug)) };

/** It takes comments now: not closed by an editor, not past the newsroom's closing time. */
export const articleOpen: CommentStep = ({ article, rules, now }) =>
  article && !commentsOpen({ ...article, closeAfterDays: rules.closeAfterDays, now }) ? { refuse: new CommentsClosedError() } : null;
