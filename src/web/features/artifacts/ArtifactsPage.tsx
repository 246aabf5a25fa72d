import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { answer, api } from '../../api/client';
import { useDirectory } from '../../api/queries';
import { useSession } from '../../api/session';
import { FilterSelect, useFilters } from '../../components/filters';
import { Empty, ErrorState, Loading } from '../../components/states';
import { ArtifactList, usePlaceOf } from './ArtifactList';
import { ArtifactReader, type Reading } from './ArtifactReader';
import { ArtifactSearch } from './ArtifactSearch';
import { UploadArtifact } from './UploadArtifact';
import './artifacts.css';

/**
 * Districts' documents (organization charts, PD schedules, curriculum frameworks, evaluation
 * forms): evidence of their strategies beside the leaders' interviews. Their text is extracted,
 * searchable and readable here; the original stays downloadable.
 */
export function ArtifactsPage() {
  const { partnership, can } = useSession();
  const { districts, cycles, error: directoryError } = useDirectory();
  const filters = useFilters();
  const district = filters.get('district');
  const cycle = filters.get('cycle');
  const [reading, setReading] = useState<Reading | null>(null);
  const artifacts = useQuery({
    queryKey: ['artifacts', partnership?.id, district, cycle],
    queryFn: () =>
      answer(api.GET('/api/partnerships/{partnershipId}/artifacts', { params: { path: { partnershipId: partnership!.id }, query: { district, cycle } } })),
    enabled: Boolean(partnership),
  });
  const count = artifacts.data?.length ?? 0;
  const placeOf = usePlaceOf();
  const listed = new Map((artifacts.data ?? []).map((a) => [a.id, a]));
  return (
    <div className="artifacts-page">
      <h1>District artifacts</h1>
      <p className="hint">
        The districts’ own documents: organization charts, PD schedules, curriculum frameworks, evaluation forms, meeting agendas. Their text is read when they
        are uploaded, so that they can be searched and cited as evidence of a strategy.
      </p>
      {directoryError && <ErrorState error={directoryError} />}
      <form className="filters" aria-label="Filter the documents" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect label="District" value={district} onChange={(v) => filters.set('district', v)} options={districts.map((d) => [d.name, d.name])} />
        <FilterSelect label="Cycle" value={cycle} onChange={(v) => filters.set('cycle', v)} options={cycles.map((c) => [c.label, c.label])} />
      </form>
      {can.write && <UploadArtifact district={district} cycle={cycle} />}
      <div className={reading ? 'split' : undefined}>
        <div className="artifacts-pane">
          <ArtifactSearch
            district={district}
            cycle={cycle}
            placeOf={(id) => {
              const artifact = listed.get(id);
              return artifact && placeOf(artifact);
            }}
            onRead={setReading}
          />
          <section aria-labelledby="documents-title">
            <h2 id="documents-title">Documents{artifacts.data && <span className="muted"> · {count}</span>}</h2>
            {artifacts.isPending && <Loading what="the documents" />}
            {artifacts.isError && <ErrorState error={artifacts.error} />}
            {artifacts.data?.length === 0 && (
              <Empty>
                {district || cycle ? 'No document for these filters.' : `No document yet${can.write ? ': upload the districts’ documents above.' : '.'}`}
              </Empty>
            )}
            {artifacts.data && artifacts.data.length > 0 && <ArtifactList artifacts={artifacts.data} reading={reading?.id ?? null} onRead={setReading} />}
          </section>
        </div>
        {reading && (
          <div id="reader" className="reader-pane">
            <ArtifactReader key={`${reading.id}-${reading.passage ?? ''}`} reading={reading} onClose={() => setReading(null)} />
          </div>
        )}
      </div>
    </div>
  );
}
