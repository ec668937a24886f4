import { errors } from '@strapi/utils';
import { COMMENT_PIPELINE, runCommentPipeline, runSteps, type CommentCandidate, type CommentLookups, type ReplyTarget } from '..';
import { ConflictError, CommentsClosedError } from '../../errors';
import { REPORT_RULES } from '../../reports/rules';
import { VOTE_RULES } from '../../../reaction/rules';
import type { PublishedArticle } from '../../../article/services/lookup';

const DAY = 24 * 3600 * 1000;
const now = new Date('2026-11-25T12:00:00Z');
const article: PublishedArticle = {
  id: 1,
  documentId: 'doc',
  locale: 'en',
  slug: 'story',
  title: 'Story',
  commentsEnabled: true,
  commentModeration: 'pre',
  publishedAt: new Date(now.getTime() - DAY).toISOString(),
  firstPublishedAt: null,
};

const candidate = (override: Partial<CommentCandidate> = {}, input: Partial<CommentCandidate['input']> = {}): CommentCandidate => ({
  input: { authorName: 'Zahra', authorEmail: 'zahra@example.org', body: 'A fair point.', ...input },
  slug: 'story',
  article,
  rules: { holdWords: ['hold me'], blockWords: ['casino'], maxLinks: 2, reportThreshold: 3, closeAfterDays: null },
  maxDepth: 3,
  duplicateWindowMinutes: 10,
  now,
  ...override,
});

const lookups = (options: { targets?: Record<string, ReplyTarget>; repeat?: boolean } = {}): CommentLookups => ({
  replyTarget: async (_article, documentId) => options.targets?.[documentId] ?? null,
  isRepeat: async () => options.repeat ?? false,
  standing: async () => 'normal',
});

const targets: Record<string, ReplyTarget> = {
  top: { id: 10, chain: ['approved'] },
  deepest: { id: 14, chain: ['approved', 'approved', 'approved'] },
  deep: { id: 13, chain: ['approved', 'approved', 'approved', 'approved'] },
  pending: { id: 11, chain: ['pending'] },
  'under-rejected': { id: 12, chain: ['approved', 'rejected'] },
};

describe('the comment pipeline refuses', () => {
  it.each([
    ['no published article', candidate({ article: null }), lookups(), errors.NotFoundError, /No published article "story"/],
    ['an article closed by an editor', candidate({ article: { ...article, commentsEnabled: false } }), lookups(), CommentsClosedError, /closed/],
    [
      'an article past the closing time',
      candidate({ article: { ...article, firstPublishedAt: new Date(now.getTime() - 8 * DAY).toISOString() }, rules: { ...candidate().rules, closeAfterDays: 7 } }),
      lookups(),
      CommentsClosedError,
      /closed/,
    ],
    ['a missing name', candidate({}, { authorName: ' ' }), lookups(), errors.ValidationError, /name/],
    ['a comment of markup only', candidate({}, { body: '<b></b>' }), lookups(), errors.ValidationError, /comment field is required/],
    ['a reply to an unknown comment', candidate({}, { parent: 'nope' }), lookups({ targets }), errors.ValidationError, /published comment/],
    ['a reply to a pending comment', candidate({}, { parent: 'pending' }), lookups({ targets }), errors.ValidationError, /published comment/],
    ['a reply under a rejected ancestor', candidate({}, { parent: 'under-rejected' }), lookups({ targets }), errors.ValidationError, /published comment/],
    ['a reply too deep', candidate({}, { parent: 'deep' }), lookups({ targets }), errors.ValidationError, /3 levels deep/],
    ['a parent that is not an id', candidate({}, { parent: { id: 1 } }), lookups({ targets }), errors.ValidationError, /published comment/],
    ['a repeat', candidate(), lookups({ repeat: true }), ConflictError, /already posted/],
  ])('%s', async (_case, start, look, kind, message) => {
    const run = runCommentPipeline(start, look);
    await expect(run).rejects.toBeInstanceOf(kind);
    await expect(run).rejects.toThrow(message);
  });

  it('answers a closed article as a 403 with its message kept, and a repeat as a 409', () => {
    const closed = new CommentsClosedError();
    expect(closed).toBeInstanceOf(errors.ForbiddenError);
    expect(closed).toBeInstanceOf(errors.PolicyError);
    expect(closed.name).toBe('ForbiddenError');
    const conflict = new ConflictError('x', { errors: [] });
    expect(conflict).toBeInstanceOf(errors.HttpError);
    expect(conflict).toMatchObject({ status: 409, name: 'ConflictError', expose: true });
  });
});

