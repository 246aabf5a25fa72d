import { useQueryClient } from '@tanstack/react-query';
import { useDirectory } from '../../api/queries';
import { useSession } from '../../api/session';
import type { Artifact } from '../../api/types';
import { Retirement } from '../framework/Retirement';
import { day } from '../framework/supportTypes';
import type { Reading } from './ArtifactReader';
import { size } from './upload';

const FORMATS: Record<string, string> = { pdf: 'PDF', docx: 'Word', xlsx: 'Excel', txt: 'text' };

/** The district and cycle an artifact belongs to, by name: "Lakeside Public Schools · 2010-11". */
export function usePlaceOf() {
  const { districts, cycles } = useDirectory();
  return (artifact: Pick<Artifact, 'districtId' | 'cycleId'>) =>
    `${districts.find((d) => d.id === artifact.districtId)?.name ?? artifact.districtId} · ${cycles.find((c) => c.id === artifact.cycleId)?.label ?? artifact.cycleId}`;
}

/** One district document: where it comes from, the original to download, its text to read. */
function ArtifactCard({ artifact, reading, onRead, onRetired }: { artifact: Artifact; reading: boolean; onRead: () => void; onRetired: () => Promise<void> }) {
  const { can } = useSession();
  const placeOf = usePlaceOf();
  const heading = `artifact-${artifact.id}`;
  return (
    <li className={reading ? 'artifact reading' : 'artifact'}>
      <article aria-labelledby={heading}>
        <h3 id={heading}>{artifact.title}</h3>
        <p className="meta">
          <span className="kind">{artifact.kind}</span> · {placeOf(artifact)}
        </p>
        <p className="meta muted">
          {artifact.fileName} ({FORMATS[artifact.format] ?? artifact.format}, {size(artifact.size)}
          {artifact.pages > 0 && `, ${artifact.pages} ${artifact.pages === 1 ? 'page' : 'pages'}`}) · added by {artifact.createdBy} on{' '}
          <time dateTime={artifact.createdAt}>{day(artifact.createdAt)}</time>
        </p>
        <div className="actions">
          <a href={`/api/artifacts/${artifact.id}/file`} download={artifact.fileName}>
            Download the original<span className="visually-hidden"> of {artifact.title}</span>
          </a>
          <button type="button" className="secondary" aria-controls={reading ? 'reader' : undefined} onClick={onRead}>
            Read the text<span className="visually-hidden"> of {artifact.title}</span>
          </button>
          {can.write && <Retirement id={artifact.id} what="the document" name={artifact.title} onRetired={onRetired} />}
        </div>
      </article>
    </li>
  );
}

/** The districts' documents the page's filters show, in the order they were added. */
export function ArtifactList({
  artifacts,
  reading,
  onRead,
}: {
  artifacts: readonly Artifact[];
  reading: string | null;
  onRead: (reading: Reading | null) => void;
}) {
  const client = useQueryClient();
  return (
    <ol className="artifacts">
      {artifacts.map((a) => (
        <ArtifactCard
          key={a.id}
          artifact={a}
          reading={reading === a.id}
          onRead={() => onRead({ id: a.id })}
          onRetired={async () => {
            if (reading === a.id) onRead(null);
            await Promise.all([client.invalidateQueries({ queryKey: ['artifacts'] }), client.invalidateQueries({ queryKey: ['artifact-search'] })]);
          }}
        />
      ))}
    </ol>
  );
}
