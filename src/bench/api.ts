import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import SQLite from 'better-sqlite3';
import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { createApi } from '../api/app.js';
import { presentFinding } from '../api/presenters/findings.presenter.js';
import { presentStrategy } from '../api/presenters/strategies.presenter.js';
import { serveOnFreePort } from '../api/serve-on-free-port.js';
import { SESSION_COOKIE } from '../api/session-cookie.js';
import { type ChainItem, type CitedEvidenceState, checkChains } from '../domain/chain-check.js';
import { parseSearchQuery, toFts5 } from '../domain/search-query.js';
import { keepPhraseMatches, matchOffsets, readMarks, snippet, SNIPPET_WIDTH } from '../domain/snippet.js';
import { codePointLength } from '../domain/text.js';
import { DEMO_ACCOUNTS } from '../demo/demo-accounts.js';
import { loadDemo } from '../demo/load-demo.js';
import { createContext } from '../services/context.js';
import { elementOf, type EvidenceView } from '../services/strategies.js';
import type { CitationRow } from '../storage/repositories/citation.repository.js';
import type { FindingRow } from '../storage/repositories/finding.repository.js';
import type { InterviewRow } from '../storage/repositories/interview.repository.js';
import { MATCH_END, MATCH_START, type SearchHitRow } from '../storage/repositories/search.repository.js';
import type { StrategyElementRow, StrategyRow } from '../storage/repositories/strategy.repository.js';
import type { ClaimInContext } from '../storage/repositories/summary.repository.js';
import type { ChainRow } from '../storage/repositories/trace.repository.js';
import type { TranscriptRow, TurnRow } from '../storage/repositories/transcript.repository.js';
import { connect } from '../storage/database.js';
import { Store } from '../storage/store.js';

/**
 * `npm run bench:api`: the main read routes of the API on the demo, signed in as the demo analyst,
 * under load from autocannon on the loopback, at 20 and 200 connections. Beside each route, two
 * floors: bare Hono sending the same bytes (the HTTP stack alone), and bare Hono running the same
 * SQL through better-sqlite3 prepared statements (the session check included) and building the same
 * JSON, checked deep-equal to Warrant's answer. Each server runs in its own process, so the load
 * generator never shares an event loop with the server under test.
 */
const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '2' },
    // Each measure is taken this many times, alternating with the others; the best run counts (the machine is shared).
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '20,200' },
    route: { type: 'string' },
    // Runs Warrant's server under `node --cpu-prof`, writing its profile into this folder.
    profile: { type: 'string' },
    // Internal: the server processes.
    serve: { type: 'string' },
    db: { type: 'string' },
    answers: { type: 'string' },
  },
});

const log = (s: string) => process.stdout.write(`${s}\n`);

interface Route {
  name: string;
  /** The request path on the demo. */
  path: string;
  /** Its Hono pattern, for the bare servers. */
  pattern: string;
}

interface Answers {
  routes: Route[];
  bodies: Record<string, string>;
}

// ----- the servers (child processes) -----

function listen(app: Hono): Promise<string> {
  return new Promise((resolve) => {
    serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(`http://127.0.0.1:${info.port}`));
  });
}

async function serveWarrant(dbPath: string): Promise<void> {
  const store = Store.of(await connect({ dialect: 'sqlite', path: dbPath }));
  const { url } = await serveOnFreePort({ store, demoMode: true });
  log(JSON.stringify({ url }));
}

