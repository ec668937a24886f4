import type { Schema, Struct } from '@strapi/strapi';

export interface ArticleCorrection extends Struct.ComponentSchema {
  collectionName: 'components_article_corrections';
  info: {
    description: "A note to readers about the story: a correction, a clarification, an update or an editor's note. The newsroom stamps when and by whom.";
    displayName: 'Correction or update';
    icon: 'pencil';
  };
  attributes: {
    at: Schema.Attribute.DateTime;
    by: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 255;
      }>;
    text: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    type: Schema.Attribute.Enumeration<['correction', 'clarification', 'update', 'editors-note']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'correction'>;
  };
}

export interface ArticleImage extends Struct.ComponentSchema {
  collectionName: 'components_article_images';
  info: {
    description: 'An Image from the library, placed in the body.';
    displayName: 'Photo';
    icon: 'picture';
  };
  attributes: {
    captionOverride: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    image: Schema.Attribute.Relation<'oneToOne', 'api::image.image'>;
  };
}

export interface ArticleParagraph extends Struct.ComponentSchema {
  collectionName: 'components_article_paragraphs';
  info: {
    description: 'Body text. Bold, italic and links are kept; everything else is plain text.';
    displayName: 'Paragraph';
    icon: 'feather';
  };
  attributes: {
    text: Schema.Attribute.Blocks & Schema.Attribute.Required;
  };
}

export interface ArticleQuote extends Struct.ComponentSchema {
  collectionName: 'components_article_quotes';
  info: {
    description: "A Quote from the library, or a new one typed here (words, speaker, role): saving makes the Quote and links it. With this article's attribution sentence.";
    displayName: 'Quote';
    icon: 'quote';
  };
  attributes: {
    attribution: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    continuesParagraph: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    display: Schema.Attribute.Enumeration<['inline', 'pullquote']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'inline'>;
    quote: Schema.Attribute.Relation<'oneToOne', 'api::quote.quote'>;
    speakerName: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    speakerRole: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    words: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 3000;
      }>;
  };
}

export interface ArticleSubheading extends Struct.ComponentSchema {
  collectionName: 'components_article_subheadings';
  info: {
    description: 'A crosshead that splits the story into sections.';
    displayName: 'Subheading';
    icon: 'bold';
  };
  attributes: {
    text: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface AuthorLink extends Struct.ComponentSchema {
  collectionName: 'components_author_links';
  info: {
    description: "A page of the author's elsewhere (a profile, a site): an http(s) address and what it is.";
    displayName: 'Link';
    icon: 'link';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'article.correction': ArticleCorrection;
      'article.image': ArticleImage;
      'article.paragraph': ArticleParagraph;
      'article.quote': ArticleQuote;
      'article.subheading': ArticleSubheading;
      'author.link': AuthorLink;
    }
  }
}
