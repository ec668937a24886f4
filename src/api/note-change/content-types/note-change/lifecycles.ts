import { errors } from '@strapi/utils';

/** The record of changes to notes is append-only: written by the article's writes (src/api/article/corrections), never changed. */
const refuse = () => {
  throw new errors.ValidationError('The record of changes to corrections and updates is kept as written.');
};

export default {
  beforeUpdate: refuse,
  beforeUpdateMany: refuse,
  beforeDelete: refuse,
  beforeDeleteMany: refuse,
};
