import { NavLink, Outlet } from 'react-router';
import { useSession } from '../api/session';
import { UnsavedChangesGuard } from './unsaved';

export function Layout() {
  const { me, partnership, partnerships, setPartnership, role, can, signOut, roleLabel } = useSession();
  return (
    <>
      <a className="skip" href="#main">
        Skip to the content
      </a>
      <header className="top">
        <span className="brand">Warrant</span>
        {partnerships.length > 1 ? (
          <label className="partnership">
            <span className="visually-hidden">Partnership</span>
            <select value={partnership?.id ?? ''} onChange={(e) => setPartnership(e.target.value)}>
              {partnerships.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <span className="partnership" title={partnership?.name}>
            {partnership?.name}
          </span>
        )}
        {can.read && (
          <nav aria-label="Main">
            <NavLink to="/" end>
              Home
            </NavLink>
            <NavLink to="/interviews">Interviews</NavLink>
            <NavLink to="/participants">Participants</NavLink>
            <NavLink to="/summaries">Summaries</NavLink>
            <NavLink to="/findings">Findings</NavLink>
            <NavLink to="/check">Check</NavLink>
            <NavLink to="/search">Search</NavLink>
            <NavLink to="/retrieval">Coded passages</NavLink>
            <NavLink to="/memos">Memos</NavLink>
            <NavLink to="/strategies">Strategies</NavLink>
            <NavLink to="/design">Design documents</NavLink>
            <NavLink to="/feedback">Feedback</NavLink>
            <NavLink to="/artifacts">Artifacts</NavLink>
            <NavLink to="/isf-templates">ISF templates</NavLink>
            <NavLink to="/framework">Framework</NavLink>
            <NavLink to="/codebook">Codebook</NavLink>
            <NavLink to="/theory">Theory of action</NavLink>
            <NavLink to="/uptake">Uptake</NavLink>
            <NavLink to="/scoring">Scores</NavLink>
            <NavLink to="/reliability">Reliability</NavLink>
            {can.write && <NavLink to="/import">Import</NavLink>}
            {can.lead && <NavLink to="/setup">Set-up</NavLink>}
            {me.account.isAdmin && <NavLink to="/audit">Audit trail</NavLink>}
          </nav>
        )}
        {!can.read && role === 'partner' && (
          <nav aria-label="Main">
            <NavLink to="/" end>
              Home
            </NavLink>
            <NavLink to="/design">Design document</NavLink>
            <NavLink to="/feedback">Feedback report</NavLink>
          </nav>
        )}
        <span className="account">
          <NavLink to="/account">{me.account.displayName}</NavLink> <span className="role">({roleLabel})</span>
          <button type="button" className="link" onClick={() => void signOut()}>
            Sign out
          </button>
        </span>
      </header>
      <main id="main" tabIndex={-1}>
        <UnsavedChangesGuard>
          <Outlet />
        </UnsavedChangesGuard>
      </main>
    </>
  );
}
