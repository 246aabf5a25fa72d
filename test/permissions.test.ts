import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, createApi } from '../src/api/app.js';
import { ITEM_NAMES, policiesOf, routeKey } from '../src/api/policy.js';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
import { loadDemo } from '../src/demo/load-demo.js';
import { createAccount } from '../src/services/accounts.js';
import { grantRole } from '../src/services/memberships.js';
import { sendMemberCheck } from '../src/services/design-documents.js';
import { invite } from '../src/services/invitations.js';
import { startImportJob } from '../src/services/import-jobs.js';
import { createPartnership, resolvePartnership } from '../src/services/partnerships.js';
import { type Answer, ApiClient, signedIn } from './support/api-client.js';
import { openTestDatabase, type TestDatabase } from './support/databases.js';
import { temporaryFolder } from './support/temporary-folders.js';

/**
 * Every route of the router, for every kind of caller: who is let through and who is refused.
 * A route added without a declared policy fails the first test; a route whose policy changes must
 * change the table below.
 */
type Access = 'public' | 'signed-in' | 'read' | 'write' | 'lead' | 'admin' | 'shared' | 'respond' | 'any-team';

const EXPECTED: Record<string, Access> = {
  'GET /api': 'public',
  'GET /api/openapi.json': 'public',
  'GET /pages.css': 'public',
  'GET /assets/*': 'public',
  'GET /*': 'public',
  'GET /invitation': 'public',
  'POST /invitation': 'public',
  'GET /reset-password': 'public',
  'POST /reset-password': 'public',
  'GET /setup': 'public',
  'POST /setup': 'public',
  'POST /api/auth/sign-in': 'public',
  'POST /api/auth/invitations/accept': 'public',
  'POST /api/auth/password-reset': 'public',
  'POST /api/auth/setup': 'public',
  'GET /api/auth/me': 'signed-in',
  'POST /api/auth/sign-out': 'signed-in',
  'POST /api/auth/sign-out-everywhere': 'signed-in',
  'GET /api/auth/invitations': 'signed-in',
  'POST /api/auth/memberships': 'signed-in',
  'GET /api/partnerships': 'signed-in',
  'GET /api/accounts': 'admin',
  'GET /api/audit/verify': 'admin',
  'GET /api/audit/export.csv': 'admin',
  'POST /api/accounts': 'admin',
  'POST /api/accounts/:accountId/reset-link': 'admin',
  'POST /api/accounts/:accountId/disable': 'admin',
  'GET /api/partnerships/:partnershipId/members': 'lead',
  'PUT /api/partnerships/:partnershipId/members/:accountId': 'lead',
  'DELETE /api/partnerships/:partnershipId/members/:accountId': 'lead',
  'POST /api/partnerships/:partnershipId/invitations': 'lead',
  'GET /api/partnerships/:partnershipId/invitations': 'lead',
  'DELETE /api/partnerships/:partnershipId/invitations/:invitationId': 'lead',
  'GET /api/partnerships/:partnershipId/stats': 'read',
  'GET /api/partnerships/:partnershipId/progress': 'read',
  'GET /api/partnerships/:partnershipId/organizations': 'read',
  'GET /api/partnerships/:partnershipId/cycles': 'read',
  'GET /api/partnerships/:partnershipId/participants': 'read',
  'POST /api/partnerships': 'admin',
  'POST /api/partnerships/:partnershipId/cycles': 'lead',
  'POST /api/partnerships/:partnershipId/organizations': 'lead',
  'PATCH /api/organizations/:id': 'lead',
  'POST /api/partnerships/:partnershipId/participants': 'lead',
  'PATCH /api/participants/:id': 'lead',
  'GET /api/partnerships/:partnershipId/participant-attributes': 'read',
  'GET /api/partnerships/:partnershipId/coding-assignments': 'read',
  'POST /api/partnerships/:partnershipId/coding-assignments': 'write',
  'POST /api/partnerships/:partnershipId/coding-assignments/unassign': 'write',
  'POST /api/partnerships/:partnershipId/coding-assignments/done': 'write',
  'POST /api/partnerships/:partnershipId/coding-assignments/reopen': 'write',
  'GET /api/partnerships/:partnershipId/reliability/agreement': 'read',
  'GET /api/partnerships/:partnershipId/reliability/disagreements': 'read',
  'GET /api/partnerships/:partnershipId/reliability/reconciliations': 'read',
  'POST /api/partnerships/:partnershipId/reliability/reconciliations': 'write',
  'POST /api/reliability': 'any-team',
  'POST /api/analyses/describe': 'any-team',
  'POST /api/analyses/correlate': 'any-team',
  'POST /api/analyses/ols': 'any-team',
  'POST /api/analyses/cronbach': 'any-team',
  'GET /api/partnerships/:partnershipId/instruments': 'read',
  'POST /api/partnerships/:partnershipId/instruments/import': 'write',
  'GET /api/instruments/:id': 'read',
  'PATCH /api/instruments/:id/items': 'write',
  'POST /api/instruments/:id/scales': 'write',
  'PATCH /api/scales/:id': 'write',
  'GET /api/instruments/:id/descriptives': 'read',
  'GET /api/instruments/:id/reliability': 'read',
  'GET /api/instruments/:id/agreement': 'read',
  'GET /api/instruments/:id/achievement': 'read',
  'GET /api/districts/:id/achievement': 'shared',
  'GET /api/instruments/:id/change': 'read',
  'GET /api/instruments/:id/export': 'read',
  'POST /api/partnerships/:partnershipId/measures/correlate': 'read',
  'POST /api/partnerships/:partnershipId/measures/ols': 'read',
  'GET /api/participants/:id/measures': 'read',
  'POST /api/partnerships/:partnershipId/participant-attributes': 'lead',
  'PATCH /api/participant-attributes/:id': 'lead',
  'PUT /api/participants/:id/attributes': 'write',
  'GET /api/partnerships/:partnershipId/interviews': 'read',
  'GET /api/interviews/:id': 'read',
  'GET /api/interviews/:id/transcript': 'read',
  'POST /api/interviews/:id/transcript': 'write',
  'POST /api/partnerships/:partnershipId/interviews': 'write',
  'GET /api/partnerships/:partnershipId/search': 'read',
  'GET /api/partnerships/:partnershipId/isf-templates': 'read',
  'GET /api/isf-templates/:id': 'read',
  'POST /api/partnerships/:partnershipId/isf-templates/fields': 'lead',
  'PATCH /api/partnerships/:partnershipId/isf-templates/fields/:key': 'lead',
  'POST /api/partnerships/:partnershipId/isf-templates/order': 'lead',
  'POST /api/partnerships/:partnershipId/isf-templates/fields/:key/retire': 'lead',
  'POST /api/partnerships/:partnershipId/excerpts': 'write',
  'GET /api/excerpts/:id': 'read',
  'GET /api/partnerships/:partnershipId/excerpts/to-review': 'read',
  'POST /api/excerpts/:id/accept': 'write',
  'POST /api/excerpts/:id/reanchor': 'write',
  'POST /api/excerpts/:id/withdraw': 'write',
  'POST /api/partnerships/:partnershipId/codings': 'write',
  'GET /api/interviews/:id/codings': 'read',
  'GET /api/artifacts/:id/codings': 'read',
  'GET /api/codings/:id': 'read',
  'POST /api/codings/:id/uncode': 'write',
  'POST /api/codings/:id/recode': 'write',
  'POST /api/partnerships/:partnershipId/isfs': 'write',
  'GET /api/partnerships/:partnershipId/isfs': 'read',
  'GET /api/isfs/:id': 'read',
  'PUT /api/isfs/:id/entries/:field': 'write',
  'PUT /api/isfs/:id/status': 'write',
  'POST /api/partnerships/:partnershipId/summaries': 'write',
  'GET /api/partnerships/:partnershipId/summaries': 'read',
  'GET /api/summaries/:id': 'read',
  'GET /api/summaries/:id/evidence-candidates': 'read',
  'POST /api/summaries/:id/claims': 'write',
  'GET /api/claims/:id': 'read',
  'PATCH /api/claims/:id': 'write',
  'POST /api/partnerships/:partnershipId/findings': 'write',
  'GET /api/partnerships/:partnershipId/findings': 'read',
  'GET /api/findings/:id': 'read',
  'PATCH /api/findings/:id': 'write',
  'POST /api/citations': 'write',
  'POST /api/retirements': 'write',
  'POST /api/citation-withdrawals': 'write',
  'GET /api/trace/:id': 'read',
  'GET /api/partnerships/:partnershipId/check': 'read',
  'GET /api/history/:id': 'read',
  'POST /api/partnerships/:partnershipId/imports': 'write',
  // Any account may ask, but a job is shown only to those who could have started it.
  'GET /api/imports/:jobId': 'write',
  'GET /api/partnerships/:partnershipId/qdpx': 'write',
  'POST /api/partnerships/:partnershipId/qdpx/check': 'lead',
  'POST /api/partnerships/:partnershipId/qdpx/import': 'lead',
  'GET /api/partnerships/:partnershipId/unassigned-documents': 'read',
  'POST /api/interviews/:id/assignment': 'write',
  'GET /api/partnerships/:partnershipId/support-types': 'read',
  'POST /api/partnerships/:partnershipId/support-types': 'lead',
  'PATCH /api/support-types/:id': 'lead',
  'GET /api/partnerships/:partnershipId/strategies': 'read',
  'POST /api/partnerships/:partnershipId/strategies': 'write',
  'GET /api/strategies/:id': 'read',
  'PATCH /api/strategies/:id': 'write',
  'POST /api/strategies/:id/elements': 'write',
  'PATCH /api/strategy-elements/:id': 'write',
  'POST /api/strategy-evidence': 'write',
  'GET /api/partnerships/:partnershipId/artifacts': 'read',
  'POST /api/partnerships/:partnershipId/artifacts': 'write',
  'GET /api/artifacts/:id': 'read',
  'GET /api/artifacts/:id/file': 'read',
  'GET /api/partnerships/:partnershipId/artifact-search': 'read',
  'GET /api/partnerships/:partnershipId/assessments': 'read',
  'PUT /api/partnerships/:partnershipId/assessments': 'write',
  'GET /api/districts/:id/design-document': 'shared',
  'GET /api/districts/:id/design-document/report': 'shared',
  'POST /api/districts/:id/design-document/versions': 'write',
  'GET /api/ddd-versions/:id/diff': 'shared',
  'POST /api/ddd-versions/:id/member-checks': 'write',
  'GET /api/districts/:id/partner-leaders': 'write',
  'GET /api/member-checks': 'signed-in',
  'GET /api/member-checks/:id': 'shared',
  'POST /api/member-checks/:id/responses': 'respond',
  'GET /api/districts/:id/feedback': 'read',
  'PUT /api/strategy-elements/:id/implementation': 'write',
  'POST /api/strategies/:id/explanations': 'write',
  'PATCH /api/explanations/:id': 'write',
  'POST /api/strategies/:id/recommendations': 'write',
  'PATCH /api/recommendations/:id': 'write',
  'PUT /api/recommendations/:id/uptake': 'write',
  'GET /api/partnerships/:partnershipId/uptake': 'read',
  'POST /api/evidence-links': 'write',
  'POST /api/districts/:id/feedback-reports': 'write',
  'POST /api/districts/:id/feedback-meetings': 'write',
  'GET /api/districts/:id/feedback-report/report': 'shared',
  'GET /api/districts/:id/feedback-narratives': 'read',
  'PUT /api/districts/:id/feedback-narratives': 'write',
  'GET /api/districts/:id/shared': 'shared',
  'PUT /api/excerpts/:id/shareable': 'write',
  'GET /api/districts/:id/quote-candidates': 'read',
  'PUT /api/partnerships/:partnershipId/quote-minimum': 'lead',
  'GET /api/partnerships/:partnershipId/theory': 'read',
  'POST /api/partnerships/:partnershipId/theory/components': 'lead',
  'PATCH /api/theory-components/:id': 'lead',
  'POST /api/partnerships/:partnershipId/conjectures': 'write',
  'POST /api/conjectures/:id/revisions': 'write',
  'POST /api/conjectures/:id/warrant': 'write',
  'GET /api/partnerships/:partnershipId/theory/sources': 'read',
  'POST /api/partnerships/:partnershipId/theory/sources': 'write',
  'GET /api/partnerships/:partnershipId/theory/iterations': 'read',
  'POST /api/partnerships/:partnershipId/theory/iterations': 'lead',
  'GET /api/theory-iterations/:id/document': 'read',
  'GET /api/partnerships/:partnershipId/codes': 'read',
  'POST /api/partnerships/:partnershipId/codes': 'write',
  'GET /api/codes/:id': 'read',
  'PATCH /api/codes/:id': 'write',
  'POST /api/codes/:id/move': 'write',
  'POST /api/codes/:id/merge': 'write',
  'POST /api/codes/:id/split': 'write',
  'GET /api/partnerships/:partnershipId/codebook/export': 'read',
  'POST /api/partnerships/:partnershipId/codebook/import': 'write',
  'GET /api/partnerships/:partnershipId/memos': 'read',
  'POST /api/partnerships/:partnershipId/memos': 'write',
  'GET /api/memos/:id': 'read',
  'PATCH /api/memos/:id': 'write',
  'GET /api/partnerships/:partnershipId/coded': 'read',
  'GET /api/partnerships/:partnershipId/code-query': 'read',
  'GET /api/partnerships/:partnershipId/code-matrix': 'read',
  'GET /api/partnerships/:partnershipId/code-cooccurrence': 'read',
  'GET /api/partnerships/:partnershipId/coded-segments': 'read',
  'GET /api/partnerships/:partnershipId/rubrics': 'read',
  'POST /api/partnerships/:partnershipId/rubrics': 'lead',
  'GET /api/rubrics/:id': 'read',
  'PATCH /api/rubrics/:id': 'lead',
  'GET /api/interviews/:id/scores': 'read',
  'POST /api/interviews/:id/scores': 'write',
  'GET /api/scores/:id': 'read',
  'POST /api/scores/:id/withdraw': 'write',
  'GET /api/participants/:id/trajectory': 'read',
  'GET /api/partnerships/:partnershipId/score-distributions': 'read',
};

