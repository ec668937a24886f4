import type { Core } from '@strapi/strapi';
import { createScheduler } from '../schedule/scheduler';

/** The scheduler (src/api/article/schedule/scheduler.ts): started at bootstrap, stopped on destroy. */
export default ({ strapi }: { strapi: Core.Strapi }) => createScheduler(strapi);
