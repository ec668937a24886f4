/**
 * How the admin panel presents the content model to editors and moderators: field order, the
 * words on each field, and the columns of each list. Wording is the newsroom's, not the database's.
 */

export interface FieldCopy {
  label: string;
  description?: string;
  placeholder?: string;
  /** false: shown read-only in the edit view (the server sets it). */
  editable?: boolean;
}

export interface LayoutSpec {
  uid: string;
  kind: 'contentType' | 'component';
  mainField?: string;
  defaultSortBy?: string;
  defaultSortOrder?: 'ASC' | 'DESC';
  /** Columns of the list view, in order. */
  list?: string[];
  /** What a relation picker shows of each related entry: relation field -> field of the target. */
  relationLabels?: Record<string, string>;
  /** Rows of the edit view: [field, width out of 12]. */
  edit: Array<Array<[string, number]>>;
  fields: Record<string, FieldCopy>;
}

export const ADMIN_LAYOUTS: LayoutSpec[] = [
  {
    uid: 'api::article.article',
    kind: 'contentType',
    mainField: 'title',
    defaultSortBy: 'updatedAt',
    defaultSortOrder: 'DESC',
    // The admin panel adds the Status column (draft, modified, published) after these on its own.
    // Scheduled stories show their times; each column sorts, and the list's Filters take them too.
    list: ['title', 'section', 'byline', 'publishAt', 'unpublishAt', 'embargoUntil', 'updatedAt'],
    relationLabels: { byline: 'name', heroImage: 'alt', tags: 'name', section: 'name', sections: 'name' },
    edit: [
      [['title', 12]],
      [['slug', 6], ['dateline', 6]],
      [['summary', 12]],
      [['byline', 6], ['heroImage', 6]],
      [['body', 12]],
      [['corrections', 12]],
      [['section', 6], ['sections', 6]],
      [['tags', 6], ['commentsEnabled', 4]],
      [['commentModeration', 6]],
      [['publishAt', 4], ['unpublishAt', 4], ['embargoUntil', 4]],
      [['scheduleProblem', 8], ['scheduleAttempts', 4]],
    ],
    fields: {
      title: { label: 'Headline', description: 'As it appears at the top of the story.' },
      slug: {
        label: 'URL slug',
        description:
          'The story\'s address, the same in every language. Until the story is first published it follows the headline (its Latin letters and digits; a headline without any gets a neutral article-… address). After that it changes only when you change it here, and the old address keeps working (it redirects).',
      },
      summary: { label: 'Standfirst', description: 'One or two sentences under the headline. Optional; also used by search engines.' },
      byline: { label: 'Byline', description: 'The credited authors, in the order they are credited.' },
      dateline: { label: 'Dateline', description: 'Where the story was filed from, e.g. KABUL.', placeholder: 'KABUL' },
      heroImage: {
        label: 'Hero photo',
        description:
          'The photo at the top of the story, printed with its caption and credit. Pick one from the photo library here, or upload a new one in the Hero photo panel on the right; either way the story shows it once saved.',
      },
      body: {
        label: 'Body',
        description:
          'The story in reading order: paragraphs, subheadings, photos and quotes. The dateline starts the first paragraph on the site. A closed block shows its first words; drag blocks to reorder them.',
      },
      corrections: {
        label: 'Corrections and updates',
        description:
          'Notes to readers in this language: a correction, a clarification, an update or an editor\'s note. Readers see them once you publish: a correction at the top of the story, every note at its foot. The newsroom stamps when and by whom; changing or removing a note is recorded (the Changes to notes panel).',
      },
      section: { label: 'Section', description: 'The primary section, where the story belongs. Required to publish.' },
      sections: { label: 'Further sections', description: 'Other sections whose fronts list the story too. Optional.' },
      tags: { label: 'Tags' },
      commentsEnabled: { label: 'Comments open', description: 'Readers may comment on this story.' },
      updatedAt: { label: 'Last updated' },
      publishAt: {
        label: 'Publish at',
        description:
          'Save (do not publish) and the story goes out on its own within a minute of this time, in this language. A time already past publishes at once. On a live story, the saved changes go out then.',
      },
      unpublishAt: { label: 'Unpublish at', description: 'The story comes off the site within a minute of this time, in this language. Must be after Publish at.' },
      embargoUntil: {
        label: 'Embargo until',
        description:
          'Nothing publishes this language before this time, by any route: Publish is refused until then. Publish at may not be earlier. To embargo a live story, unpublish it first.',
      },
      scheduleProblem: { label: 'Scheduler problem', description: 'Why the scheduled publish failed, if it did. Saving the story lets the scheduler try again.', editable: false },
      scheduleAttempts: { label: 'Scheduler attempts', description: 'Failed scheduled attempts since the last save; the scheduler gives up after a few.', editable: false },
      commentModeration: {
        label: 'Comment moderation',
        description: 'pre: comments wait for a moderator before they are shown. post: shown at once, moderated after.',
      },
    },
  },
  {
    uid: 'api::image.image',
    kind: 'contentType',
    mainField: 'caption',
    defaultSortBy: 'updatedAt',
    defaultSortOrder: 'DESC',
    list: ['file', 'caption', 'credit', 'updatedAt'],
    relationLabels: { heroOf: 'title' },
    edit: [[['file', 6], ['alt', 6]], [['caption', 12]], [['credit', 6]], [['focalX', 3], ['focalY', 3]]],
    fields: {
      file: { label: 'Photo', description: 'JPEG, PNG, WebP, GIF or AVIF. Responsive sizes, and the 16:9, 4:3 and 1:1 crops search engines and social networks show, are made on upload.' },
      focalX: {
        label: 'Focal point across',
        description: 'Where the subject is, from 0 (left edge) to 1 (right edge); empty is the middle. The crops are cut around it when you save.',
        placeholder: '0.5',
      },
      focalY: {
        label: 'Focal point down',
        description: 'Where the subject is, from 0 (top edge) to 1 (bottom edge); empty is the middle.',
        placeholder: '0.5',
      },
      caption: { label: 'Caption', description: 'Printed under the photo.' },
      credit: {
        label: 'Credit',
        description: 'Who the photo is credited to, as printed in brackets after the caption.',
        placeholder: 'Alexander Zemlianichenko/AFP',
      },
      alt: { label: 'Alt text', description: 'What the photo shows, for readers who cannot see it. Required.' },
      heroOf: { label: 'Hero photo of' },
    },
  },
  {
    uid: 'api::quote.quote',
    kind: 'contentType',
    mainField: 'text',
    defaultSortBy: 'updatedAt',
    defaultSortOrder: 'DESC',
    list: ['text', 'speaker', 'speakerRole', 'saidOn'],
    relationLabels: { speaker: 'name' },
    edit: [[['text', 12]], [['speaker', 6], ['speakerRole', 6]], [['saidOn', 4], ['saidWhere', 6]]],
    fields: {
      text: { label: 'Quoted words', description: 'Only the words said, without quotation marks.' },
      speaker: { label: 'Speaker' },
      speakerRole: {
        label: "Speaker's role",
        description: 'The title the article gives the speaker at the time, e.g. Afghan National Directorate of Security (NDS) chief.',
      },
      saidOn: { label: 'Said on' },
      saidWhere: { label: 'Said where', description: 'Place or occasion, e.g. News conference, Kabul.' },
    },
  },
  {
    uid: 'api::person.person',
    kind: 'contentType',
    mainField: 'name',
    defaultSortBy: 'name',
    defaultSortOrder: 'ASC',
    list: ['name', 'currentTitle', 'organization'],
    relationLabels: { quotes: 'text' },
    edit: [[['name', 6], ['slug', 6]], [['currentTitle', 6], ['organization', 6]], [['quotes', 6]]],
    fields: {
      name: { label: 'Name' },
      slug: { label: 'URL slug' },
      currentTitle: { label: 'Current title', description: 'Today\'s title; each quote keeps the role at the time.' },
      organization: { label: 'Organisation' },
      quotes: { label: 'Quotes', description: 'Everything this person is quoted as saying.' },
    },
  },
  {
    uid: 'api::author.author',
    kind: 'contentType',
    mainField: 'name',
    defaultSortBy: 'name',
    defaultSortOrder: 'ASC',
    list: ['name', 'jobTitle', 'slug'],
    relationLabels: { photo: 'alt' },
    edit: [[['name', 6], ['slug', 6]], [['jobTitle', 6], ['photo', 6]], [['bio', 12]], [['links', 12]], [['articles', 6]]],
    fields: {
      name: { label: 'Name' },
      slug: { label: 'URL slug' },
      jobTitle: { label: 'Job title', description: 'As shown on the author page, e.g. Correspondent, Kabul.' },
      photo: { label: 'Photo', description: 'An Image from the library (its alt text is required).' },
      bio: { label: 'Biography' },
      links: { label: 'Links', description: 'Pages elsewhere: a profile, a site. http or https addresses only.' },
      articles: { label: 'Articles' },
    },
  },
  {
    uid: 'api::tag.tag',
    kind: 'contentType',
    mainField: 'name',
    defaultSortBy: 'name',
    defaultSortOrder: 'ASC',
    list: ['name', 'slug'],
    edit: [[['name', 6], ['slug', 6]], [['description', 12]], [['articles', 6]]],
    fields: {
      name: { label: 'Name' },
      slug: { label: 'URL slug' },
      description: { label: 'Description', description: 'Shown at the top of the tag\'s list.' },
      articles: { label: 'Articles' },
    },
  },
  {
    uid: 'api::front.front',
    kind: 'contentType',
    mainField: 'name',
    defaultSortBy: 'name',
    defaultSortOrder: 'ASC',
    list: ['name', 'section', 'fill'],
    relationLabels: { section: 'name', picks: 'title' },
    edit: [[['name', 6], ['section', 6]], [['picks', 12]], [['fill', 4]]],
    fields: {
      name: { label: 'Name', placeholder: 'Home page' },
      section: { label: 'Section', description: 'Leave empty for the home page. One front per section, one home front.' },
      picks: { label: 'Picks', description: "The editor's picks, shown first in this order (drag to reorder). Only published articles show, in each language where they are published." },
      fill: { label: 'Latest articles', description: 'How many of the latest articles of the section (and its subsections) follow the picks: 0 to 100.' },
    },
  },
  {
    uid: 'api::comment.comment',
    kind: 'contentType',
    mainField: 'body',
    defaultSortBy: 'createdAt',
    defaultSortOrder: 'DESC',
    list: ['moderationStatus', 'article', 'authorName', 'body', 'createdAt'],
    relationLabels: { article: 'title', parent: 'body', replies: 'body' },
    edit: [
      [['moderationStatus', 6], ['article', 6]],
      [['body', 12]],
      [['authorName', 6], ['authorEmail', 6]],
      [['parent', 6], ['replies', 6]],
      [['moderationNote', 12]],
      [['moderatedBy', 6], ['moderatedAt', 6]],
      [['reportCount', 4]],
      [['reports', 6], ['history', 6]],
    ],
    fields: {
      moderationStatus: { label: 'Status', description: 'pending: waiting for a moderator. approved: shown to readers. rejected / spam: hidden.' },
      article: { label: 'Article' },
      body: { label: 'Comment', description: 'Plain text, at most 1,500 characters.' },
      authorName: { label: 'Name' },
      authorEmail: { label: 'E-mail', description: 'Never shown to readers.' },
      parent: { label: 'In reply to' },
      replies: { label: 'Replies' },
      moderationNote: { label: 'Moderation note', description: 'Why it was approved or rejected. Moderators only.' },
      moderatedBy: { label: 'Moderated by' },
      moderatedAt: { label: 'Moderated at' },
      reportCount: { label: 'Open reports', description: 'Readers who reported it since the last decision.' },
      reports: { label: 'Reader reports' },
      history: { label: 'Moderation history', description: 'Every decision: who, when, from which status to which, and why.' },
      createdAt: { label: 'Received' },
    },
  },
  {
    uid: 'api::comment-setting.comment-setting',
    kind: 'contentType',
    edit: [[['blockWords', 6], ['holdWords', 6]], [['maxLinks', 4], ['reportThreshold', 4], ['closeAfterDays', 4]]],
    fields: {
      blockWords: {
        label: 'Blocked words',
        description: 'One word or phrase per line. A comment containing one goes straight to spam. Any language or script.',
      },
      holdWords: {
        label: 'Words held for review',
        description: 'One word or phrase per line. A comment containing one waits for a moderator, even under post-moderation.',
      },
      maxLinks: { label: 'Links allowed', description: 'A comment with more links than this waits for a moderator (default 2).' },
      reportThreshold: {
        label: 'Reports before review',
        description: 'A published comment reported by this many readers goes back to the queue (default 3).',
      },
      closeAfterDays: {
        label: 'Close comments after (days)',
        description: 'Comments close this many days after an article is first published. Empty: never.',
      },
    },
  },
  {
    uid: 'api::moderation-event.moderation-event',
    kind: 'contentType',
    mainField: 'toStatus',
    defaultSortBy: 'createdAt',
    defaultSortOrder: 'DESC',
    list: ['comment', 'fromStatus', 'toStatus', 'actor', 'createdAt'],
    edit: [[['comment', 6], ['actor', 6]], [['fromStatus', 6], ['toStatus', 6]], [['actorType', 6]], [['note', 12]]],
    fields: {
      comment: { label: 'Comment' },
      fromStatus: { label: 'From' },
      toStatus: { label: 'To' },
      note: { label: 'Note' },
      actor: { label: 'By' },
      actorType: { label: 'Kind of decision', description: 'moderator, admin panel, or system (screening rules, reader reports).' },
    },
  },
  {
    uid: 'api::comment-report.comment-report',
    kind: 'contentType',
    mainField: 'reason',
    defaultSortBy: 'createdAt',
    defaultSortOrder: 'DESC',
    list: ['comment', 'reason', 'resolved', 'createdAt'],
    edit: [[['comment', 6], ['reason', 6]], [['note', 12]], [['resolved', 4]], [['reporterKey', 6], ['ballot', 6]]],
    fields: {
      comment: { label: 'Comment' },
      reason: { label: 'Reason' },
      note: { label: "Reader's note" },
      resolved: { label: 'Resolved', description: 'Set when a moderator decides on the comment.' },
      reporterKey: { label: 'Reporter key', description: "A keyed hash; the reader's cookie or address is never stored." },
      ballot: { label: 'Ballot' },
    },
  },
  {
    uid: 'api::reaction.reaction',
    kind: 'contentType',
    mainField: 'value',
    defaultSortBy: 'createdAt',
    defaultSortOrder: 'DESC',
    list: ['value', 'article', 'createdAt'],
    edit: [[['value', 6], ['article', 6]], [['voterKey', 6], ['ballot', 6]]],
    fields: {
      value: { label: 'Answer', description: '"Do you like this article?": like or dislike.' },
      article: { label: 'Article' },
      voterKey: { label: 'Voter key', description: 'A keyed hash; the reader\'s cookie or address is never stored.' },
      ballot: { label: 'Ballot', description: 'Article and voter together: one vote per reader per article.' },
    },
  },
  {
    uid: 'article.paragraph',
    kind: 'component',
    edit: [[['text', 12]]],
    fields: { text: { label: 'Paragraph', description: 'Bold, italic and links are kept. A heading written inside a paragraph becomes a subheading of the story.' } },
  },
  {
    uid: 'author.link',
    kind: 'component',
    mainField: 'label',
    edit: [[['label', 4], ['url', 8]]],
    fields: {
      label: { label: 'Label', description: 'What the page is, e.g. Website.' },
      url: { label: 'Address', description: 'http:// or https://', placeholder: 'https://' },
    },
  },
  {
    uid: 'article.correction',
    kind: 'component',
    mainField: 'text',
    edit: [[['type', 6]], [['text', 12]], [['at', 6], ['by', 6]]],
    fields: {
      type: {
        label: 'Kind of note',
        description: "correction: the story was wrong (also shown at the top). clarification: it was unclear. update: there is news since. editors-note: an Editor's note.",
      },
      text: { label: 'Note to readers', description: 'What readers read, e.g. "An earlier version of this story misspelt the mayor\'s name."' },
      at: { label: 'Added (set by the newsroom)', description: 'Set by the newsroom when the note is first saved.', editable: false },
      by: { label: 'Added by (set by the newsroom)', description: 'Who saved the note first; kept in the newsroom, not shown to readers.', editable: false },
    },
  },
  {
    uid: 'api::note-change.note-change',
    kind: 'contentType',
    mainField: 'change',
    defaultSortBy: 'createdAt',
    defaultSortOrder: 'DESC',
    list: ['article', 'articleLocale', 'change', 'by', 'at'],
    edit: [[['article', 6], ['articleLocale', 6]], [['noteAt', 6], ['change', 6]], [['before', 12]], [['after', 12]], [['by', 6], ['at', 6]]],
    fields: {
      article: { label: 'Article (document id)' },
      articleLocale: { label: 'Language' },
      noteAt: { label: 'The note added at' },
      change: { label: 'Change', description: 'edited: its kind or text changed. removed: withdrawn.' },
      before: { label: 'Before' },
      after: { label: 'After' },
      by: { label: 'By' },
      at: { label: 'When' },
    },
  },
  {
    uid: 'article.subheading',
    kind: 'component',
    mainField: 'text',
    edit: [[['text', 12]]],
    fields: { text: { label: 'Subheading' } },
  },
  {
    uid: 'article.image',
    kind: 'component',
    mainField: 'captionOverride',
    relationLabels: { image: 'alt' },
    edit: [[['image', 6]], [['captionOverride', 12]]],
    fields: {
      image: { label: 'Photo', description: 'An Image from the library (its caption, credit and alt text come with it).' },
      captionOverride: { label: 'Caption in this article', description: 'Leave empty to use the Image\'s own caption.' },
    },
  },
  {
    uid: 'article.quote',
    kind: 'component',
    mainField: 'attribution',
    relationLabels: { quote: 'text' },
    edit: [
      [['words', 12]],
      [['speakerName', 6], ['speakerRole', 6]],
      [['quote', 6], ['display', 6]],
      [['attribution', 12]],
      [['continuesParagraph', 4]],
    ],
    fields: {
      words: {
        label: 'New quote: the words',
        description: 'Quoting someone new? Type the words here, without quotation marks, with who said them: saving makes the Quote (and the person, if new) and links it below.',
      },
      speakerName: { label: 'Said by', description: 'Their name. Someone already in the library is linked, not repeated.' },
      speakerRole: { label: 'Their role', description: 'As this story gives it, e.g. Governor of Herat. Kept with the quote.' },
      quote: { label: 'Quote', description: 'Or choose a Quote already in the library. New words typed above replace it.' },
      attribution: {
        label: 'Attribution',
        description: 'This article\'s own words around the quote, e.g. "he said." or "Saraj added, citing ...".',
        placeholder: 'he said.',
      },
      display: { label: 'Display', description: 'inline: part of the text. pullquote: set apart in large type.' },
      continuesParagraph: {
        label: 'Same paragraph as the block before',
        description: 'For a second quoted sentence that follows the attribution in the same paragraph.',
      },
    },
  },
];
