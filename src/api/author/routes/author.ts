import { factories } from '@strapi/strapi';

// GET /authors/:slug is the public author page (01-author-page.ts): the core findOne would sit at the same address.
export default factories.createCoreRouter('api::author.author', { except: ['findOne'] });
