import { useState } from 'react';
import { useSession } from '../../api/session';
import type { SupportType } from '../../api/types';
import { History } from '../history/History';
import { Retirement } from './Retirement';
import { SupportTypeEditor } from './SupportTypeEditor';
import { day, useRefreshFramework } from './supportTypes';

/** When a type last changed and who changed it: its version is the number of its refinements plus one. */
function VersionLine({ type }: { type: SupportType }) {
  return (
    <p className="version-line">
      Version {type.version}, {type.version === 1 ? 'added' : 'last changed'} by {type.updatedBy} on{' '}
      <time dateTime={type.updatedAt}>{day(type.updatedAt)}</time>
    </p>
  );
}

/** One type of support: what it is and its potential to support learning; lead researchers refine or retire it. */
export function SupportTypeCard({ type, categories, onRetired }: { type: SupportType; categories: readonly string[]; onRetired: (name: string) => void }) {
  const { can } = useSession();
  const refresh = useRefreshFramework();
  const [editing, setEditing] = useState(false);
  const heading = `type-${type.id}`;
  return (
    <article className="support-type" aria-labelledby={heading}>
      <h3 id={heading}>{type.name}</h3>
      <p className="key">
        Key <code>{type.key}</code>
      </p>
      {editing ? (
        <SupportTypeEditor type={type} categories={categories} onClose={() => setEditing(false)} />
      ) : (
        <>
          <p className="description">{type.description}</p>
          <VersionLine type={type} />
          {can.lead && (
            <div className="actions">
              <button type="button" onClick={() => setEditing(true)}>
                Refine the type
              </button>
              <Retirement
                id={type.id}
                what="the type"
                name={type.name}
                onRetired={async () => {
                  onRetired(type.name);
                  await refresh(type.id);
                }}
              />
            </div>
          )}
        </>
      )}
      <History id={type.id} />
    </article>
  );
}
