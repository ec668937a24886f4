import { factories } from '@strapi/strapi';

/** Read only: the record is written by the article's writes (src/api/article/corrections), never through its own API. */
export default factories.createCoreRouter('api::note-change.note-change', { only: ['find', 'findOne'] });
