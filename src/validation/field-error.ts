import { errors } from '@strapi/utils';

/**
 * A 400 about one field, in the shape Strapi gives validation details, so a front-end can put
 * the message next to the field it concerns: `details.errors[0].path[0]`.
 */
export const fieldError = (field: string, message: string, detail = message) => pathError([field], message, detail);

/** The same about a field inside a list or a component, e.g. `['body', 2, 'quote']`: the whole path, as Strapi's own validation gives it. */
export const pathError = (path: Array<string | number>, message: string, detail = message) =>
  new errors.ValidationError(message, { errors: [{ path, message: detail, name: 'ValidationError' }] });
