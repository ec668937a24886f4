import { appendOnly } from '../../../../database/append-only';

/** Written when a standing changes (api::commenter.standing), never changed. */
export default appendOnly('The record of changes to commenters\u2019 standing is kept as written.');