/**
 * `partner` leads Lakeside, whose design document the routes name; `partner-elsewhere` leads another
 * district of the partnership. `partner-moved` led Lakeside and was sent its member check, then was
 * moved to another district; `partner-removed` was too, then was removed from the partnership.
 * `outsider` is an analyst of another partnership, `partner-outside` a partner leader there.
 */
const CALLERS = [
  'anonymous',
  'admin',
  'lead',
  'analyst',
  'observer',
  'partner',
  'partner-elsewhere',
  'partner-moved',
  'partner-removed',
  'outsider',
  'partner-outside',
] as const;
type Caller = (typeof CALLERS)[number];
/** Callers who may read nothing of the partnership's analysis, nor Lakeside's shared documents. */
const KEPT_OUT: readonly Caller[] = ['anonymous', 'partner-elsewhere', 'partner-moved', 'partner-removed', 'outsider', 'partner-outside'];
/** Callers to whom the partnership, and everything in it, does not exist. */
const STRANGERS: readonly Caller[] = ['partner-removed', 'outsider', 'partner-outside'];
const PASSWORDS: Partial<Record<Caller, [string, string]>> = {
  outsider: ['outsider@example.org', 'outsider-password'],
  'partner-outside': ['leader@another.example', 'another-leader-password'],
  'partner-elsewhere': ['riverton@example.org', 'riverton-password'],
  'partner-moved': ['moved@example.org', 'moved-leader-password'],
  'partner-removed': ['removed@example.org', 'removed-leader-password'],
};

