import { type ReactNode, useId } from 'react';
import type { Strategy, StrategyElement } from '../../api/types';
import { AccountabilityRelation, ElementFeedback } from './ElementFeedback';
import { Explanations } from './Explanations';
import { Recommendations } from './Recommendations';
import { useFeedbackScope } from './scope';

type Assessable = StrategyElement & { kind: 'support' | 'practice' };
const assessable = (e: StrategyElement): e is Assessable => e.kind === 'support' || e.kind === 'practice';

/**
 * One of the district's strategies as the feedback report takes it: what each role group was to
 * come to do and the supports intended, each with how it was implemented; who holds whom
 * accountable; why; and the recommendations.
 */
export function StrategyFeedback({ strategy, number }: { strategy: Strategy; number: number }) {
  const { feedback } = useFeedbackScope();
  const headingId = useId();
  const of = (kind: 'practice' | 'support') => strategy.elements.filter(assessable).filter((e) => e.kind === kind);
  const relations = strategy.elements.filter((e) => e.kind === 'accountability');
  const explanations = feedback.explanations.filter((e) => e.strategyId === strategy.id);
  const recommendations = feedback.recommendations.filter((r) => r.strategyId === strategy.id).sort((a, b) => a.position - b.position);
  return (
    <section className="strategy-feedback" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Strategy {number}: {strategy.name}
      </h2>
      <p className="goal">
        <span className="label">Goal:</span> {strategy.goal}
      </p>
      <Part title="Envisioned practices: how they changed" className="practices">
        <Elements elements={of('practice')} none="No envisioned practices documented." />
      </Part>
      <Part title="Intended supports: how they were implemented" className="supports">
        <Elements elements={of('support')} none="No intended supports documented." />
      </Part>
      <Part title="Accountability relations" className="accountability">
        {relations.length === 0 ? (
          <p className="muted">None documented.</p>
        ) : (
          <ul className="elements">
            {relations.map((e) => (
              <AccountabilityRelation key={e.id} element={e} />
            ))}
          </ul>
        )}
      </Part>
      <Part title="Why: explanations" className="why">
        <Explanations strategyId={strategy.id} explanations={explanations} />
      </Part>
      <Part title="Recommendations" className="recommend">
        <Recommendations strategyId={strategy.id} recommendations={recommendations} explanations={explanations} />
      </Part>
    </section>
  );
}

function Elements({ elements, none }: { elements: readonly Assessable[]; none: string }) {
  if (elements.length === 0) return <p className="muted">{none}</p>;
  return (
    <ol className="elements">
      {elements.map((e) => (
        <ElementFeedback key={e.id} element={e} />
      ))}
    </ol>
  );
}

function Part({ title, className, children }: { title: string; className: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className={`feedback-part ${className}`} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}
