import { useState } from 'react';
import { useSession } from '../../api/session';
import { Empty, ErrorState, Loading } from '../../components/states';
import { NewSupportType } from './NewSupportType';
import { SupportTypeCard } from './SupportTypeCard';
import { byCategory, useSupportTypes } from './supportTypes';
import './framework.css';

/**
 * The interpretive framework: the types of support the team explains districts' supports with,
 * grouped by category. It is the team's data, refined over the years by the lead researchers,
 * every change a new version with its reason.
 */
export function FrameworkPage() {
  const { can } = useSession();
  const types = useSupportTypes();
  const [said, setSaid] = useState('');
  const categories = byCategory(types.data ?? []);
  const categoryNames = categories.map((c) => c.name);
  return (
    <div className="framework">
      <h1>Interpretive framework</h1>
      <p className="hint">
        The types of support, each with its potential to support learning that reorganizes (rather than extends) practice. A key attribute of any support: does
        it involve co-participation with someone more expert?{' '}
        {can.lead
          ? 'As a lead researcher you refine the framework: each change is a new version, with its reason in the history.'
          : 'Lead researchers refine it; each change keeps its reason in the history.'}
      </p>
      {can.lead && <NewSupportType categories={categoryNames} onAdded={(t) => setSaid(`Added “${t.name}” to ${t.category}.`)} />}
      <p role="status" className="said">
        {said}
      </p>
      {types.isPending && <Loading what="the framework" />}
      {types.isError && <ErrorState error={types.error} />}
      {types.data?.length === 0 && <Empty>The framework has no type of support yet.</Empty>}
      {categories.map((category) => (
        <section key={category.name} className="support-category" aria-labelledby={`group-${category.types[0]!.id}`}>
          <h2 id={`group-${category.types[0]!.id}`}>
            {category.name}
            {category.types.length > 1 && <span className="muted"> · {category.types.length} kinds</span>}
          </h2>
          {category.types.map((t) => (
            <SupportTypeCard key={t.id} type={t} categories={categoryNames} onRetired={(name) => setSaid(`Retired “${name}”: it stays in the history.`)} />
          ))}
        </section>
      ))}
    </div>
  );
}
