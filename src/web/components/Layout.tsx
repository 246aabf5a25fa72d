import { NavLink, Outlet } from 'react-router';
import { useSession } from '../api/session';
import { type NavItem, NavMenu } from './NavMenu';
import { UnsavedChangesGuard } from './unsaved';

/** The district's cycle from its strategies to the uptake of the recommendations, and the two research tools it draws on. */
const DESIGN_AND_FEEDBACK: readonly NavItem[] = [
  { to: '/strategies', label: 'Strategies' },
  { to: '/design', label: 'Design documents' },
  { to: '/feedback', label: 'Feedback' },
  { to: '/uptake', label: 'Uptake' },
  { to: '/framework', label: 'Framework' },
  { to: '/theory', label: 'Theory of action' },
];

/** The research level: coding with the codebook, memos, the coded passages, rubric scores, agreement between coders, and projects exchanged with other QDA tools. */
const CODING: readonly NavItem[] = [
  { to: '/codebook', label: 'Codebook' },
  { to: '/retrieval', label: 'Coded passages' },
  { to: '/memos', label: 'Memos' },
  { to: '/scoring', label: 'Scores' },
  { to: '/reliability', label: 'Reliability' },
  { to: '/exchange', label: 'Exchange with QDA tools' },
];

/** The quantitative side: instruments and their responses, and statistics on the team's measures. */
const MEASURES: readonly NavItem[] = [
  { to: '/instruments', label: 'Instruments' },
  { to: '/analyses', label: 'Analyses of a table' },
];

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
            <NavLink to="/artifacts">Artifacts</NavLink>
            <NavLink to="/summaries">Summaries</NavLink>
            <NavLink to="/findings">Findings</NavLink>
            <NavLink to="/check">Check</NavLink>
            <NavLink to="/search">Search</NavLink>
            <NavMenu label="Design & feedback" items={DESIGN_AND_FEEDBACK} />
            <NavMenu label="Coding" items={CODING} />
            <NavMenu label="Measures" items={MEASURES} />
            <NavMenu
              label="Manage"
              items={[
                { to: '/isf-templates', label: 'ISF templates' },
                ...(can.write ? [{ to: '/import', label: 'Import' }] : []),
                ...(can.lead ? [{ to: '/setup', label: 'Set-up' }] : []),
                ...(me.account.isAdmin ? [{ to: '/audit', label: 'Audit trail' }] : []),
              ]}
            />
          </nav>
        )}
        {!can.read && role === 'partner' && (
          <nav aria-label="Main">
            <NavLink to="/" end>
              Home
            </NavLink>
            <NavLink to="/design">Design document</NavLink>
            <NavLink to="/feedback">Feedback report</NavLink>
            <NavLink to="/achievement">Student achievement</NavLink>
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
