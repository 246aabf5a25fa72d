import { useId } from 'react';
import { type Audience, feedbackReportUrl, REPORT_FORMATS } from './queries';

interface Edition {
  audience: Audience;
  name: string;
  note: string;
}

const EDITIONS: Record<Audience, Edition> = {
  partner: { audience: 'partner', name: 'Partner version', note: 'as the district reads it' },
  team: { audience: 'team', name: 'Team version', note: 'with the in-house basis of the explanations and recommendations and the evidence appendix; never for partners' },
};

/**
 * The District Feedback and Recommendations Report as files, in each format: partner leaders get
 * the partner version only; the team also gets its own. Without a cycle, the latest.
 */
export function FeedbackDownloads({ districtId, cycle, team }: { districtId: string; cycle?: string; team: boolean }) {
  const headingId = useId();
  const editions = team ? [EDITIONS.partner, EDITIONS.team] : [EDITIONS.partner];
  return (
    <section className="feedback-downloads" aria-labelledby={headingId}>
      <h2 id={headingId}>Download the feedback report</h2>
      <ul>
        {editions.map((e) => (
          <li key={e.audience}>
            <strong>{e.name}</strong> <span className="muted">({e.note})</span>:{' '}
            {REPORT_FORMATS.map(([format, label], i) => (
              <span key={format}>
                {i > 0 && ' · '}
                <a href={feedbackReportUrl(districtId, { ...(cycle && { cycle }), format, audience: e.audience })} download>
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
