import { bootApp, type TestApp } from '../helpers/app';
import { closePublicRegistration } from '../../src/bootstrap/registration';

/**
 * Readers comment without accounts and moderators are made by `npm run moderator:create`: nobody
 * signs up through the API. An open sign-up would let a stranger take a moderator's address first.
 */
let app: TestApp;
const advanced = () => app.strapi.store({ type: 'plugin', name: 'users-permissions' }).get({ key: 'advanced' }) as Promise<Record<string, unknown>>;

beforeAll(async () => {
  app = await bootApp();
});
afterAll(async () => {
  await app?.close();
});

describe('public registration', () => {
  it('is closed: POST /api/auth/local/register is refused and creates no account', async () => {
    const before = await app.strapi.db.query('plugin::users-permissions.user').count();
    const res = await app
      .http()
      .post('/api/auth/local/register')
      .send({ username: 'stranger', email: 'desk@example.org', password: 'Stranger-Passw0rd' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ data: null, error: { status: 400, message: expect.stringMatching(/disabled/i) } });
    expect(await app.strapi.db.query('plugin::users-permissions.user').count()).toBe(before);
  });

  it('is closed again at every start, and only allow_register is written', async () => {
    const store = app.strapi.store({ type: 'plugin', name: 'users-permissions' });
    await store.set({ key: 'advanced', value: { ...(await advanced()), allow_register: true, email_confirmation: true } });
    await closePublicRegistration(app.strapi);
    await closePublicRegistration(app.strapi);
    expect(await advanced()).toMatchObject({ allow_register: false, email_confirmation: true, unique_email: true });
  });
});