const ALLOWED: Record<Access, readonly Caller[]> = {
  public: CALLERS,
  'signed-in': ['admin', 'lead', 'analyst', 'observer', 'partner', 'partner-elsewhere', 'partner-moved', 'partner-removed', 'outsider', 'partner-outside'],
  read: ['admin', 'lead', 'analyst', 'observer'],
  write: ['admin', 'lead', 'analyst'],
  lead: ['admin', 'lead'],
  admin: ['admin'],
  shared: ['admin', 'lead', 'analyst', 'observer', 'partner'],
  respond: ['partner'],
  // Not about one partnership: a member of any partnership's research team (ratings made outside Warrant).
  'any-team': ['admin', 'lead', 'analyst', 'observer', 'outsider'],
};

/** Which of the known IDs a route's `:id` is, by the resource its path names (`/api/<resource>/:id`); findings otherwise. */
const ITEM_OF_SEGMENT: Record<string, string> = {
  interviews: 'interview',
  excerpts: 'excerpt',
  codings: 'coding',
  codes: 'code',
  memos: 'memo',
  rubrics: 'rubric',
  scores: 'score',
  instruments: 'instrument',
  scales: 'scale',
  isfs: 'isf',
  summaries: 'summary',
  claims: 'claim',
  'isf-templates': 'template',
  'support-types': 'supportType',
  strategies: 'strategy',
  'strategy-elements': 'element',
  artifacts: 'artifact',
  districts: 'district',
  organizations: 'district',
  participants: 'participant',
  'participant-attributes': 'participantAttribute',
  'ddd-versions': 'dddVersion',
  'member-checks': 'memberCheck',
  explanations: 'explanation',
  recommendations: 'recommendation',
  conjectures: 'conjecture',
  'theory-iterations': 'iteration',
  'theory-components': 'component',
};

