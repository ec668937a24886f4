import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::moderation-event.moderation-event');
