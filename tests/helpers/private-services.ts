import { execFile, execFileSync, spawn, type ChildProcess } from 'child_process';
import { promisify } from 'util';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { freePort } from './server';

/**
 * A PostgreSQL cluster and a Redis server of the test's own, on free ports, so that the fault
 * tests can stop and restart them without touching the machine's shared services (other test
 * files, other projects). The binaries come from Debian's packages, as on the CI machine.
 */

const pgBin = (): string => {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions.length) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql (Debian package postgresql).');
  return path.join(root, versions[0], 'bin');
};

// initdb and postgres refuse to run as root: run them as the postgres system user then.
const asPostgres = (command: string, args: string[]) =>
  process.getuid?.() === 0 ? { file: 'runuser', args: ['-u', 'postgres', '--', command, ...args] } : { file: command, args };

export interface PrivatePostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

export const startPrivatePostgres = async (): Promise<PrivatePostgres> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-pg-'));
  const data = path.join(dir, 'data');
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const port = await freePort();
  const run = async (command: string, args: string[]) => {
    const { file, args: all } = asPostgres(path.join(pgBin(), command), args);
    await promisify(execFile)(file, all, { cwd: '/tmp' });
  };
  await run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  const ctl = (action: string, extra: string[] = []) =>
    run('pg_ctl', [action, '-D', data, '-l', path.join(dir, 'log'), '-w', '-t', '60', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, ...extra]);
  await ctl('start');
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop: () => ctl('stop', ['-m', 'fast']),
    start: () => ctl('start'),
    destroy: async () => {
      await ctl('stop', ['-m', 'immediate']).catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
};

export interface PrivateRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export const startPrivateRedis = async (): Promise<PrivateRedis> => {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    for (let i = 0; i < 100; i += 1) {
      try {
        execFileSync('redis-cli', ['-p', String(port), 'ping'], { stdio: 'pipe' });
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error(`redis-server did not start on port ${port}`);
  };
  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, stop, start };
};
