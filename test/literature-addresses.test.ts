import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../src/api/app.js';
import { loadDemo } from '../src/demo/load-demo.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { buildIterationDocument } from '../src/reports/theory-of-action.js';
import { renderReport } from '../src/reports/render/index.js';
import { addWarrant, issueIteration, iterationContent, theoryOfAction } from '../src/services/theory.js';
import { type ApiClient, signedIn } from './support/api-client.js';
import { openTestDatabase, type TestDatabase } from './support/databases.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'warrant.js');

const SCRIPTED = [
  'javascript:alert(document.cookie)',
  ' JavaScript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
];

describe('the addresses of literature references', () => {
  let t: TestDatabase;
  let pid: string;
  let analyst: ApiClient;
  const literature = async (): Promise<{ id: string; title: string; url: string | null }[]> =>
    (await analyst.get(`/api/partnerships/${pid}/theory/sources`)).body.literature;
  const db = () => (t.target.dialect === 'sqlite' ? t.target.path : '');

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await loadDemo(t.ctx);
    pid = (await resolvePartnership(t.ctx)).id;
    analyst = await signedIn(createApi({ store: t.store, demoMode: true }), 'analyst@demo.warrant.test', 'demo-analyst-password');
  });
  afterAll(() => t?.close());

  it('are refused over the API unless http, https or a DOI, naming the field, and nothing is added', async () => {
    const before = (await literature()).length;
    for (const url of SCRIPTED) {
      const refused = await analyst.send('POST', `/api/partnerships/${pid}/theory/sources`, {
        kind: 'literature',
        authors: 'Mallory, M.',
        title: 'Click me',
        url,
      });
      expect(refused.status, url).toBe(400);
      expect(refused.body.error.message).toBe('url: the address of a reference is an http or https address, or a DOI (10.…)');
    }
    expect((await literature()).length).toBe(before);

    const doi = await analyst.send('POST', `/api/partnerships/${pid}/theory/sources`, {
      kind: 'literature',
      authors: 'Horn, I. S.',
      year: 2010,
      title: 'Attending to problems of practice',
      url: 'doi:10.3102/0002831209345158',
    });
    expect(doi.status).toBe(201);
    const web = await analyst.send('POST', `/api/partnerships/${pid}/theory/sources`, {
      kind: 'literature',
      authors: 'Coburn, C. E.',
      title: 'Research–practice partnerships',
      url: 'https://wtgrantfoundation.org/rpp',
    });
    expect(web.status).toBe(201);
    const stored = new Map((await literature()).map((r) => [r.id, r.url]));
    expect(stored.get(doi.body.id)).toBe('https://doi.org/10.3102/0002831209345158');
    expect(stored.get(web.body.id)).toBe('https://wtgrantfoundation.org/rpp');
  });

  it('are refused on the command line with the same rule, and nothing is added', async () => {
    const before = (await t.store.theory.literature(pid)).length;
    const r = spawnSync(
      process.execPath,
      [BIN, 'toa', 'literature', '--authors', 'Mallory, M.', '--title', 'Click me', '--url', 'javascript:alert(1)', '--db', db()],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', WARRANT_DATABASE_URL: '' } },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('warrant: url: the address of a reference is an http or https address, or a DOI (10.…), and "javascript:alert(1)" is not\n');
    expect((await t.store.theory.literature(pid)).length).toBe(before);
  });

  it('stored before the rule with another scheme, appear in no generated document, as a link or otherwise', async () => {
    const at = new Date().toISOString();
    await t.store.theory.insertLiterature({
      id: 'lit_scriptedaddress0',
      partnership_id: pid,
      authors: 'Mallory, M.',
      year: 2009,
      title: 'Click me',
      source: 'Nowhere',
      url: SCRIPTED[0]!,
      created_by: 'before the rule',
      created_at: at,
    });
    const conjecture = (await theoryOfAction(t.ctx, pid)).flatMap((c) => c.conjectures)[0]!;
    await addWarrant(t.ctx, conjecture.conjecture.id, { id: 'lit_scriptedaddress0' });
    const iteration = await issueIteration(t.ctx, { partnershipId: pid, label: 'With an old reference', dated: '2011-08-01' });
    const partnership = (await t.store.partnerships.byId(pid))!;
    const docx = await renderReport(
      buildIterationDocument({
        partnership: partnership.name,
        label: iteration.label,
        number: iteration.number,
        dated: iteration.dated,
        content: iterationContent(iteration),
      }),
      'docx',
    );
    const documents = {
      md: (await analyst.get(`/api/theory-iterations/${iteration.id}/document?format=md`)).body as string,
      html: (await analyst.get(`/api/theory-iterations/${iteration.id}/document?format=html`)).body as string,
      docx: Object.values(unzipSync(new Uint8Array(docx)))
        .map((part) => strFromU8(part))
        .join('\n'),
    };
    for (const [format, text] of Object.entries(documents)) {
      expect(text, format).toContain('Mallory, M. (2009). Click me');
      expect(text, format).not.toMatch(/javascript:|data:text/i);
    }
    expect(documents.html).not.toMatch(/\shref=/i);
    expect(documents.md).not.toMatch(/\]\(|<a\s/);
    expect(documents.docx).not.toMatch(/<w:hyperlink|TargetMode="External"/);
  });
});
