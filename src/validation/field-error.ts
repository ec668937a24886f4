import { errors } from '@strapi/utils';

/**
 * A 400 about one field, in the shape Strapi gives validation details, so a front-end can put
 * the message next to the field it concerns: `details.errors[0].path[0]`.
 */
export const fieldError = (field: string, message: string, detail = message) =>
  new errors.ValidationError(message, { errors: [{ path: [field], message: detail, name: 'ValidationError' }] });
