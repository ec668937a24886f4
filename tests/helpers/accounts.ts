import { spawnSync } from 'child_process';
import path from 'path';
import type { RunningServer } from './server';

/** Accounts on a running server's database, made with the project's own CLI. */
export const createModeratorAccount = (server: RunningServer, email: string, password: string, admin = false): void => {
  const script = path.resolve(__dirname, '..', '..', 'scripts', 'moderator-create.js');
  const result = spawnSync(process.execPath, [script, '--email', email, '--password', password, ...(admin ? ['--admin'] : [])], {
    env: { ...process.env, ...server.env },
    encoding: 'utf8',
    timeout: 120000,
  });
  if (result.status !== 0) throw new Error(`moderator:create failed: ${result.stdout}${result.stderr}`);
};
