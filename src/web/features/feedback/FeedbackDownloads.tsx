import { useId, useState } from 'react';
import { ReportDownloads, type ReportEdition } from '../../components/ReportDownloads';
import { feedbackReportUrl } from './queries';

/**
 * The District Feedback and Recommendations Report as files, in each format: partner leaders get
 * the partner version only; the team also gets its own, and may add the design's tables in an
 * appendix. Without a cycle, the latest.
 */
export function FeedbackDownloads({ districtId, cycle, team }: { districtId: string; cycle?: string; team: boolean }) {
  const [designAppendix, setDesignAppendix] = useState(false);
  const id = useId();
  const url = (audience: 'partner' | 'team') => (format: Parameters<ReportEdition['href']>[0]) =>
    feedbackReportUrl(districtId, { ...(cycle && { cycle }), format, audience, designAppendix });
  const editions: ReportEdition[] = [{ name: 'Partner version', note: 'as the district reads it', href: url('partner') }];
  if (team)
    editions.push({
      name: 'Team version',
      note: 'with the in-house basis of the explanations and recommendations and the evidence appendix; never for partners',
      href: url('team'),
    });
  return (
    <>
      <ReportDownloads title="Download the feedback report" className="feedback-downloads" editions={editions} />
      {team && (
        <p className="check">
          <input id={`${id}-appendix`} type="checkbox" checked={designAppendix} onChange={(e) => setDesignAppendix(e.target.checked)} />{' '}
          <label htmlFor={`${id}-appendix`}>With the design’s tables (practices, supports, accountability) in an appendix</label>
        </p>
      )}
    </>
  );
}