/** The hand-written SQL of each route, prepared once, and the JSON built from its rows. */
function bareSqlApp(dbPath: string): Hono {
  const db = new SQLite(dbPath, { readonly: true });
  db.pragma('journal_mode = WAL');
  const member = db.prepare(`SELECT m.role FROM session s
    JOIN account a ON a.id = s.account_id
    JOIN membership m ON m.account_id = s.account_id AND m.partnership_id = ?
    WHERE s.token_hash = ? AND s.revoked_at IS NULL AND s.expires_at > ? AND a.disabled_at IS NULL`);
  const TEAM = new Set(['admin', 'lead', 'analyst', 'observer']);
  /** Whether the session cookie is a team member's of the partnership. */
  const isTeam = (c: Context, partnershipId: string) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (!token) return false;
    const hash = createHash('sha256').update(token).digest('hex');
    return (member.all(partnershipId, hash, new Date().toISOString()) as { role: string }[]).some((m) => TEAM.has(m.role));
  };
  const notFound = (c: Context) => c.json({ error: { code: 'not_found' } }, 404);

  const findings = db.prepare('SELECT * FROM finding WHERE partnership_id = ? ORDER BY created_at, id');
  const findingCitations = db.prepare(`SELECT c.* FROM citation c JOIN finding f ON f.id = c.citing_id
    WHERE f.partnership_id = ? AND c.retired_at IS NULL ORDER BY c.citing_id, c.ordinal`);
  const findingClaims = db.prepare(`SELECT c.*, s.kind AS summary_kind, s.title AS summary_title, s.district_id, s.cycle_id, s.school_id, s.role AS summary_role
    FROM claim c JOIN summary s ON s.id = c.summary_id
    WHERE c.id IN (SELECT ci.cited_id FROM citation ci JOIN finding f ON f.id = ci.citing_id WHERE f.partnership_id = ? AND ci.retired_at IS NULL)`);

  const finding = db.prepare('SELECT * FROM finding WHERE id = ?');
  const chain = db.prepare(`WITH RECURSIVE chain (level, citing_id, cited_id, cited_kind, stance, ordinal) AS (
      SELECT 1, c.citing_id, c.cited_id, c.cited_kind, c.stance, c.ordinal FROM citation c WHERE c.citing_id = ? AND c.retired_at IS NULL
      UNION ALL
      SELECT chain.level + 1, c.citing_id, c.cited_id, c.cited_kind, c.stance, c.ordinal
      FROM chain JOIN citation c ON c.citing_id = chain.cited_id AND c.retired_at IS NULL WHERE chain.level < 3)
    SELECT chain.*, COALESCE(cl.text, e.text, x.quote) AS text, COALESCE(cl.retired_at, e.retired_at, x.retired_at) AS retired_at,
      s.title AS summary_title, fl.label AS field_label, i.id AS interview_id, i.code AS interview_code, i.date AS interview_date, i.role, p.pseudonym,
      o.name AS school, d.name AS district, cy.label AS cycle, x.transcript_id, t.version AS transcript_version, t.superseded_at AS transcript_superseded_at,
      x.start_offset, x.end_offset
    FROM chain
    LEFT JOIN claim cl ON chain.cited_kind = 'claim' AND cl.id = chain.cited_id
    LEFT JOIN summary s ON s.id = cl.summary_id
    LEFT JOIN isf_entry e ON chain.cited_kind = 'isfEntry' AND e.id = chain.cited_id
    LEFT JOIN isf_field fl ON fl.id = e.field_id
    LEFT JOIN isf f ON f.id = e.isf_id
    LEFT JOIN excerpt x ON chain.cited_kind = 'excerpt' AND x.id = chain.cited_id
    LEFT JOIN transcript t ON t.id = x.transcript_id
    LEFT JOIN interview i ON i.id = COALESCE(f.interview_id, x.interview_id)
    LEFT JOIN participant p ON p.id = i.participant_id
    LEFT JOIN organization o ON o.id = i.organization_id
    LEFT JOIN organization d ON d.id = i.district_id
    LEFT JOIN cycle cy ON cy.id = i.cycle_id
    ORDER BY chain.level, chain.citing_id, chain.ordinal`);

  const interview = db.prepare('SELECT * FROM interview WHERE id = ?');
  const versions = db.prepare('SELECT * FROM transcript WHERE interview_id = ? ORDER BY version');
  const turns = db.prepare('SELECT * FROM turn WHERE transcript_id = ? ORDER BY seq');

  const strategies = db.prepare('SELECT * FROM strategy WHERE partnership_id = ? AND retired_at IS NULL ORDER BY district_id, cycle_id, position, created_at');
  const elements = db.prepare(`SELECT e.* FROM strategy_element e JOIN strategy s ON s.id = e.strategy_id
    WHERE s.partnership_id = ? AND s.retired_at IS NULL AND e.retired_at IS NULL ORDER BY e.strategy_id, e.position, e.created_at`);
  const evidence = db.prepare(`SELECT ev.id, ev.citing_id, ev.cited_kind, ev.cited_id, ev.note,
      COALESCE(x.quote, a.title, '') AS text, COALESCE(i.code, a.file_name, '') AS source, COALESCE(x.retired_at, a.retired_at) AS cited_retired_at
    FROM strategy_evidence ev
    LEFT JOIN excerpt x ON ev.cited_kind = 'excerpt' AND x.id = ev.cited_id
    LEFT JOIN interview i ON i.id = x.interview_id
    LEFT JOIN artifact a ON ev.cited_kind = 'artifact' AND a.id = ev.cited_id
    WHERE ev.retired_at IS NULL AND ev.citing_id IN (
      SELECT id FROM strategy WHERE partnership_id = @p AND retired_at IS NULL
      UNION ALL SELECT e.id FROM strategy_element e JOIN strategy s ON s.id = e.strategy_id WHERE s.partnership_id = @p AND s.retired_at IS NULL AND e.retired_at IS NULL)
    ORDER BY ev.created_at, ev.id`);

  const CONTEXT = `s.id AS segment_id, s.text_offset, t.id AS turn_id, t.transcript_id, t.seq, t.speaker, t.speaker_role,
      t.text_offset AS turn_text_offset, t.end_offset AS turn_end_offset, t.start_ms,
      i.id AS interview_id, i.code AS interview_code, i.role, p.pseudonym, p.code AS participant_code,
      o.name AS organization_name, d.name AS district_name, c.label AS cycle_label`;
  const JOINS = `FROM turn_segment_fts JOIN turn_segment s ON s.id = turn_segment_fts.rowid
      JOIN turn t ON t.id = s.turn_id JOIN transcript tr ON tr.id = t.transcript_id AND tr.superseded_at IS NULL
      JOIN interview i ON i.id = tr.interview_id JOIN participant p ON p.id = i.participant_id
      JOIN organization o ON o.id = i.organization_id JOIN organization d ON d.id = i.district_id JOIN cycle c ON c.id = i.cycle_id`;
  const searchHits = db.prepare(
    `SELECT ${CONTEXT} ${JOINS} WHERE turn_segment_fts MATCH ? AND i.partnership_id = ? ORDER BY turn_segment_fts.rowid LIMIT ? OFFSET ?`,
  );
  const searchMarks = db.prepare(`SELECT s.id AS rowid, highlight(turn_segment_fts, 0, '${MATCH_START}', '${MATCH_END}') AS marked ${JOINS}
    WHERE turn_segment_fts MATCH ? AND i.partnership_id = ? AND turn_segment_fts.rowid BETWEEN ? AND ?`);

  const app = new Hono();
  app.get('/api/partnerships/:partnershipId/findings', (c) => {
    const id = c.req.param('partnershipId');
    if (!isTeam(c, id)) return notFound(c);
    const claims = new Map((findingClaims.all(id) as ClaimInContext[]).map((r) => [r.id, r]));
    const cited = new Map<string, CitationRow[]>();
    for (const r of findingCitations.all(id) as CitationRow[]) cited.set(r.citing_id, [...(cited.get(r.citing_id) ?? []), r]);
    return c.json(
      (findings.all(id) as FindingRow[]).map((f) =>
        presentFinding({ finding: f, evidence: (cited.get(f.id) ?? []).map((citation) => ({ citation, claim: claims.get(citation.cited_id)! })) }),
      ),
    );
  });
  app.get('/api/trace/:id', (c) => {
    const f = finding.get(c.req.param('id')) as FindingRow | undefined;
    if (!f || !isTeam(c, f.partnership_id)) return notFound(c);
    return c.json(traceOf(f, chain.all(f.id) as ChainRow[]));
  });
  app.get('/api/interviews/:id/transcript', (c) => {
    const i = interview.get(c.req.param('id')) as InterviewRow | undefined;
    if (!i || !isTeam(c, i.partnership_id)) return notFound(c);
    const all = versions.all(i.id) as TranscriptRow[];
    const t = all.find((v) => v.superseded_at === null)!;
    return c.json({
      id: t.id,
      interviewId: t.interview_id,
      version: t.version,
      current: true,
      format: t.format,
      encoding: t.encoding,
      sourceFile: t.source_file,
      importedBy: t.imported_by,
      importedAt: t.imported_at,
      words: t.word_count,
      length: t.length,
      turns: (turns.all(t.id) as TurnRow[]).map((u) => ({
        seq: u.seq,
        speaker: u.speaker,
        speakerRole: u.speaker_role,
        text: u.text,
        start: u.start_offset,
        textStart: u.text_offset,
        end: u.end_offset,
        startMs: u.start_ms,
        endMs: u.end_ms,
      })),
      versions: all.map((v) => ({ id: v.id, version: v.version, importedAt: v.imported_at, current: v.superseded_at === null })),
    });
  });
  app.get('/api/partnerships/:partnershipId/strategies', (c) => {
    const id = c.req.param('partnershipId');
    if (!isTeam(c, id)) return notFound(c);
    const byCiting = new Map<string, EvidenceView[]>();
    for (const r of evidence.all({ p: id }) as (Omit<EvidenceView, 'kind' | 'citedId' | 'retired'> & {
      citing_id: string;
      cited_kind: EvidenceView['kind'];
      cited_id: string;
      cited_retired_at: string | null;
    })[]) {
      const view: EvidenceView = {
        id: r.id,
        kind: r.cited_kind,
        citedId: r.cited_id,
        note: r.note,
        text: r.text,
        source: r.source,
        retired: r.cited_retired_at !== null,
      };
      byCiting.set(r.citing_id, [...(byCiting.get(r.citing_id) ?? []), view]);
    }
    const rows = elements.all(id) as StrategyElementRow[];
    return c.json(
      (strategies.all(id) as StrategyRow[]).map((strategy) =>
        presentStrategy({
          strategy,
          evidence: byCiting.get(strategy.id) ?? [],
          elements: rows.filter((e) => e.strategy_id === strategy.id).map((row) => ({ row, element: elementOf(row), evidence: byCiting.get(row.id) ?? [] })),
        }),
      ),
    );
  });
  app.get('/api/partnerships/:partnershipId/search', (c) => {
    const id = c.req.param('partnershipId');
    if (!isTeam(c, id)) return notFound(c);
    const q = c.req.query('q') ?? '';
    const query = parseSearchQuery(q);
    const match = toFts5(query);
    const rows = searchHits.all(match, id, 20, 0) as Omit<SearchHitRow, 'marked'>[];
    const marks = new Map(
      rows.length
        ? (searchMarks.all(match, id, rows[0]!.segment_id, rows.at(-1)!.segment_id) as { rowid: number; marked: string }[]).map((m) => [m.rowid, m.marked])
        : [],
    );
    const hits = rows.map((r) => {
      const marked = keepPhraseMatches(readMarks(marks.get(r.segment_id)!, MATCH_START, MATCH_END), query);
      return {
        interviewId: r.interview_id,
        interviewCode: r.interview_code,
        cycle: r.cycle_label,
        district: r.district_name,
        school: r.organization_name,
        role: r.role,
        pseudonym: r.pseudonym,
        participantCode: r.participant_code,
        transcriptId: r.transcript_id,
        turn: r.seq,
        speaker: r.speaker,
        speakerRole: r.speaker_role,
        startMs: r.start_ms,
        snippet: snippet(marked, SNIPPET_WIDTH, {
          before: r.text_offset > r.turn_text_offset,
          after: r.text_offset + codePointLength(marked.text) < r.turn_end_offset,
        }),
        matches: matchOffsets(marked, r.text_offset),
      };
    });
    return c.json({ query: q, limit: 20, offset: 0, hits });
  });
  return app;
}

