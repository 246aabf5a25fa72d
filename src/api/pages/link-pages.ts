import type { Hono } from 'hono';
import { invalid, WarrantError } from '../../domain/errors.js';
import { findUnwritableText } from '../../domain/text.js';
import { completeSetup, LINK_PAGES, resetPassword } from '../../services/accounts.js';
import { answerInvitationLink, invitationAnswered } from '../../services/invitations.js';
import type { ServiceContext } from '../../services/context.js';
import { MIN_PASSWORD_LENGTH, PASSWORD_ADVICE } from '../../services/passwords.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { declare, PUBLIC } from '../policy.js';

/**
 * The pages behind the one-time links (an invitation, a password reset, the first administrator's
 * set-up): plain HTML forms served by the server, so that a link works in any browser.
 */
const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1d2430}
h1{font-size:1.5rem}label{display:block;margin:1rem 0 .25rem;font-weight:600}
input{font:inherit;width:100%;padding:.5rem;border:1px solid #7a8494;border-radius:4px;box-sizing:border-box}
button{font:inherit;margin-top:1.5rem;padding:.6rem 1.2rem;border:0;border-radius:4px;background:#1f4e8c;color:#fff;cursor:pointer}
button:focus,input:focus{outline:3px solid #f0b429;outline-offset:1px}
.error{padding:.75rem;border-left:4px solid #b3261e;background:#fdecea}.done{padding:.75rem;border-left:4px solid #1e7b34;background:#e8f5ea}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)} · Warrant</title><link rel="stylesheet" href="/pages.css"></head>
<body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;
}

interface Field {
  name: string;
  label: string;
  type: 'text' | 'email' | 'password';
  autocomplete: string;
}

function form(action: string, token: string, fields: Field[], submit: string, error?: string): string {
  const inputs = fields
    .map(
      (f) =>
        `<label for="${f.name}">${escape(f.label)}</label><input id="${f.name}" name="${f.name}" type="${f.type}" autocomplete="${f.autocomplete}" required${f.type === 'password' ? ` minlength="${MIN_PASSWORD_LENGTH}"` : ''}>`,
    )
    .join('');
  return `${error ? `<p class="error" role="alert">${escape(error)}</p>` : ''}<form method="post" action="${action}">
<input type="hidden" name="token" value="${escape(token)}">${inputs}<button type="submit">${escape(submit)}</button></form>`;
}

const PASSWORD: Field = { name: 'password', label: `Password (${PASSWORD_ADVICE})`, type: 'password', autocomplete: 'new-password' };

interface LinkPage {
  path: string;
  title: string;
  /** Said before the form and after it (HTML). */
  intro?: string;
  aside?: string;
  submit: string;
  fields: Field[];
  act: (ctx: ServiceContext, form: Record<string, string>) => Promise<string>;
}

const SIGN_IN = '<p><a href="/">Sign in to Warrant</a></p>';

const PAGES: LinkPage[] = [
  {
    path: LINK_PAGES.invitation,
    title: 'Join the partnership on Warrant',
    intro: '<p>New to Warrant? Choose the name others will see and a password for your account.</p>',
    aside:
      '<h2>Already have an account?</h2><p>Then this form is not for you: <a href="/account">sign in to Warrant</a> with your account, ' +
      'and accept the invitation on your account page.</p>',
    submit: 'Create the account and accept',
    fields: [{ name: 'displayName', label: 'Your name', type: 'text', autocomplete: 'name' }, PASSWORD],
    act: async (ctx, f) =>
      invitationAnswered((await answerInvitationLink(ctx, { token: f.token ?? '', displayName: f.displayName ?? '', password: f.password ?? '' })).email),
  },
  {
    path: LINK_PAGES.reset,
    title: 'Choose a new password',
    submit: 'Set the password',
    fields: [PASSWORD],
    act: async (ctx, f) => {
      const account = await resetPassword(ctx, { token: f.token ?? '', password: f.password ?? '' });
      return `The password of ${account.email} is changed, and every earlier session has ended. Sign in with the new password.`;
    },
  },
  {
    path: LINK_PAGES.setup,
    title: 'Set up Warrant: the first administrator',
    submit: 'Create the administrator',
    fields: [
      { name: 'email', label: 'Email', type: 'email', autocomplete: 'email' },
      { name: 'displayName', label: 'Name', type: 'text', autocomplete: 'name' },
      PASSWORD,
    ],
    act: async (ctx, f) => {
      const account = await completeSetup(ctx, { token: f.token ?? '', email: f.email ?? '', displayName: f.displayName ?? '', password: f.password ?? '' });
      return `The administrator ${account.email} is ready. Sign in with this email and password.`;
    },
  },
];

export function registerLinkPages(app: Hono<ApiEnv>): void {
  app.get('/pages.css', declare(app, 'GET', '/pages.css', PUBLIC), (c) =>
    c.body(STYLE, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'max-age=3600' }),
  );
  for (const p of PAGES) {
    const withForm = (token: string, error?: string) => page(p.title, `${p.intro ?? ''}${form(p.path, token, p.fields, p.submit, error)}${p.aside ?? ''}`);
    app.get(p.path, declare(app, 'GET', p.path, PUBLIC), (c) => c.html(withForm(c.req.query('token') ?? '')));
    app.post(p.path, declare(app, 'POST', p.path, PUBLIC), async (c) => {
      const body = await c.req.parseBody();
      const fields = Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'));
      try {
        const unwritable = findUnwritableText(fields);
        if (unwritable)
          throw invalid(`${p.fields.find((f) => f.name === unwritable.path)?.label ?? unwritable.path}: ${unwritable.problem}`, { field: unwritable.path });
        const done = await p.act(serviceContext(c, p.path.slice(1)), fields);
        return c.html(page(p.title, `<p class="done" role="status">${escape(done)}</p>${SIGN_IN}`));
      } catch (e) {
        if (!(e instanceof WarrantError)) throw e;
        return c.html(withForm(fields.token ?? '', e.message), 400);
      }
    });
  }
}