describe('access to every route', () => {
  let t: TestDatabase;
  let api: Api;
  let routes: { method: string; path: string }[];
  const ids: Record<string, string> = {};
  const known = ids;
  const secrets: string[] = [];
  /** What the moved and removed leaders were sent while they led Lakeside: nobody outside Lakeside may read it now. */
  const leftBehind: string[] = [];
  const signIn = (caller: Caller) => {
    if (caller === 'anonymous') return Promise.resolve(new ApiClient(api));
    const [email, password] = PASSWORDS[caller] ?? [
      DEMO_ACCOUNTS.find((a) => a.role === caller)!.email,
      DEMO_ACCOUNTS.find((a) => a.role === caller)!.password,
    ];
    return signedIn(api, email, password);
  };

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await loadDemo(t.ctx);
    const pid = (await resolvePartnership(t.ctx)).id;
    // Someone of another partnership: an analyst there, a stranger here.
    const other = await createPartnership(t.ctx, 'Another partnership');
    const outsider = await createAccount(t.ctx, { email: 'outsider@example.org', displayName: 'Outsider', password: 'outsider-password' });
    await grantRole(t.ctx, { accountId: outsider.id, partnershipId: other.id, role: 'analyst' });
    const elsewhere = await createAccount(t.ctx, { email: 'riverton@example.org', displayName: 'Riverton leader', password: 'riverton-password' });
    await grantRole(t.ctx, { accountId: elsewhere.id, partnershipId: pid, role: 'partner', district: 'Riverton Unified School District' });
    const granite = {
      id: 'org_0000000000000001',
      partnership_id: other.id,
      kind: 'district' as const,
      name: 'Granite Falls Schools',
      district_id: null,
      created_at: '2011-01-01T00:00:00.000Z',
    };
    await t.store.organizations.insert(granite);
    const outsideLeader = await createAccount(t.ctx, { email: 'leader@another.example', displayName: 'Leader elsewhere', password: 'another-leader-password' });
    await grantRole(t.ctx, { accountId: outsideLeader.id, partnershipId: other.id, role: 'partner', district: granite.id });

    const s = t.store.db;
    const first = async (table: 'interview' | 'excerpt' | 'isf' | 'summary' | 'claim' | 'finding') =>
      (await s.selectFrom(table).select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    Object.assign(ids, {
      partnershipId: pid,
      interview: await first('interview'),
      excerpt: await first('excerpt'),
      isf: await first('isf'),
      summary: await first('summary'),
      claim: await first('claim'),
      finding: await first('finding'),
      template: (await s.selectFrom('isf_template').select('id').where('partnership_id', '=', pid).executeTakeFirstOrThrow()).id,
      accountId: (await t.store.accounts.byEmail('analyst@demo.warrant.test'))!.id,
      jobId: startImportJob(t.ctx, pid, new Uint8Array([1, 2, 3]), 'not-a-zip.zip').id,
      supportType: (await s.selectFrom('support_type').select('id').where('partnership_id', '=', pid).executeTakeFirstOrThrow()).id,
      strategy: (await s.selectFrom('strategy').select('id').orderBy('id').executeTakeFirstOrThrow()).id,
      element: (await s.selectFrom('strategy_element').select('id').orderBy('id').executeTakeFirstOrThrow()).id,
      artifact: (await s.selectFrom('artifact').select('id').orderBy('id').executeTakeFirstOrThrow()).id,
      participant: (await s.selectFrom('participant').select('id').where('partnership_id', '=', pid).orderBy('id').executeTakeFirstOrThrow()).id,
      participantAttribute: (await s.selectFrom('participant_attribute').select('id').orderBy('id').executeTakeFirstOrThrow()).id,
      coding: (await s.selectFrom('coding').select('id').orderBy('id').executeTakeFirstOrThrow()).id,
    });
    const lakeside = (await s.selectFrom('organization').select('id').where('name', '=', 'Lakeside Public Schools').executeTakeFirstOrThrow()).id;
    ids.district = lakeside;
    ids.dddVersion = (
      await s.selectFrom('ddd_version').select('id').where('district_id', '=', lakeside).orderBy('number', 'desc').executeTakeFirstOrThrow()
    ).id;
    ids.memberCheck = (await s.selectFrom('member_check').select('id').executeTakeFirstOrThrow()).id;
    // Two leaders of Lakeside are sent its member check; one is then moved to Riverton, the other removed from the partnership.
    const moved = await createAccount(t.ctx, { email: 'moved@example.org', displayName: 'Moved leader', password: 'moved-leader-password' });
    const removed = await createAccount(t.ctx, { email: 'removed@example.org', displayName: 'Removed leader', password: 'removed-leader-password' });
    for (const a of [moved, removed]) await grantRole(t.ctx, { accountId: a.id, partnershipId: pid, role: 'partner', district: lakeside });
    const message = 'Lakeside leaders: please check the strategies before the November meeting.';
    const sent = await sendMemberCheck(t.ctx, { versionId: ids.dddVersion, recipients: [moved.email, removed.email], message });
    await grantRole(t.ctx, { accountId: moved.id, partnershipId: pid, role: 'partner', district: 'Riverton Unified School District' });
    await s.deleteFrom('membership').where('account_id', '=', removed.id).execute();
    leftBehind.push(message, sent.check.id);
    // An invitation still open: its link must never show, and only those who invite list or withdraw it.
    secrets.push((await invite(t.ctx, { partnershipId: pid, email: 'invited@example.org', role: 'observer' })).token);
    ids.invitationId = (await s.selectFrom('account_link').select('id').where('email', '=', 'invited@example.org').executeTakeFirstOrThrow()).id;
    ids.explanation = (await s.selectFrom('explanation').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    ids.recommendation = (await s.selectFrom('recommendation').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    ids.conjecture = (await s.selectFrom('conjecture').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    ids.iteration = (await s.selectFrom('toa_iteration').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    ids.code = (await s.selectFrom('code').select('id').where('partnership_id', '=', pid).orderBy('id').executeTakeFirstOrThrow()).id;
    ids.memo = (await s.selectFrom('memo').select('id').where('partnership_id', '=', pid).orderBy('id').executeTakeFirstOrThrow()).id;
    // Memos are the team's: on participants' words, interviews and cases, never for partners.
    secrets.push(...(await s.selectFrom('memo').select('text').execute()).map((r) => r.text.split('\n')[0]!));
    ids.rubric = (await s.selectFrom('rubric').select('id').where('partnership_id', '=', pid).executeTakeFirstOrThrow()).id;
    ids.score = (await s.selectFrom('score').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    ids.instrument = (await s.selectFrom('instrument').select('id').where('partnership_id', '=', pid).orderBy('id').executeTakeFirstOrThrow()).id;
    ids.scale = (await s.selectFrom('instrument_scale').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    ids.component = (await s.selectFrom('toa_component').select('id').where('partnership_id', '=', pid).orderBy('id').executeTakeFirstOrThrow()).id;
    const shareableQuotes = new Set((await s.selectFrom('excerpt').select('quote').where('shareable_at', 'is not', null).execute()).map((r) => r.quote));
    // What a partner leader must never read: participants' pseudonyms, their words, and the team's analysis.
    secrets.push(...(await s.selectFrom('participant').select('pseudonym').execute()).map((r) => r.pseudonym));
    secrets.push(...(await s.selectFrom('participant_attribute').select('description').where('description', '!=', '').execute()).map((r) => r.description));
    // Passages marked shareable may be quoted, by role group, in the district's feedback report; no other passage may show.
    secrets.push(
      ...(await s.selectFrom('excerpt').select('quote').where('shareable_at', 'is', null).limit(20).execute())
        .map((r) => r.quote)
        .filter((q) => !shareableQuotes.has(q)),
    );
    secrets.push(...(await s.selectFrom('isf_entry').select('text').limit(20).execute()).map((r) => r.text));
    secrets.push(...(await s.selectFrom('claim').select('text').execute()).map((r) => r.text));
    // The feedback report shares a district's own findings with its leaders; other districts' findings stay hidden.
    secrets.push(...(await s.selectFrom('finding').select('text').where('district_id', '!=', lakeside).execute()).map((r) => r.text));
    secrets.push(...(await s.selectFrom('conjecture').select('text').execute()).map((r) => r.text));
    // Nor the scores given to participants' interviews, or what the scorers noted.
    secrets.push(...(await s.selectFrom('score').select('note').where('note', '!=', '').execute()).map((r) => r.note));
    // Nor the in-house assessment, the leaders' words behind the strategies, or districts' documents as stored.
    secrets.push(...(await s.selectFrom('assessment').select('rationale').execute()).map((r) => r.rationale));
    secrets.push(
      ...(await s.selectFrom('strategy_evidence as e').innerJoin('excerpt as x', 'x.id', 'e.cited_id').select('x.quote').execute()).map((r) => r.quote),
    );
    secrets.push(...(await s.selectFrom('artifact').select('file_name').execute()).map((r) => r.file_name));

    const webRoot = temporaryFolder('warrant-web-');
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Warrant</title>');
    writeFileSync(join(webRoot, 'assets', 'app.js'), 'export {};');
    api = createApi({ store: t.store, demoMode: true, webRoot: `${webRoot}/` });
    // The router lists a route once per handler (its guard, its validators, itself): one of each.
    const unique = new Map(api.routes.filter((r) => r.method !== 'ALL').map((r) => [routeKey(r.method, r.path), { method: r.method, path: r.path }]));
    routes = [...unique.values()];
  });
  afterAll(() => t?.close());

  it('declares a policy for every route of the router, as the table expects', () => {
    const declared = policiesOf(api);
    const keys = routes.map((r) => routeKey(r.method, r.path)).sort();
    expect(keys.filter((k) => !declared.has(k))).toEqual([]);
    expect(keys).toEqual(Object.keys(EXPECTED).sort());
  });

  it('names what the ID of every item route names, for its "does not exist"', () => {
    const unnamed = routes.map((r) => /\/([\w-]+)\/:id\b/.exec(r.path)?.[1]).filter((segment) => segment !== undefined && !(segment in ITEM_NAMES));
    expect([...new Set(unnamed)]).toEqual([]);
  });

  /** A request to the route with real IDs, and a body that fails validation rather than changing data. */
  function call(client: ApiClient, method: string, path: string, ids: Record<string, string> = known): Promise<Answer> {
    const itemOf = (p: string) => ids[ITEM_OF_SEGMENT[p.split('/')[2] ?? ''] ?? 'finding'];
    const url = path
      .replace(/^\/assets\/\*$/, '/assets/app.js')
      .replace(/^\/\*$/, '/interviews')
      .replace(':partnershipId', ids.partnershipId!)
      .replace(':accountId', ids.accountId!)
      .replace(':jobId', ids.jobId!)
      .replace(':invitationId', ids.invitationId!)
      .replace(':field', 'collaboration')
      .replace(':key', 'collaboration')
      .replace(':id', itemOf(path)!);
    // The partner version in Markdown, so that what it shows can be read here.
    if (method === 'GET') return client.get(path.endsWith('/report') ? `${url}?format=md` : url);
    const body =
      path === '/api/citations' || path === '/api/citation-withdrawals'
        ? { citingId: ids.finding }
        : path === '/api/retirements'
          ? { id: ids.finding }
          : path === '/api/strategy-evidence'
            ? { citingId: ids.strategy }
            : path === '/api/evidence-links'
              ? { citingId: ids.recommendation }
              : {};
    return client.send(method, url, body);
  }

  const denied = (a: Answer) => a.status === 401 || a.status === 403 || a.status === 404;

  it.each(CALLERS)('lets %s through exactly where its role allows', async (caller) => {
    const client = await signIn(caller);
    const spare = await signIn(caller); // for signing out everywhere, after signing out of the first session
    const last = ['POST /api/auth/sign-out', 'POST /api/auth/sign-out-everywhere'];
    const ordered = [...routes].sort((a, b) => Number(last.includes(routeKey(a.method, a.path))) - Number(last.includes(routeKey(b.method, b.path))));
    const wrong: string[] = [];
    for (const { method, path } of ordered) {
      const key = routeKey(method, path);
      const answer = await call(key === 'POST /api/auth/sign-out-everywhere' ? spare : client, method, path);
      const expected = ALLOWED[EXPECTED[key]!].includes(caller);
      if (expected === denied(answer)) wrong.push(`${key}: ${answer.status} (${expected ? 'should pass' : 'should be refused'})`);
      // To a caller outside the partnership, nothing in it exists: refused as not found, never as forbidden.
      if (!expected && STRANGERS.includes(caller) && policiesOf(api).get(key)!.scope.kind !== 'none' && answer.status !== 404)
        wrong.push(`${key}: ${answer.status} to ${caller} (should be 404)`);
      const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      if (caller === 'partner' || KEPT_OUT.includes(caller))
        for (const secret of secrets) if (text.includes(secret)) wrong.push(`${key} showed "${secret.slice(0, 40)}" to ${caller}`);
      if (KEPT_OUT.includes(caller))
        for (const secret of leftBehind) if (text.includes(secret)) wrong.push(`${key} showed "${secret.slice(0, 40)}" to ${caller}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers a caller outside the partnership the same for what exists there and what does not exist at all', async () => {
    // The same kinds of ID (and a partnership's name), naming nothing.
    const unknown = Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, v.replace(/_[0-9a-z]+$/, '_00000000000000zz')]));
    const name = (await resolvePartnership(t.ctx, ids.partnershipId)).name;
    const shape = (a: Answer, values: readonly string[]) => {
      let message: string = a.body?.error?.message ?? '';
      for (const v of values) message = message.replaceAll(v, '…');
      return { status: a.status, code: a.body?.error?.code, message };
    };
    const values = [...Object.values(ids), ...Object.values(unknown), name, 'No such partnership'];
    const wrong: string[] = [];
    for (const caller of STRANGERS) {
      const client = await signIn(caller);
      for (const { method, path } of routes) {
        const key = routeKey(method, path);
        const scope = policiesOf(api).get(key)!.scope.kind;
        if (scope === 'none' || path.includes('sign-out')) continue;
        const [real, none] = [shape(await call(client, method, path), values), shape(await call(client, method, path, unknown), values)];
        if (JSON.stringify(real) !== JSON.stringify(none)) wrong.push(`${key} to ${caller}: ${JSON.stringify(real)} vs ${JSON.stringify(none)}`);
        if (scope === 'partnership') {
          const [byName, noName] = [
            shape(await call(client, method, path, { ...ids, partnershipId: name }), values),
            shape(await call(client, method, path, { ...ids, partnershipId: 'No such partnership' }), values),
          ];
          if (JSON.stringify(byName) !== JSON.stringify(noName))
            wrong.push(`${key} by name to ${caller}: ${JSON.stringify(byName)} vs ${JSON.stringify(noName)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('takes member checks away from a partner leader moved to another district or removed, at once', async () => {
    for (const caller of ['partner-moved', 'partner-removed'] as const) {
      const client = await signIn(caller);
      expect((await client.get('/api/member-checks')).body).toEqual([]);
    }
    expect((await (await signIn('partner-removed')).get('/api/partnerships')).body).toEqual([]);
    expect((await (await signIn('partner-moved')).get('/api/auth/me')).body.memberships).toEqual([
      expect.objectContaining({ role: 'partner', districtId: expect.not.stringMatching(ids.district!) }),
    ]);
    // Those who still lead Lakeside see it.
    expect((await (await signIn('partner')).get('/api/member-checks')).body.length).toBeGreaterThan(0);
  });

  it('shows a partner leader only their partnership, without participants or analysis', async () => {
    const partner = await signedIn(api, 'partner@demo.warrant.test', 'demo-partner-password');
    const me = await partner.get('/api/auth/me');
    expect(me.body.memberships).toEqual([expect.objectContaining({ role: 'partner', districtId: expect.any(String) })]);
    expect((await partner.get('/api/partnerships')).body.map((p: { id: string }) => p.id)).toEqual([ids.partnershipId]);
    const search = await partner.get(`/api/partnerships/${ids.partnershipId}/search?q=coach`);
    expect(search.status).toBe(403);
    const transcript = await partner.get(`/api/interviews/${ids.interview}/transcript`);
    expect(transcript.status).toBe(404);
  });
});
