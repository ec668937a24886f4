import fs from 'fs';
import path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Debian's Chromium, headless, driven by playwright-core (browser downloads are not possible
 * here). Each journey keeps screenshots of its key steps in tests/artifacts/.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'],
  });

const artifacts = path.resolve(__dirname, '..', 'artifacts');

export const snapshot = async (page: Page, journey: string, step: string): Promise<void> => {
  fs.mkdirSync(path.join(artifacts, journey), { recursive: true });
  await page.screenshot({ path: path.join(artifacts, journey, `${step}.png`), fullPage: true });
};

/** axe-core in the page: the violations of serious or critical impact. */
export const seriousAccessibilityProblems = async (page: Page): Promise<Array<{ id: string; impact: string; nodes: number }>> => {
  // Evaluated rather than injected as a <script>: the page's Content-Security-Policy (rightly)
  // refuses inline scripts.
  await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe;
    return axe.run(document);
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
};
