/**
 * The shapes the assembled-article contract promises front-ends
 * (contracts/assembled-article.schema.json), and the stored shapes the mappers read.
 */

import type { NoteType } from '../corrections/notes';

export interface ImageFormatView {
  url: string;
  width: number;
  height: number;
}

export interface ImageView {
  id: string;
  url: string;
  alt: string;
  caption: string | null;
  credit: string | null;
  width: number;
  height: number;
  formats: Record<string, ImageFormatView>;
  mime: string | null;
}

export interface SpeakerView {
  name: string;
  slug: string | null;
  role: string | null;
  organization: string | null;
}

export type BlockView =
  | { type: 'paragraph'; text: string; html?: string }
  | { type: 'subheading'; text: string }
  | { type: 'image'; image: ImageView }
  | {
      type: 'quote';
      quoteId: string;
      text: string;
      attribution: string | null;
      speaker: SpeakerView;
      display: 'inline' | 'pullquote';
      continuesParagraph: boolean;
      saidOn: string | null;
      saidWhere: string | null;
    };

/** A note to readers: a correction, a clarification, an update or an editor's note (src/api/article/corrections). */
export interface CorrectionView {
  type: NoteType;
  text: string;
  /** When the newsroom added it (ISO 8601). */
  at: string;
}

export interface CommentView {
  id: string;
  authorName: string;
  body: string;
  createdAt: string;
  replies: CommentView[];
}

/** An uploaded file as the upload plugin stores it (the parts we read). */
export interface StoredFile {
  documentId?: string;
  url: string;
  width?: number | null;
  height?: number | null;
  mime?: string | null;
  formats?: Record<string, { url: string; width?: number | null; height?: number | null }> | null;
}

export interface StoredImage {
  documentId: string;
  alt: string;
  caption?: string | null;
  credit?: string | null;
  file?: StoredFile | null;
}

export interface StoredPerson {
  documentId?: string;
  name: string;
  slug?: string | null;
  currentTitle?: string | null;
  organization?: string | null;
}

export interface StoredQuote {
  documentId: string;
  text: string;
  speakerRole?: string | null;
  saidOn?: string | null;
  saidWhere?: string | null;
  speaker?: StoredPerson | null;
}

/** Strapi's Blocks editor JSON (the node types it produces). */
export interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}
export interface LinkNode {
  type: 'link';
  url: string;
  children: InlineNode[];
}
export type InlineNode = TextNode | LinkNode;
export interface BlockNode {
  type: string;
  level?: number;
  format?: 'ordered' | 'unordered';
  children?: Array<InlineNode | BlockNode>;
}

export type StoredBlock =
  | { __component: 'article.paragraph'; id?: number; text?: BlockNode[] | null }
  | { __component: 'article.subheading'; id?: number; text?: string | null }
  | { __component: 'article.image'; id?: number; image?: StoredImage | null; captionOverride?: string | null }
  | {
      __component: 'article.quote';
      id?: number;
      quote?: StoredQuote | null;
      attribution?: string | null;
      display?: 'inline' | 'pullquote' | null;
      continuesParagraph?: boolean | null;
    };
