import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openDemoInChromium, signIn } from '../support/browser.js';

/** Every page of the main navigation, where it is and where it leads, as an administrator sees them. */
const DESTINATIONS: { link: string; menu?: string; path: string }[] = [
  { link: 'Home', path: '/' },
  { link: 'Interviews', path: '/interviews' },
  { link: 'Participants', path: '/participants' },
  { link: 'Artifacts', path: '/artifacts' },
  { link: 'Summaries', path: '/summaries' },
  { link: 'Findings', path: '/findings' },
  { link: 'Check', path: '/check' },
  { link: 'Search', path: '/search' },
  { link: 'Strategies', menu: 'Design & feedback', path: '/strategies' },
  { link: 'Design documents', menu: 'Design & feedback', path: '/design' },
  { link: 'Feedback', menu: 'Design & feedback', path: '/feedback' },
  { link: 'Uptake', menu: 'Design & feedback', path: '/uptake' },
  { link: 'Framework', menu: 'Design & feedback', path: '/framework' },
  { link: 'Theory of action', menu: 'Design & feedback', path: '/theory' },
  { link: 'Codebook', menu: 'Coding', path: '/codebook' },
  { link: 'Coded passages', menu: 'Coding', path: '/retrieval' },
  { link: 'Memos', menu: 'Coding', path: '/memos' },
  { link: 'Scores', menu: 'Coding', path: '/scoring' },
  { link: 'Reliability', menu: 'Coding', path: '/reliability' },
  { link: 'Instruments', menu: 'Measures', path: '/instruments' },
  { link: 'Analyses of a table', menu: 'Measures', path: '/analyses' },
  { link: 'ISF templates', menu: 'Manage', path: '/isf-templates' },
  { link: 'Import', menu: 'Manage', path: '/import' },
  { link: 'Set-up', menu: 'Manage', path: '/setup' },
  { link: 'Audit trail', menu: 'Manage', path: '/audit' },
];

const overflow = (page: Page) => page.evaluate('document.documentElement.scrollWidth - window.innerWidth') as Promise<number>;
/** Whether the element lies wholly inside the window, left to right. */
async function inView(page: Page, box: { x: number; width: number } | null): Promise<boolean> {
  const width = (await page.evaluate('window.innerWidth')) as number;
  return box !== null && box.x >= 0 && box.x + box.width <= width;
}

describe('the main navigation', () => {
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  let close: () => Promise<void>;
  beforeAll(async () => ({ server, browser, close } = await openDemoInChromium()), 120_000);
  afterAll(() => close?.());

  for (const width of [1024, 1300]) {
    it(`reaches every page from ${width} pixels wide, without scrolling sideways`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await signIn(page, server.url, 'admin');
      const nav = page.getByRole('navigation', { name: 'Main' });
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      for (const d of DESTINATIONS) {
        if (d.menu) {
          const button = nav.getByRole('button', { name: d.menu });
          expect(await inView(page, await button.boundingBox()), `${d.menu} in view`).toBe(true);
          await button.click();
          expect(await button.getAttribute('aria-expanded')).toBe('true');
        }
        const link = nav.getByRole('link', { name: d.link, exact: true });
        expect(await inView(page, await link.boundingBox()), `${d.link} in view`).toBe(true);
        expect(await overflow(page), `with ${d.menu ?? d.link} open`).toBeLessThanOrEqual(0);
        await link.click();
        await expect.poll(() => new URL(page.url()).pathname).toBe(d.path);
        await page.locator('main h1').first().waitFor();
        if (d.menu) expect(await nav.getByRole('button', { name: d.menu }).getAttribute('aria-expanded')).toBe('false');
      }
      await page.close();
    });
  }

  it('opens a menu from the keyboard and closes it with Escape or a click outside', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    await signIn(page, server.url, 'analyst');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const coding = nav.getByRole('button', { name: 'Coding' });
    await coding.focus();
    await page.keyboard.press('Enter');
    expect(await coding.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await coding.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate('document.activeElement.getAttribute("aria-expanded") + document.activeElement.textContent')).toBe('falseCoding▾');

    // The arrow keys move into the list and through it; Enter follows the link.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate('document.activeElement.textContent')).toBe('Codebook');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate('document.activeElement.textContent')).toBe('Coded passages');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/retrieval');
    expect(await coding.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => coding.getAttribute('class')).toBe('active');

    await coding.click();
    await page.locator('main h1').first().click();
    expect(await coding.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link', { name: 'Memos' }).count()).toBe(0);
    await page.close();
  });
});
