/**
 * Scheduled publishing and embargo: the rules on a version's times (rules.ts), applied on every
 * write path by the article's lifecycle hooks (write-rules.ts); the scheduler (scheduler.ts,
 * the service api::article.schedule); copies starting clean (clone.ts).
 */
export { startCopiesClean } from './clone';
export { createScheduler, type Scheduler, type TickReport } from './scheduler';
