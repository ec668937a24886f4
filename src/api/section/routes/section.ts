import { factories } from '@strapi/strapi';

// GET /sections is the public tree (01-sections.ts): the core list would only shadow it.
export default factories.createCoreRouter('api::section.section', { except: ['find'] });
