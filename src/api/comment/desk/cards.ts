import type { AuthorCounts, CommentStatus, DeskCard, DeskReason, DeskTrailEntry, Standing } from './types';

/**
 * A queue row as the desk shows it: pure functions of what the service loaded, so that the
 * reasons, the direction and the article link are tested without a database.
 */
export interface ScreeningRecord {
  rule: string;
  word?: string;
  links?: number;
}

export interface DeskRow {
  id: number;
  documentId: string;
  authorName: string;
  authorEmail: string;
  body: string;
  moderationStatus: CommentStatus;
  moderationNote: string | null;
  screening: ScreeningRecord | null;
  createdAt: string | Date;
  article?: ArticleRow | ArticleRow[] | null;
  parent?: { documentId: string; authorName: string; body: string; moderationStatus: string } | null;
  reports?: Array<{ reason: string; note: string | null; createdAt: string | Date; resolved: boolean }>;
  history?: Array<{ fromStatus: string | null; toStatus: string; note: string | null; actor: string; createdAt: string | Date }>;
}

interface ArticleRow {
  documentId: string;
  title: string;
  slug: string;
  locale: string;
  publishedAt: string | Date | null;
  section?: { slug: string; name: string } | null;
}

export const NO_COUNTS: AuthorCounts = { approved: 0, rejected: 0, spam: 0, pending: 0 };

const iso = (value: string | Date) => new Date(value).toISOString();

// The first letter with a strong direction decides, as dir="auto" does in a browser.
const STRONG = /[\p{L}]/u;
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\p{Script=Hebrew}|\p{Script=Arabic}|\p{Script=Syriac}|\p{Script=Thaana}|\p{Script=Nko}/u;
export const directionOf = (text: string): 'ltr' | 'rtl' => {
  for (const char of text) {
    if (STRONG.test(char)) return RTL.test(char) ? 'rtl' : 'ltr';
  }
  return 'ltr';
};

/** Why the screening put it where it is: the structured record, or for older comments the words it left. */
export const screeningReason = (screening: ScreeningRecord | null, note: string | null): DeskReason | null => {
  const rule = screening?.rule;
  if (rule === 'hold-words' && screening?.word) return { kind: 'held-word', text: `Held word "${screening.word}"`, word: screening.word };
  if (rule === 'block-words' && screening?.word) return { kind: 'blocked-word', text: `Blocked word "${screening.word}"`, word: screening.word };
  if (rule === 'links') return { kind: 'links', text: `${screening?.links ?? 'Too many'} links`, ...(screening?.links !== undefined ? { links: screening.links } : {}) };
  if (rule === 'pre-moderation') return { kind: 'pre-moderation', text: 'Pre-moderation' };
  if (rule === 'blocked-author') return { kind: 'blocked-author', text: 'The author\u2019s e-mail is blocked' };
  if (rule === 'honeypot') return { kind: 'honeypot', text: 'The hidden honeypot field was filled in' };
  if (rule) return null; // post-moderation, a trusted author: nothing held it
  return fromNote(note);
};

// The screening's own sentences (screening/*.ts), for comments stored before the structured record.
const fromNote = (note: string | null): DeskReason | null => {
  if (!note) return null;
  const held = /^Held for review: contains "(.+)"\.$/.exec(note);
  if (held) return { kind: 'held-word', text: `Held word "${held[1]}"`, word: held[1] };
  const blocked = /^Spam: contains the blocked word "(.+)"\.$/.exec(note);
  if (blocked) return { kind: 'blocked-word', text: `Blocked word "${blocked[1]}"`, word: blocked[1] };
  const links = /^Held for review: (\d+) links/.exec(note);
  if (links) return { kind: 'links', text: `${links[1]} links`, links: Number(links[1]) };
  if (note.startsWith('Pre-moderation')) return { kind: 'pre-moderation', text: 'Pre-moderation' };
  if (note.startsWith('Spam: the hidden honeypot')) return { kind: 'honeypot', text: 'The hidden honeypot field was filled in' };
  if (note.startsWith('Post-moderation')) return null;
  return { kind: 'other', text: note };
};

export const articleOf = (row: DeskRow): ArticleRow | null => {
  const articles = Array.isArray(row.article) ? row.article : row.article ? [row.article] : [];
  return articles.find((a) => a.publishedAt) ?? articles[0] ?? null;
};

export interface CardContext {
  standing: Standing;
  counts: AuthorCounts;
  /** The reader page's address of an article, without the comment's anchor. */
  pageOf: (article: { slug: string; locale: string }) => string;
}

export const toDeskCard = (row: DeskRow, context: CardContext): DeskCard => {
  const article = articleOf(row);
  const open = (row.reports ?? []).filter((r) => !r.resolved).sort((a, b) => iso(a.createdAt).localeCompare(iso(b.createdAt)));
  const screened = screeningReason(row.screening, row.moderationNote);
  const reasons: DeskReason[] = [
    ...(screened ? [screened] : []),
    ...(open.length ? [{ kind: 'reports' as const, text: `${open.length} open report${open.length === 1 ? '' : 's'}` }] : []),
  ];
  const trail: DeskTrailEntry[] = (row.history ?? [])
    .map((h) => ({ from: h.fromStatus, to: h.toStatus, note: h.note, by: h.actor, at: iso(h.createdAt) }))
    .sort((a, b) => a.at.localeCompare(b.at));
  return {
    id: row.documentId,
    status: row.moderationStatus,
    body: row.body,
    direction: directionOf(row.body),
    authorName: row.authorName,
    authorEmail: row.authorEmail,
    createdAt: iso(row.createdAt),
    article: article
      ? {
          documentId: article.documentId,
          title: article.title,
          slug: article.slug,
          locale: article.locale,
          section: article.section ? { slug: article.section.slug, name: article.section.name } : null,
          url: `${context.pageOf(article)}#comment-${row.documentId}`,
        }
      : null,
    parent: row.parent
      ? { id: row.parent.documentId, authorName: row.parent.authorName, body: row.parent.body, direction: directionOf(row.parent.body), status: row.parent.moderationStatus }
      : null,
    reasons,
    reports: { count: open.length, open: open.map((r) => ({ reason: r.reason, note: r.note, at: iso(r.createdAt) })) },
    author: { standing: context.standing, counts: context.counts },
    trail,
  };
};
