#!/usr/bin/env node
/**
 * npm run moderator:create -- --email E --password P [--admin] [--firstname F] [--lastname L]
 *
 * Makes a moderator account in the database the app is configured for (.env or the environment):
 * by default a users-permissions user with the Moderator role, for the moderation API
 * (sign in with POST /api/auth/local); with --admin, an admin-panel user with the
 * "Comment moderator" role.
 *
 * It never takes over an account someone else made: an existing API account that is not a
 * moderator is refused (exit 1, nothing changed); see src/api/comment/services/moderators.ts.
 */
'use strict';
const usage = 'Usage: npm run moderator:create -- --email E --password P [--admin] [--firstname F] [--lastname L]';

const parse = (argv) => {
  const options = { admin: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--admin') options.admin = true;
    else if (['--email', '--password', '--firstname', '--lastname'].includes(arg) && argv[i + 1] !== undefined) {
      options[arg.slice(2)] = argv[(i += 1)];
    } else if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    } else {
      console.error(`Unknown argument "${arg}".\n${usage}`);
      process.exit(2);
    }
  }
  if (!options.email || !options.password) {
    console.error(`--email and --password are required.\n${usage}`);
    process.exit(2);
  }
  return options;
};

const options = parse(process.argv.slice(2));
require('./load-app.js').runTask('Not done', async (strapi) => {
  const result = await strapi.service('api::comment.moderators').createAccount(options);
  const what = result.kind === 'admin' ? 'admin-panel account with the "Comment moderator" role' : 'moderation API account (role Moderator)';
  const said = {
    created: `Created ${what}: ${result.email}`,
    updated: `Updated: the existing admin-panel account ${result.email} now has the "Comment moderator" role (its password was not changed)`,
    unchanged: `Unchanged: ${result.email} already has a ${what}; its password was not changed`,
  };
  console.log(said[result.outcome]);
});
