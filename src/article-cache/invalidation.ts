import type { Core } from '@strapi/strapi';
import { ALL } from './store';
import { DISCUSSION_CHANGED, type DiscussionChanged } from '../api/comment/events';
import { service } from '../services';
import { documentTag, listTag, reactionsTag, SECTIONS_TAG, unrecordedFrontTag, type DocumentKind } from './page-tags';

/**
 * Which writes change which pages, seen from the database lifecycles: the one layer that every
 * write crosses (REST, the admin UI, the document service, strapi.db.query, publish/unpublish).
 * Pages are dropped once the write's transaction commits; dropping earlier would let a reader
 * refill the cache with the version being replaced.
 */

type Tags = string[] | typeof ALL;
type Invalidate = (tags: Tags) => void;
type Row = Record<string, unknown>;
// Strapi's own lifecycle types, read off the subscribe signature (@strapi/database is not a direct dependency).
type Subscriber = Parameters<Core.Strapi['db']['lifecycles']['subscribe']>[0];
type SubscriberMap = Exclude<Subscriber, (...args: never[]) => unknown>;
type LifecycleEvent = Parameters<NonNullable<SubscriberMap['afterCreate']>>[0];

// Documents a page shows directly, tagged by documentId (see sourcesOf in the assembled-article service).
const DOCUMENT_TAGS: Record<string, DocumentKind> = {
  'api::article.article': 'article',
  'api::image.image': 'image',
  'api::quote.quote': 'quote',
  'api::person.person': 'person',
  'api::author.author': 'author',
  'api::tag.tag': 'tag',
  'api::section.section': 'section',
  'api::front.front': 'front',
  'plugin::upload.file': 'file',
};
const ARTICLE = 'api::article.article';
const SECTION = 'api::section.section';
const FRONT = 'api::front.front';

/** The lists a published article version is in (its sections, its authors, its tags). */
const MEMBERSHIP_POPULATE = {
  section: { select: ['documentId'] },
  sections: { select: ['documentId'] },
  byline: { select: ['documentId'] },
  tags: { select: ['documentId'] },
} as const;
interface MembershipRow {
  section?: { documentId: string } | null;
  sections?: Array<{ documentId: string }> | null;
  byline?: Array<{ documentId: string }> | null;
  tags?: Array<{ documentId: string }> | null;
}
const listsOf = (row: MembershipRow): string[] => [
  ...[row.section, ...(row.sections ?? [])].flatMap((section) => (section ? [listTag('section', section.documentId)] : [])),
  ...(row.byline ?? []).map((author) => listTag('author', author.documentId)),
  ...(row.tags ?? []).map((tag) => listTag('tag', tag.documentId)),
];
// Rare writes that can change any page: the locales (the
// default one answers requests without ?locale=), the public role's permissions (the early path
// answers anonymous requests only for pages the permission check let through).
// The comment settings too: their automatic closing decides every page's `comments.enabled`.
const EVERYTHING = ['api::comment-setting.comment-setting', 'plugin::i18n.locale', 'plugin::users-permissions.permission', 'plugin::users-permissions.role'];

const articleTag = (documentId: unknown): string | null => (typeof documentId === 'string' && documentId ? `article:${documentId}` : null);
const present = (tags: Array<string | null>): string[] => [...new Set(tags.filter((tag): tag is string => Boolean(tag)))];

/** Runs `fn` once the current transaction commits, or now when there is none. */
const afterCommit = async (strapi: Core.Strapi, fn: () => void): Promise<void> => {
  if (!strapi.db.inTransaction()) return fn();
  await strapi.db.transaction(async ({ onCommit }) => {
    onCommit(fn);
  });
};

