import { errors } from '@strapi/utils';

/** The record of standings is append-only: written when a standing changes (api::commenter.standing), never changed. */
const refuse = () => {
  throw new errors.ValidationError('The record of changes to commenters\u2019 standing is kept as written.');
};

export default {
  beforeUpdate: refuse,
  beforeUpdateMany: refuse,
  beforeDelete: refuse,
  beforeDeleteMany: refuse,
};
