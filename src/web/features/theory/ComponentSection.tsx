import { useSession } from '../../api/session';
import type { Theory } from '../../api/types';
import { Empty } from '../../components/states';
import { ConjectureCard } from './ConjectureCard';
import { NewConjecture } from './NewConjecture';
import { RenameComponent } from './RenameComponent';

/** One component of the theory of action, with its conjectures in order; writers state new ones in it. */
export function ComponentSection({ entry, number, onSaid }: { entry: Theory[number]; number: number; onSaid: (said: string) => void }) {
  const { can } = useSession();
  const { component, conjectures } = entry;
  const heading = `component-${component.id}`;
  return (
    <section className="toa-component" aria-labelledby={heading}>
      <h2 id={heading}>
        {number}. {component.name}
      </h2>
      {can.lead && <RenameComponent key={component.version} component={component} />}
      {conjectures.length === 0 && <Empty>No conjecture in this component yet.</Empty>}
      {conjectures.map((c, i) => (
        <ConjectureCard key={c.id} conjecture={c} number={`${number}.${i + 1}`} onSaid={onSaid} />
      ))}
      {can.write && <NewConjecture component={component} onStated={(text) => onSaid(`Conjecture stated in “${component.name}”: ${text}`)} />}
    </section>
  );
}
