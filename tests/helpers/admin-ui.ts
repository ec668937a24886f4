import type { Page } from 'playwright-core';

/** Steps in Strapi's admin panel, as a person takes them. */
export const signInToAdmin = async (page: Page, base: string, email: string, password: string): Promise<void> => {
  await page.goto(`${base}/admin/auth/login`, { waitUntil: 'networkidle' });
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', password);
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.startsWith('/admin/auth'), { timeout: 60000 });
};

/** Picks an option in one of the admin panel's select boxes (a combobox named after the field). */
export const choose = async (page: Page, field: string, option: string): Promise<void> => {
  await page.locator(`[role="combobox"][name="${field}"]`).click();
  await page.getByRole('option', { name: option, exact: true }).click();
};

export const saveEntry = async (page: Page): Promise<void> => {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText(/Saved|Success/i).first().waitFor({ timeout: 30000 });
};

/** Registers the panel's first administrator through its API (POST /admin/register-admin); their admin token. */
export const registerFirstAdmin = async (
  base: string,
  person: { firstname: string; lastname: string; email: string; password: string },
): Promise<string> => {
  const registered = await fetch(`${base}/admin/register-admin`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(person),
  });
  if (!registered.ok) throw new Error(`the first administrator was not registered: ${registered.status} ${await registered.text()}`);
  return ((await registered.json()) as { data: { token: string } }).data.token;
};

/** One call to the admin API as the holder of `token`: its JSON answer, or an error naming the call. */
export const adminCall = async <T>(base: string, token: string, method: string, path: string, body?: unknown): Promise<T> => {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
};