describe('the comment pipeline decides', () => {
  it.each([
    ['pre-moderation waits', candidate(), 'pending', 'pre-moderation'],
    ['post-moderation shows at once', candidate({ article: { ...article, commentModeration: 'post' } }), 'approved', 'post-moderation'],
    ['a filled honeypot is spam', candidate({}, { honeypot: 'http://x' }), 'spam', 'honeypot'],
    ['a blocked word is spam', candidate({}, { body: 'Best casino in town' }), 'spam', 'block-words'],
    ['a held word waits', candidate({ article: { ...article, commentModeration: 'post' } }, { body: 'please hold me' }), 'pending', 'hold-words'],
    ['too many links wait', candidate({ article: { ...article, commentModeration: 'post' } }, { body: 'http://a.org http://b.org http://c.org' }), 'pending', 'links'],
    ['a reply to a visible comment', candidate({}, { parent: 'top' }), 'pending', 'pre-moderation'],
    ['a reply at the deepest level allowed', candidate({}, { parent: 'deepest' }), 'pending', 'pre-moderation'],
  ])('%s', async (_case, start, status, rule) => {
    const { verdict } = await runCommentPipeline(start, lookups({ targets }));
    expect(verdict).toMatchObject({ status, rule });
  });

  it('hands on the fields as they will be stored and the parent row', async () => {
    const { candidate: accepted } = await runCommentPipeline(candidate({}, { body: ' <p>Hi</p> ', authorEmail: 'Z@Example.org', parent: 'top' }), lookups({ targets }));
    expect(accepted.fields).toEqual({ authorName: 'Zahra', authorEmail: 'z@example.org', body: 'Hi' });
    expect(accepted.parentId).toBe(10);
  });

  it("runs the checks in the documented order: guards, the author's standing, then screening, moderation mode last", () => {
    expect(COMMENT_PIPELINE.map((step) => step.name).slice(0, 6)).toEqual(['articleExists', 'articleOpen', 'fields', 'replyTarget', 'notRepeated', 'authorStanding']);
    expect(COMMENT_PIPELINE).toHaveLength(13);
  });
});

describe('the runner', () => {
  it('stops at the first refusal, merges what steps learn, ends at a decision', async () => {
    const seen: string[] = [];
    const steps = [
      (c: { a?: number }) => (seen.push('one'), { with: { a: 1 } }),
      (c: { a?: number }) => (seen.push(`two:${c.a}`), null),
      () => (seen.push('three'), { decide: 'done' }),
      () => (seen.push('never'), null),
    ];
    expect(await runSteps(steps, {}, undefined)).toEqual({ candidate: { a: 1 }, decision: 'done' });
    expect(seen).toEqual(['one', 'two:1', 'three']);
    await expect(runSteps([() => ({ refuse: new errors.ValidationError('no') }), () => ({ decide: 'x' })], {}, undefined)).rejects.toThrow('no');
  });
});

describe('reports and votes meet their own rule lists', () => {
  it.each([
    [{ reason: 'spam', note: undefined }, { reason: 'spam', note: null }],
    [{ reason: 'abuse', note: '  Rude.  ' }, { reason: 'abuse', note: 'Rude.' }],
    [{ reason: 'other', note: '   ' }, { reason: 'other', note: null }],
  ])('a report %p is kept as %p', async (input, expected) => {
    expect((await runSteps(REPORT_RULES, input, undefined)).candidate).toEqual(expected);
  });

  it.each([
    [{ reason: 'valueOf', note: null }, 'reason'],
    [{ reason: undefined, note: null }, 'reason'],
    [{ reason: 'spam', note: 'x'.repeat(501) }, 'note'],
    [{ reason: 'spam', note: 5 }, 'note'],
  ])('a report %p is refused on %s', async (input, field) => {
    await expect(runSteps(REPORT_RULES, input, undefined)).rejects.toMatchObject({ details: { errors: [{ path: [field] }] } });
  });

  it.each([['like', true], ['dislike', true], ['love', false], ['toString', false], [1, false]])('a vote %p passes: %p', async (value, ok) => {
    const run = runSteps(VOTE_RULES, { value }, undefined);
    if (ok) await expect(run).resolves.toBeTruthy();
    else await expect(run).rejects.toMatchObject({ details: { errors: [{ path: ['value'] }] } });
  });
});
