import type { Locator, Page } from 'playwright-core';

/**
 * Counts the clicks a person makes in a journey: every trusted press the page receives, whoever
 * caused it (the test's own click calls, a file chooser's button), across navigations. Playwright's
 * fill() and keyboard typing click nothing, so typing into a box is counted only through
 * typeInto(), which clicks the box first as a person would.
 */
export interface ClickCounter {
  /** Clicks since the counter was made. */
  readonly total: number;
  /** Clicks since the last mark(): the cost of one step. */
  mark(): number;
}

export const countClicks = async (page: Page): Promise<ClickCounter> => {
  let total = 0;
  let marked = 0;
  await page.exposeBinding('__newsroomClick', () => {
    total += 1;
  });
  // Each press of the primary button, not each click event: picking an option in a select box
  // closes the list as the button is released, and that click reaches no element (no click event).
  const listen = () => {
    document.addEventListener(
      'pointerdown',
      (event) => {
        if (event.isTrusted && event.isPrimary && event.button === 0) (window as unknown as { __newsroomClick: () => void }).__newsroomClick();
      },
      true,
    );
  };
  await page.addInitScript(listen);
  // The page already open when counting starts listens too.
  await page.evaluate(listen).catch(() => undefined);
  return {
    get total() {
      return total;
    },
    mark() {
      const step = total - marked;
      marked = total;
      return step;
    },
  };
};

/** Clicks a text box, then types into it: one click, as a person would. */
export const typeInto = async (box: Locator, text: string): Promise<void> => {
  await box.click();
  await box.fill(text);
};
