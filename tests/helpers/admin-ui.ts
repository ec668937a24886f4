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
