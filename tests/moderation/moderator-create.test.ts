import { spawnSync } from 'child_process';
import path from 'path';
import { bootApp, type TestApp } from '../helpers/app';
import { EDITOR_ADMIN_ROLE } from '../../src/bootstrap/editor-role';

/** `npm run moderator:create` as an administrator runs it, against this test's database. */
let app: TestApp;
const script = path.resolve(__dirname, '..', '..', 'scripts', 'moderator-create.js');
const run = (...args: string[]) => runIn({}, ...args);
const runIn = (env: Record<string, string>, ...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120000 });

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

  // Operators run it on production hosts: the .env step must not end the command there.
  it('works in production too, with the secrets from the environment', async () => {
    const result = runIn({ NODE_ENV: 'production' }, '--email', 'production.desk@example.org', '--password', 'Night-W0rker');
    expect(result.stdout).toMatch(/Created moderation API account \(role Moderator\): production.desk@example.org/);
    expect(result.status).toBe(0);
    await app.http().post('/api/auth/local').send({ identifier: 'production.desk@example.org', password: 'Night-W0rker' }).expect(200);
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

  it('never promotes an account someone else made: refuses, changes nothing, and the stranger stays out', async () => {
    // An account registered with the address before the operator ran the command (registration was open).
    const email = 'night.desk@example.org';
    const users = app.strapi.plugin('users-permissions').service('user');
    const authenticated = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    await users.add({ username: 'squatter', email, password: 'Stranger-Passw0rd', provider: 'local', confirmed: true, blocked: false, role: authenticated.id });
    const stranger = await app.http().post('/api/auth/local').send({ identifier: email, password: 'Stranger-Passw0rd' }).expect(200);

    const result = run('--email', email, '--password', 'Operator-Passw0rd');
    expect(result.status).toBe(1);
    expect(`${result.stdout}${result.stderr}`).toMatch(/already exists.*not a moderator.*nothing was changed/is);

    const row = await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { email }, populate: ['role'] });
    expect(row.role.type).toBe('authenticated');
    await app.http().post('/api/auth/local').send({ identifier: email, password: 'Stranger-Passw0rd' }).expect(200);
    await app.http().post('/api/auth/local').send({ identifier: email, password: 'Operator-Passw0rd' }).expect(400);
    await app.http().get('/api/moderation/comments').set('Authorization', `Bearer ${stranger.body.jwt}`).expect(403);
  });

  it('run again for a moderator, changes nothing and says so', async () => {
    const email = 'twice@example.org';
    expect(run('--email', email, '--password', 'First-Passw0rd').status).toBe(0);
    const again = run('--email', email, '--password', 'Second-Passw0rd');
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/Unchanged.*already.*password was not changed/i);
    await app.http().post('/api/auth/local').send({ identifier: email, password: 'First-Passw0rd' }).expect(200);
  });

  it('with --admin, gives an active admin-panel account the role without touching its password', async () => {
    const email = 'editor.moderates@example.org';
    const editor = await app.strapi.db.query('admin::role').findOne({ where: { code: EDITOR_ADMIN_ROLE.code } });
    await app.strapi.service('admin::user').create({ email, firstname: 'Ed', lastname: 'Itor', password: 'Editor-Passw0rd', isActive: true, roles: [editor.id] });
    const result = run('--email', email, '--password', 'Other-Passw0rd', '--admin');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Updated.*password was not changed/i);
    const login = await app.http().post('/admin/login').send({ email, password: 'Editor-Passw0rd' }).expect(200);
    await app.http().get('/content-manager/collection-types/api::comment.comment').set('Authorization', `Bearer ${login.body.data.token}`).expect(200);
  });

  it('with --admin, refuses an account whose invitation nobody has accepted yet', async () => {
    const email = 'invited@example.org';
    const editor = await app.strapi.db.query('admin::role').findOne({ where: { code: EDITOR_ADMIN_ROLE.code } });
    await app.strapi.service('admin::user').create({ email, firstname: 'In', lastname: 'Vited', roles: [editor.id] });
    const result = run('--email', email, '--password', 'Other-Passw0rd', '--admin');
    expect(result.status).toBe(1);
    expect(`${result.stdout}${result.stderr}`).toMatch(/not active.*nothing was changed/is);
    const row = await app.strapi.db.query('admin::user').findOne({ where: { email }, populate: ['roles'] });
    expect(row.roles.map((r: { code: string }) => r.code)).toEqual([EDITOR_ADMIN_ROLE.code]);
  });

  it.each([
    [['--email', 'x@example.org'], /--email and --password are required/, 2],
    [['--email', 'not-an-address', '--password', 'Str0ng-pass'], /is not an e-mail address/, 1],
    // The same e-mail rule as a commenter's address (src/validation/email.ts).
    [['--email', '<x>@example.org', '--password', 'Str0ng-pass'], /is not an e-mail address/, 1],
    [['--email', 'weak@example.org', '--password', 'password'], /8 or more characters/, 1],
    [['--bogus'], /Unknown argument/, 2],
  ])('refuses %j with a message and a failing exit code', async (args, message, code) => {
    const result = run(...args);
    expect(`${result.stdout}${result.stderr}`).toMatch(message);
    expect(result.status).toBe(code);
  });
});