interface Node {
  kind: string;
  id: string;
  text: string;
  stance?: string;
  retired: boolean;
  context?: string;
  passage?: Record<string, unknown>;
  children: Node[];
}

/** The trace of a finding from its chain rows, shaped as GET /api/trace/{id} answers it. */
function traceOf(f: FindingRow, rows: ChainRow[]) {
  const role = (r: string | null) => (r ?? '').replace('_', ' ');
  const below = new Map<string, ChainRow[]>();
  const seen = new Set<string>();
  for (const r of rows) {
    const key = `${r.citing_id} ${r.cited_id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    below.set(r.citing_id, [...(below.get(r.citing_id) ?? []), r]);
  }
  const root: Node = { kind: 'finding', id: f.id, text: f.text, retired: f.retired_at !== null, children: [] };
  const items = new Map<string, ChainItem>();
  const links: { citingId: string; citedId: string }[] = [];
  const evidence = new Map<string, CitedEvidenceState>();
  const linked = new Set<string>();
  const grow = (node: Node, depth: number) => {
    if (node.retired || node.kind === 'excerpt') return;
    items.set(node.id, { id: node.id, kind: node.kind as ChainItem['kind'], label: node.text });
    for (const r of below.get(node.id) ?? []) {
      if (r.level !== depth) continue;
      const key = `${r.citing_id} ${r.cited_id}`;
      if (!linked.has(key)) links.push({ citingId: r.citing_id, citedId: r.cited_id });
      linked.add(key);
      if (r.text === null) continue;
      const child: Node = { kind: r.cited_kind, id: r.cited_id, text: r.text, stance: r.stance, retired: r.retired_at !== null, children: [] };
      if (r.cited_kind === 'claim') child.context = r.summary_title ?? '';
      if (r.cited_kind === 'isfEntry') child.context = `${r.field_label} — ISF of interview ${r.interview_code} (${r.pseudonym}, ${role(r.role)}, ${r.school})`;
      if (r.cited_kind === 'excerpt') {
        child.passage = {
          excerptId: r.cited_id,
          interviewId: r.interview_id,
          interviewCode: r.interview_code,
          interviewDate: r.interview_date,
          cycle: r.cycle,
          district: r.district,
          school: r.school,
          role: r.role,
          pseudonym: r.pseudonym,
          transcriptId: r.transcript_id,
          transcriptVersion: r.transcript_version,
          start: r.start_offset,
          end: r.end_offset,
          quote: r.text,
          transcriptCorrected: r.transcript_superseded_at !== null,
          retired: r.retired_at !== null,
        };
      }
      evidence.set(child.id, { retired: child.retired, superseded: (child.passage?.['transcriptCorrected'] as boolean | undefined) ?? false });
      node.children.push(child);
      grow(child, depth + 1);
    }
  };
  grow(root, 1);
  const passages = new Map<string, unknown>();
  const visit = (n: Node) => {
    if (n.passage && !passages.has(n.id)) passages.set(n.id, n.passage);
    n.children.forEach(visit);
  };
  visit(root);
  return { root, passages: [...passages.values()], issues: checkChains({ items: [...items.values()], links, evidence }) };
}

async function serveBare(dbPath: string, answersPath: string): Promise<void> {
  const { routes, bodies } = JSON.parse(await readFile(answersPath, 'utf8')) as Answers;
  const bytes = new Hono();
  for (const r of routes) {
    const body = Buffer.from(bodies[r.name]!);
    bytes.get(r.pattern, (c) => c.body(body, 200, { 'Content-Type': 'application/json' }));
  }
  log(JSON.stringify({ bytes: await listen(bytes), sql: await listen(bareSqlApp(dbPath)) }));
}

// ----- the load generator (parent process) -----

/** Starts this script as a server process and waits for the line with its address(es). */
function startServerProcess(mode: string, extra: string[], nodeFlags: string[] = []): Promise<{ child: ChildProcess; urls: Record<string, string> }> {
  const child = spawn(process.execPath, [...nodeFlags, fileURLToPath(import.meta.url), '--serve', mode, ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the ${mode} server exited (${code}) before listening`)));
    createInterface({ input: child.stdout! }).once('line', (line) => resolve({ child, urls: JSON.parse(line) as Record<string, string> }));
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGINT');
  });
}

