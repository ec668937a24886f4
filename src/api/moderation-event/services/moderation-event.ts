import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::moderation-event.moderation-event');
