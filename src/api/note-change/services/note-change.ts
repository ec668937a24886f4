import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::note-change.note-change');
