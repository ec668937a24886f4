export { installTallyTable } from './table';
export { discussionSchema, discussionKey, inWriteTransaction, readConnection, rowsOf, TALLY_TABLE, type DiscussionSchema } from './schema';
export { addDelta, applyDeltas, lockDiscussions, type TallyDeltas } from './apply';
export { deriveThreadColumns, subtreeOf, visibilityOf, type Visibility } from './threads';
export { recountAll, type RecountReport, type Figures } from './recount';
export {
  addMove,
  applyDiscussionMoves,
  moveQueues,
  queuesOf,
  readDiscussionQueueSizes,
  readQueueSizes,
  recountDiscussionQueues,
  recountQueues,
  QUEUE_NAMES,
  type DiscussionMoves,
  type QueueMembership,
  type QueueName,
  type QueueSizes,
} from './queues';
