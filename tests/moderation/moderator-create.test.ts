import { spawnSync } from 'child_process';
import path from 'path';
import { bootApp, type TestApp } from '../helpers/app';

/** `npm run moderator:create` as an administrator runs it, against this test's database. */
let app: TestApp;
const script = path.resolve(__dirname, '..', '..', 'scripts', 'moderator-create.js');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { env: { ...process.env }, encoding: 'utf8', timeout: 120000 });

beforeAll(async () => {
  app = await bootApp();
});
afterAll(async () => {
  await app?.close();
});

describe('npm run moderator:create', () => {
  it('makes an API moderator who can sign in and open the queue', async () => {
    const result = run('--email', 'Desk.Moderator@example.org', '--password', 'Queue-W0rker');
    expect(result.stderr).not.toMatch(/Not done/);
    expect(result.stdout).toMatch(/Created moderation API account \(role Moderator\): desk.moderator@example.org/);
    expect(result.status).toBe(0);

    const login = await app.http().post('/api/auth/local').send({ identifier: 'desk.moderator@example.org', password: 'Queue-W0rker' }).expect(200);
    await app.http().get('/api/moderation/comments').set('Authorization', `Bearer ${login.body.jwt}`).expect(200);
  });

  it('with --admin, makes an admin-panel account with the "Comment moderator" role', async () => {
    const result = run('--email', 'panel.moderator@example.org', '--password', 'Panel-W0rker', '--admin');
    expect(result.stdout).toMatch(/Created admin-panel account with the "Comment moderator" role/);
    expect(result.status).toBe(0);
    const login = await app.http().post('/admin/login').send({ email: 'panel.moderator@example.org', password: 'Panel-W0rker' }).expect(200);
    await app
      .http()
      .get('/content-manager/collection-types/api::comment.comment')
      .set('Authorization', `Bearer ${login.body.data.token}`)
      .expect(200);
  });

  it.each([
    [['--email', 'x@example.org'], /--email and --password are required/, 2],
    [['--email', 'not-an-address', '--password', 'Str0ng-pass'], /is not an e-mail address/, 1],
    [['--email', 'weak@example.org', '--password', 'password'], /8 or more characters/, 1],
    [['--bogus'], /Unknown argument/, 2],
  ])('refuses %j with a message and a failing exit code', async (args, message, code) => {
    const result = run(...args);
    expect(`${result.stdout}${result.stderr}`).toMatch(message);
    expect(result.status).toBe(code);
  });
});
