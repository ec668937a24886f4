import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::moderation-event.moderation-event');
