import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { type DemoRole, signInAsDemo, withDemoInChromium } from './chromium.js';

/**
 * `npm run screenshots`: the main pages of the web app on the demo partnership, as a laptop shows
 * them, into docs/screenshots/ (the README shows them). The demo is the same every time, so a
 * screenshot changes only when the page does.
 */
const { values: args } = parseArgs({ options: { out: { type: 'string', default: 'docs/screenshots' } } });

interface Shot {
  name: string;
  path: string;
  /** What must be on the page before it is taken. */
  ready: string;
  as?: DemoRole;
}

const out = resolve(args.out);
await mkdir(out, { recursive: true });
await withDemoInChromium(async ({ store, browser, url }) => {
  const first = <T>(row: T | undefined, what: string): T => {
    if (!row) throw new Error(`the demo has no ${what}`);
    return row;
  };
  // A completed ISF whose entries cite passages; a school summary with claims; a district finding.
  const cited = first(
    await store.db
      .selectFrom('isf')
      .innerJoin('isf_entry', 'isf_entry.isf_id', 'isf.id')
      .innerJoin('citation', 'citation.citing_id', 'isf_entry.id')
      .select('isf.interview_id')
      .where('isf.status', '=', 'complete')
      .orderBy('isf.interview_id')
      .executeTakeFirst(),
    'ISF with cited passages',
  );
  const summary = first(await store.db.selectFrom('summary').select('id').where('kind', '=', 'school').orderBy('id').executeTakeFirst(), 'school summary');
  const finding = first(await store.db.selectFrom('finding').select('id').orderBy('id').executeTakeFirst(), 'finding');

  const shots: Shot[] = [
    { name: 'sign-in', path: '/', ready: 'form button[type=submit]' },
    { name: 'home', path: '/', ready: 'table' },
    { name: 'interviews', path: '/interviews?district=Lakeside+Public+Schools', ready: 'table tbody tr' },
    { name: 'participants', path: '/participants', ready: 'table tbody tr' },
    { name: 'interview-and-isf', path: `/interviews/${cited.interview_id}`, ready: 'mark.cited' },
    { name: 'search', path: '/search?q=%22learning+walk%22', ready: '.hits li' },
    { name: 'summary-and-triangulation', path: `/summaries/${summary.id}`, ready: '.claim' },
    { name: 'findings', path: '/findings', ready: '.finding' },
    { name: 'trace', path: `/trace/${finding.id}`, ready: '.trace-node' },
    { name: 'check', path: '/check', ready: 'main h1' },
    { name: 'import', path: '/import', ready: 'main h1' },
    { name: 'account', path: '/account', ready: 'main table', as: 'lead' },
    { name: 'strategies', path: '/strategies?district=Lakeside+Public+Schools&cycle=2010-11', ready: 'section.strategy' },
    { name: 'design-document', path: '/design?district=Lakeside+Public+Schools&cycle=2010-11', ready: '.ddd-section', as: 'lead' },
    { name: 'framework', path: '/framework', ready: 'main h2' },
    { name: 'artifacts', path: '/artifacts?district=Lakeside+Public+Schools', ready: 'main h2' },
    { name: 'partner-design-document', path: '/design', ready: '.ddd-section', as: 'partner' },
    { name: 'feedback', path: '/feedback?district=Lakeside+Public+Schools&cycle=2010-11', ready: 'main h2' },
    { name: 'theory-of-action', path: '/theory', ready: 'main h2' },
    { name: 'uptake', path: '/uptake', ready: 'main table tbody tr' },
    { name: 'codebook', path: '/codebook', ready: '.swatch' },
    { name: 'scores', path: '/scoring', ready: 'main table tbody tr' },
    { name: 'reliability', path: '/reliability', ready: 'main table tbody tr', as: 'lead' },
    { name: 'exchange', path: '/exchange', ready: '#unassigned-title', as: 'lead' },
  ];
  const pages = new Map<DemoRole | 'nobody', Page>();
  for (const shot of shots) {
    const role = shot.name === 'sign-in' ? 'nobody' : (shot.as ?? 'analyst');
    let page = pages.get(role);
    if (!page) {
      page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, reducedMotion: 'reduce' })).newPage();
      if (role !== 'nobody') await signInAsDemo(page, url, role);
      pages.set(role, page);
    }
    await page.goto(`${url}${shot.path}`);
    await page.locator(shot.ready).first().waitFor();
    await page.evaluate('document.fonts.ready');
    const file = join(out, `${shot.name}.png`);
    await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
    process.stdout.write(`${file}\n`);
  }
});
