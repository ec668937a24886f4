import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::comment-setting.comment-setting');
