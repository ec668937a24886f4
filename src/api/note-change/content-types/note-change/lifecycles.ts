import { appendOnly } from '../../../../database/append-only';

/** Written by the article's writes (src/api/article/corrections), never changed. */
export default appendOnly('The record of changes to corrections and updates is kept as written.');