interface Load {
  rps: number;
  p99: number;
  errors: number;
}

async function load(url: string, cookie: string, connections: number, duration: number): Promise<Load> {
  const r = await autocannon({ url, connections, duration, headers: { cookie } });
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
}

/** The run with the most requests per second, and the errors of all runs. */
const best = (runs: Load[]): Load => ({ ...runs.reduce((a, b) => (b.rps > a.rps ? b : a)), errors: runs.reduce((n, r) => n + r.errors, 0) });

/**
 * How many SQL statements one request of each route runs: counted in this process, through the API
 * itself on a connection of its own, whose statements are all prepared (and so all seen) here.
 */
async function queriesPerRequest(dbPath: string, routes: Route[], cookie: string): Promise<Map<string, number>> {
  const connection = await connect({ dialect: 'sqlite', path: dbPath });
  const sqlite = connection.sqlite!;
  let count = 0;
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((text: string) => {
    const statement = prepare(text);
    for (const method of ['all', 'get', 'run', 'iterate'] as const) {
      const run = statement[method].bind(statement) as (...params: unknown[]) => unknown;
      Object.assign(statement, { [method]: (...params: unknown[]) => (count++, run(...params)) });
    }
    return statement;
  }) as typeof sqlite.prepare;
  const api = createApi({ store: Store.of(connection), demoMode: true });
  const counts = new Map<string, number>();
  try {
    for (const r of routes) {
      const before = count;
      await (await api.request(r.path, { headers: { cookie } })).text();
      counts.set(r.name, count - before);
    }
  } finally {
    await connection.db.destroy();
  }
  return counts;
}

