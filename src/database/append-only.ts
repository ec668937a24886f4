import { errors } from '@strapi/utils';

/**
 * Lifecycles of a record that is kept as written (the record of changes to notes, the record of
 * commenters' standing): rows are added by the service that owns the record, and any update or
 * delete, by any path down to strapi.db.query, is refused with `message`.
 */
export const appendOnly = (message: string) => {
  const refuse = () => {
    throw new errors.ValidationError(message);
  };
  return { beforeUpdate: refuse, beforeUpdateMany: refuse, beforeDelete: refuse, beforeDeleteMany: refuse };
};
