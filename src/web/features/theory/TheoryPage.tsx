import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { useSession } from '../../api/session';
import { Empty, ErrorState, Loading } from '../../components/states';
import { ComponentSection } from './ComponentSection';
import { Iterations } from './Iterations';
import { NewComponent } from './NewComponent';
import { Sources } from './Sources';
import { useTheory } from './theory';
import './theory.css';

/** Once the theory is shown, the conjecture the address names (/theory#cnj_…) is scrolled to and focused. */
function useConjectureInAddress(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [ready, hash]);
}

/**
 * The theory of action: conjectures about the supports and accountability relations that lead to
 * instructional improvement, by component, each with the history of its revisions and their
 * warrant, and the uptake of recommendations based on it; the literature and retrospective
 * analyses they rest on; and the dated iterations of the whole.
 */
export function TheoryPage() {
  const { can } = useSession();
  const theory = useTheory();
  const [said, setSaid] = useState('');
  useConjectureInAddress(Boolean(theory.data));
  return (
    <div className="theory">
      <h1>Theory of action</h1>
      <p className="hint">
        Conjectures about the supports and accountability relations that lead to instructional improvement. Each is revised on the year's evidence (findings
        about the districts' strategies and whether recommendations based on it were acted on, the research literature, retrospective analyses) and every
        version keeps its reason and warrant.{' '}
        {can.write
          ? 'Revise a conjecture when the evidence calls for it, or add evidence to its current version.'
          : 'Analysts and lead researchers revise the conjectures.'}
      </p>
      <p role="status" className="said">
        {said}
      </p>
      {theory.isPending && <Loading what="the theory of action" />}
      {theory.isError && <ErrorState error={theory.error} />}
      {theory.data?.length === 0 && <Empty>The theory has no component yet.</Empty>}
      {theory.data?.map((entry, i) => (
        <ComponentSection key={entry.component.id} entry={entry} number={i + 1} onSaid={setSaid} />
      ))}
      {can.lead && <NewComponent onAdded={(name) => setSaid(`Component added: ${name}.`)} />}
      <Sources onSaid={setSaid} />
      <Iterations onSaid={setSaid} />
    </div>
  );
}