async function json(url: string, cookie: string): Promise<{ text: string; value: unknown }> {
  const res = await fetch(url, { headers: { cookie } });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${text.slice(0, 200)}`);
  return { text, value: JSON.parse(text) };
}

async function signIn(url: string): Promise<string> {
  const analyst = DEMO_ACCOUNTS.find((a) => a.role === 'analyst')!;
  const res = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: analyst.email, password: analyst.password }),
  });
  if (res.status !== 200) throw new Error(`the demo analyst could not sign in: ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');
}

/** The routes, with the demo's IDs in their paths. */
async function demoRoutes(url: string, cookie: string): Promise<Route[]> {
  const [p] = (await json(`${url}/api/partnerships`, cookie)).value as { id: string }[];
  const findings = (await json(`${url}/api/partnerships/${p!.id}/findings`, cookie)).value as { id: string; evidence: unknown[] }[];
  const deepest = findings.reduce((a, b) => (b.evidence.length > a.evidence.length ? b : a));
  const interviews = (await json(`${url}/api/partnerships/${p!.id}/interviews`, cookie)).value as { id: string; transcript: { turns: number } | null }[];
  const longest = interviews.filter((i) => i.transcript).reduce((a, b) => (b.transcript!.turns > a.transcript!.turns ? b : a));
  return [
    { name: 'findings list', path: `/api/partnerships/${p!.id}/findings`, pattern: `/api/partnerships/${p!.id}/findings` },
    { name: 'trace of a finding', path: `/api/trace/${deepest.id}`, pattern: `/api/trace/${deepest.id}` },
    { name: 'interview transcript', path: `/api/interviews/${longest.id}/transcript`, pattern: `/api/interviews/${longest.id}/transcript` },
    { name: 'strategies with evidence', path: `/api/partnerships/${p!.id}/strategies`, pattern: `/api/partnerships/${p!.id}/strategies` },
    { name: 'search', path: `/api/partnerships/${p!.id}/search?q=coach`, pattern: `/api/partnerships/${p!.id}/search` },
  ];
}