export const subscribeInvalidation = (strapi: Core.Strapi, invalidate: Invalidate): void => {
  // One row (create, update, delete), several, or a bulk answer ({ count, ids }) that is no row.
  const rowsOf = (result: unknown): Row[] =>
    Array.isArray(result) ? result : result && typeof result === 'object' && 'id' in result ? [result as Row] : [];

  const documentTags = (uid: string, rows: Row[]): string[] => {
    const kind = DOCUMENT_TAGS[uid];
    return present(rows.map((row) => (typeof row.documentId === 'string' ? documentTag(kind, row.documentId) : null)));
  };

  /**
   * Beyond the documents themselves: the lists a published article is in, the section tree a
   * section write can reshape, the default front a front recorded for its address replaces.
   */
  const alsoChanged = async (uid: string, rows: Row[]): Promise<string[]> => {
    const ids = rows.map((row) => row.id);
    if (uid === ARTICLE) return listsOfPublished(rows.filter((row) => row.publishedAt).map((row) => row.id));
    if (uid === SECTION) return rows.length ? [SECTIONS_TAG] : [];
    if (uid === FRONT && ids.length) {
      const fronts = (await strapi.db.query(FRONT).findMany({
        where: { id: { $in: ids } },
        select: ['id'],
        populate: { section: { select: ['documentId'] } },
      })) as Array<{ section?: { documentId: string } | null }>;
      return fronts.map((front) => unrecordedFrontTag(front.section?.documentId ?? null));
    }
    return [];
  };

  /**
   * The lists that show, or should now show, these article rows: those of the published ones
   * (a draft saved is in no list). Read before a write (what it leaves) and after (what it joins).
   */
  const listsOfPublished = async (ids: unknown[]): Promise<string[]> => {
    const published = ids.filter((id): id is number => typeof id === 'number');
    if (published.length === 0) return [];
    const rows = (await strapi.db.query(ARTICLE).findMany({
      where: { id: { $in: published }, publishedAt: { $notNull: true } },
      select: ['id'],
      populate: MEMBERSHIP_POPULATE,
    })) as MembershipRow[];
    return rows.flatMap(listsOf);
  };

  const tagsBefore = async (event: LifecycleEvent): Promise<Tags> => {
    const uid = event.model.uid;
    if (EVERYTHING.includes(uid)) return ALL;
    const rows = (await strapi.db.query(uid as typeof ARTICLE).findMany({
      where: event.params.where,
      select: uid === ARTICLE ? ['id', 'documentId', 'publishedAt'] : ['id', 'documentId'],
    })) as Row[];
    return present([...documentTags(uid, rows), ...(await alsoChanged(uid, rows))]);
  };

  const tagsAfter = async (event: LifecycleEvent): Promise<Tags> => {
    const uid = event.model.uid;
    if (EVERYTHING.includes(uid)) return ALL;
    const rows = rowsOf(event.result);
    const createdIds = [
      ...rows.map((row) => row.id),
      ...((event.result as { ids?: unknown[] } | undefined)?.ids ?? []),
    ].filter((id): id is number => typeof id === 'number');

    // createMany answers { count, ids }: find their documents.
    if (!rows.length && createdIds.length) {
      return tagsBefore({ ...event, state: {}, params: { where: { id: { $in: createdIds } } } });
    }
    return present([...documentTags(uid, rows), ...(await alsoChanged(uid, rows))]);
  };

  const merge = (a: Tags | undefined, b: Tags): Tags => (a === ALL || b === ALL ? ALL : present([...(a ?? []), ...b]));

  const schedule = async (event: LifecycleEvent, tags: Tags): Promise<void> => {
    if (tags !== ALL && tags.length === 0) return;
    // Stored documents are dropped inside the write's transaction; the settings behind ALL are not
    // part of them (they are applied as each page is read).
    if (tags !== ALL) await service(strapi, 'api::article.stored-documents').drop(tags);
    await afterCommit(strapi, () => invalidate(tags));
  };

  const before = async (event: LifecycleEvent) => {
    event.state.tags = await tagsBefore(event);
  };
  const after = async (event: LifecycleEvent) => {
    const known = event.state.tags as Tags | undefined;
    // Deletions answer with what was deleted, or a count: what was read before is what changed.
    const found = event.action.startsWith('afterDelete') ? [] : await tagsAfter(event);
    await schedule(event, merge(known, found));
  };

  strapi.db.lifecycles.subscribe({
    models: [...Object.keys(DOCUMENT_TAGS), ...EVERYTHING],
    beforeUpdate: before,
    beforeUpdateMany: before,
    beforeDelete: before,
    beforeDeleteMany: before,
    afterCreate: after,
    afterCreateMany: after,
    afterUpdate: after,
    afterUpdateMany: after,
    afterDelete: after,
    afterDeleteMany: after,
  });

  // Comments and reactions: the discussion's domain event, emitted after commit, says which
  // articles changed as readers see them. Synchronous, so the pages drop as the write commits.
  // Async only in signature (eventHub's type): the drop itself happens before the first await.
  strapi.eventHub.on(DISCUSSION_CHANGED, async (event: DiscussionChanged) => {
    // Votes show on the article's page only; comment counts on every teaser too.
    const tags =
      event.subject === 'reaction'
        ? present(event.reactions.map((change) => (change.article?.documentId ? reactionsTag(change.article.documentId) : null)))
        : present(commentArticles(event).map(articleTag));
    if (tags.length) invalidate(tags);
  });
};

/** The articles whose pages a comment write changes: a waiting comment changes none. */
const commentArticles = (event: Extract<DiscussionChanged, { subject: 'comment' }>): Array<string | undefined> =>
  event.comments
    .filter((change) => change.visible.before || change.visible.after)
    .flatMap((change) => [change.article?.documentId, change.articleBefore?.documentId]);
