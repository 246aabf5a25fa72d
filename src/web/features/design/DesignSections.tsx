import { type ReactNode, useId } from 'react';
import type { DesignSection } from '../../api/types';
import './design.css';

/**
 * The strategies of a design document as partner leaders read them: each numbered, with its goal,
 * the envisioned forms of practice, the intended supports and the accountability relations.
 * `after` adds to a section what the page needs (the member-check responses, a response form).
 */
export function DesignSections({ sections, after }: { sections: readonly DesignSection[]; after?: (section: DesignSection) => ReactNode }) {
  const prefix = useId();
  return (
    <div className="ddd-sections">
      {sections.map((s) => (
        <section key={s.key} className="ddd-section" aria-labelledby={`${prefix}-${s.key}`}>
          <h3 id={`${prefix}-${s.key}`}>
            Strategy {s.number}. {s.name}
          </h3>
          <p className="ddd-goal">
            <strong>Goal:</strong> {s.goal}
          </p>
          <EnvisionedPractices practices={s.practices} />
          <IntendedSupports supports={s.supports} />
          <AccountabilityRelations relations={s.accountability} />
          {after?.(s)}
        </section>
      ))}
    </div>
  );
}

function EnvisionedPractices({ practices }: { practices: DesignSection['practices'] }) {
  if (practices.length === 0) return <p className="empty">No envisioned practice is named.</p>;
  return (
    <table className="ddd-table">
      <caption>Envisioned forms of practice</caption>
      <thead>
        <tr>
          <th scope="col">Who</th>
          <th scope="col">Practice</th>
          <th scope="col">Target</th>
        </tr>
      </thead>
      <tbody>
        {practices.map((p, i) => (
          <tr key={i}>
            <td>{p.role}</td>
            <td>{p.description}</td>
            <td>{p.target || <span className="muted">none named</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function IntendedSupports({ supports }: { supports: DesignSection['supports'] }) {
  if (supports.length === 0) return <p className="empty">No intended support is named.</p>;
  return (
    <table className="ddd-table">
      <caption>Intended supports</caption>
      <thead>
        <tr>
          <th scope="col">Support</th>
          <th scope="col">Type</th>
          <th scope="col">For</th>
          <th scope="col">How often</th>
          <th scope="col">Provided by</th>
          <th scope="col">With someone more expert</th>
        </tr>
      </thead>
      <tbody>
        {supports.map((s, i) => (
          <tr key={i}>
            <td>{s.description}</td>
            <td>{s.type}</td>
            <td>{s.rolesServed.join(', ')}</td>
            <td>{s.frequency}</td>
            <td>{s.provider}</td>
            <td>{s.coParticipation ? 'yes' : 'no'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AccountabilityRelations({ relations }: { relations: DesignSection['accountability'] }) {
  if (relations.length === 0) return <p className="empty">No accountability relation is named.</p>;
  return (
    <table className="ddd-table">
      <caption>Accountability relations</caption>
      <thead>
        <tr>
          <th scope="col">Who holds</th>
          <th scope="col">Whom accountable</th>
          <th scope="col">For what</th>
        </tr>
      </thead>
      <tbody>
        {relations.map((a, i) => (
          <tr key={i}>
            <td>{a.holder}</td>
            <td>{a.held}</td>
            <td>{a.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