async function bench(): Promise<void> {
  const duration = Number(args.duration);
  const rounds = Number(args.rounds);
  const connections = args.connections!.split(',').map(Number);
  const dir = await mkdtemp(join(tmpdir(), 'warrant-bench-api-'));
  const children: ChildProcess[] = [];
  try {
    const dbPath = join(dir, 'warrant.db');
    const store = Store.of(await connect({ dialect: 'sqlite', path: dbPath }));
    await loadDemo(createContext(store, 'demo'));
    await store.destroy();

    const profile = args.profile ? ['--cpu-prof', '--cpu-prof-dir', args.profile] : [];
    const warrant = await startServerProcess('warrant', ['--db', dbPath], profile);
    children.push(warrant.child);
    const url = warrant.urls['url']!;
    const cookie = await signIn(url);
    const routes = (await demoRoutes(url, cookie)).filter((r) => !args.route || r.name.includes(args.route));
    const answers: Answers = { routes, bodies: {} };
    for (const r of routes) answers.bodies[r.name] = (await json(`${url}${r.path}`, cookie)).text;
    await writeFile(join(dir, 'answers.json'), JSON.stringify(answers));
    const bare = await startServerProcess('bare', ['--db', dbPath, '--answers', join(dir, 'answers.json')]);
    children.push(bare.child);

    for (const r of routes) {
      const real = JSON.parse(answers.bodies[r.name]!) as unknown;
      const same = isDeepStrictEqual((await json(`${bare.urls['sql']}${r.path}`, cookie)).value, real);
      if (!same) throw new Error(`bare SQL for ${r.name} does not build the same JSON as Warrant`);
    }

    const queries = await queriesPerRequest(dbPath, routes, cookie);
    log(
      `Warrant API benchmark: the demo, signed in as the demo analyst; autocannon on the loopback, ${duration} s per run, best of ${rounds} (node ${process.version})`,
    );
    log('');
    log(
      '| route | bytes | queries | connections | Warrant req/s | p99 ms | errors | bare bytes req/s | bare + SQL req/s | bare + SQL p99 ms | ÷ bare bytes | ÷ bare + SQL |',
    );
    log('|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const r of routes) {
      const targets = { warrant: `${url}${r.path}`, bytes: `${bare.urls['bytes']}${r.path}`, sql: `${bare.urls['sql']}${r.path}` };
      for (const target of Object.values(targets)) await load(target, cookie, connections[0]!, 1); // warm-up
      for (const n of connections) {
        const runs: Load[][] = [[], [], []];
        for (let k = 0; k < rounds; k++) {
          for (const [i, target] of [targets.warrant, targets.bytes, targets.sql].entries()) runs[i]!.push(await load(target, cookie, n, duration));
        }
        const [w, b, s] = runs.map(best) as [Load, Load, Load];
        const ratio = (x: number) => `${(x / w.rps).toFixed(1)}×`;
        log(
          `| ${r.name} | ${(Buffer.byteLength(answers.bodies[r.name]!) / 1024).toFixed(1)} KB | ${queries.get(r.name)} | ${n} | ${w.rps.toFixed(0)} | ${w.p99} | ${w.errors} | ${b.rps.toFixed(0)} | ${s.rps.toFixed(0)} | ${s.p99} | ${ratio(b.rps)} | ${ratio(s.rps)} |`,
        );
      }
    }
    log('');
    log(
      '÷: how many times more requests per second the bare server answers than Warrant (goal: ÷ bare + SQL ≤ 2, Warrant p99 ≤ 100 ms at 200 connections, no errors).',
    );
  } finally {
    for (const child of children) await stopProcess(child);
    await rm(dir, { recursive: true, force: true });
  }
}

if (args.serve === 'warrant') {
  await serveWarrant(args.db!);
  process.once('SIGINT', () => process.exit(0)); // exits cleanly, so that --cpu-prof writes its profile
} else if (args.serve === 'bare') {
  await serveBare(args.db!, args.answers!);
  process.once('SIGINT', () => process.exit(0));
} else {
  await bench();
}
