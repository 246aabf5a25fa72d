import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useSession } from '../api/session';

const WHO = { read: 'the research team', write: 'those who write the analysis (analysts, lead researchers)', lead: 'lead researchers' } as const;

/**
 * A page only some roles may use: others are told so plainly instead of being shown a page whose
 * every request the server would refuse.
 */
export function RoleGate({ need, children }: { need: keyof typeof WHO; children: ReactNode }) {
  const { can, roleLabel } = useSession();
  if (can[need]) return children;
  return (
    <>
      <h1>Not open to your role</h1>
      <p>
        This page is for {WHO[need]}. Your role in this partnership: {roleLabel}.
      </p>
      <p>
        <Link to="/">Back to the partnership's home</Link>
      </p>
    </>
  );
}
