import { ReportDownloads, type ReportEdition } from '../../components/ReportDownloads';
import { feedbackReportUrl } from './queries';

/**
 * The District Feedback and Recommendations Report as files, in each format: partner leaders get
 * the partner version only; the team also gets it with the design's tables in an appendix, and its
 * own version. Without a cycle, the latest.
 */
export function FeedbackDownloads({ districtId, cycle, team }: { districtId: string; cycle?: string; team: boolean }) {
  const url =
    (audience: 'partner' | 'team', designAppendix = false) =>
    (format: Parameters<ReportEdition['href']>[0]) =>
      feedbackReportUrl(districtId, { ...(cycle && { cycle }), format, audience, designAppendix });
  const editions: ReportEdition[] = [{ name: 'Partner version', note: 'as the district reads it', href: url('partner') }];
  if (team)
    editions.push(
      {
        name: 'Partner version with the design appendix',
        note: 'the same, with the tables of each strategy’s practices, supports and accountability relations at the end',
        href: url('partner', true),
      },
      {
        name: 'Team version',
        note: 'with the in-house basis of the explanations and recommendations and the evidence appendix; never for partners',
        href: url('team'),
      },
    );
  return <ReportDownloads title="Download the feedback report" className="feedback-downloads" editions={editions} />;
}
