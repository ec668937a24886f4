#!/usr/bin/env node
/**
 * npm run recount: rebuilds every kept figure from the rows (after a bulk import straight into
 * the database, a restore, a hand edit): each comment's article version, reply depth and open
 * reports, each discussion's visible comments, likes and dislikes, and the moderation queues' sizes (overall and per discussion). Idempotent: it writes only
 * what differs and prints it; a second run finds nothing to fix. It also drops the stored article
 * documents, which an import may have made stale: the first reader of each rebuilds it.
 * Exit 1 on failure.
 */
'use strict';

const started = Date.now();
require('./load-app.js').runTask('Recount failed, nothing changed', async (strapi) => {
  const report = await strapi.service('api::comment.tallies').recount();
  const dropped = await strapi.service('api::article.stored-documents').dropAll();
  const lines = [
    `comments given their article version: ${report.discussions}`,
    `comments given their reply depth and thread: ${report.depths}`,
    `comments given their open-report count: ${report.reportCounts}`,
    `discussions whose figures were fixed: ${report.tallies.length}`,
  ];
  for (const fix of report.tallies.slice(0, 20)) {
    const { before: b, after: a } = fix;
    lines.push(`  ${fix.discussion}: comments ${b.comments} → ${a.comments}, likes ${b.likes} → ${a.likes}, dislikes ${b.dislikes} → ${a.dislikes}`);
  }
  if (report.tallies.length > 20) lines.push(`  … and ${report.tallies.length - 20} more`);
  lines.push(`moderation queues whose size was fixed: ${report.queues.length}`);
  for (const fix of report.queues) lines.push(`  ${fix.queue}: ${fix.before} → ${fix.after}`);
  lines.push(`discussions' queue sizes fixed: ${report.discussionQueues}`);
  const fixed = report.discussions + report.depths + report.reportCounts + report.tallies.length + report.queues.length + report.discussionQueues;
  lines.push(fixed === 0 ? 'Nothing to fix: every figure was right.' : `Fixed ${fixed} figures.`);
  lines.push(`Stored article documents dropped, each rebuilt by its first reader: ${dropped}`);
  console.log(`${lines.join('\n')}\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
});
