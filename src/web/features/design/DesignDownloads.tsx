import { useId } from 'react';
import { REPORT_FORMATS, reportUrl } from './queries';

interface Edition {
  audience: 'partner' | 'team';
  draft?: boolean;
  /** What this edition is, as a reader names it. */
  name: string;
  note: string;
}

/**
 * The design document as files, in each format. Partner leaders get the partner version only;
 * the team also gets its own version (with the in-house assessment, evidence and member-check
 * record) and, when the strategies changed since the latest issued version, the draft.
 */
export function DesignDownloads({ districtId, cycle, issued, team, changed }: { districtId: string; cycle: string; issued: boolean; team: boolean; changed: boolean }) {
  const headingId = useId();
  const editions: Edition[] = [];
  if (issued) editions.push({ audience: 'partner', name: 'Partner version', note: 'the latest issued version, as partner leaders read it' });
  if (team && issued) editions.push({ audience: 'team', name: 'Team version', note: 'the latest issued version with the in-house assessment, the evidence and the member-check record; never for partners' });
  if (team && (changed || !issued)) editions.push({ audience: 'team', draft: issued, name: 'Team draft', note: 'the strategies as they stand now, not issued' });
  if (editions.length === 0) return null;
  return (
    <section className="ddd-downloads" aria-labelledby={headingId}>
      <h2 id={headingId}>Download</h2>
      <ul>
        {editions.map((e) => (
          <li key={e.name}>
            <strong>{e.name}</strong> <span className="muted">({e.note})</span>:{' '}
            {REPORT_FORMATS.map(([format, label], i) => (
              <span key={format}>
                {i > 0 && ' · '}
                <a href={reportUrl(districtId, { cycle, format, audience: e.audience, ...(e.draft && { draft: true }) })} download>
                  {label}
                  <span className="visually-hidden"> ({e.name.toLowerCase()})</span>
                </a>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
