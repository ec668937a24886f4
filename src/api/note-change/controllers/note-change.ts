import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::note-change.note-change');
