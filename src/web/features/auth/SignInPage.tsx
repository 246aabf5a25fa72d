import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { answer, api, ApiError, serverInfo, setCsrfToken } from '../../api/client';

export function SignInPage() {
  const client = useQueryClient();
  const meta = useQuery({ queryKey: ['meta'], queryFn: serverInfo });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const me = await answer(api.POST('/api/auth/sign-in', { body: { email, password } }));
      setCsrfToken(me.csrfToken);
      client.setQueryData(['me'], me);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'the server could not be reached');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="sign-in">
      <h1>Sign in to Warrant</h1>
      <form onSubmit={(e) => void submit(e)}>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <label htmlFor="email">Email</label>
        <input id="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <label htmlFor="password">Password</label>
        <input id="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {meta.data?.demoMode && (
        <p className="hint">
          This server runs the demo: sign in as <code>analyst@demo.warrant.test</code> with the password <code>demo-analyst-password</code> (the README lists
          one account per role).
        </p>
      )}
    </main>
  );
}
