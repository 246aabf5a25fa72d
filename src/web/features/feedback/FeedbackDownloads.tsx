import { ReportDownloads, type ReportEdition } from '../../components/ReportDownloads';
import { feedbackReportUrl, onDay } from './queries';

/** A version of the report as it was sent to the district. */
export interface SentVersion {
  number: number;
  sentOn: string;
}

/**
 * The District Feedback and Recommendations Report as files, in each format: every version sent,
 * as it was sent, newest first; the team also gets the draft of the next version (what the
 * district would read if it were sent now) and its own version. Without a cycle, the latest.
 */
export function FeedbackDownloads({ districtId, cycle, team, sent }: { districtId: string; cycle?: string; team: boolean; sent: readonly SentVersion[] }) {
  const url =
    (options: { audience: 'partner' | 'team'; version?: number; draft?: boolean; designAppendix?: boolean }) =>
    (format: Parameters<ReportEdition['href']>[0]) =>
      feedbackReportUrl(districtId, { ...(cycle && { cycle }), format, ...options });
  const editions: ReportEdition[] = [...sent]
    .sort((a, b) => b.number - a.number)
    .map((v, n) => ({
      name: `Version ${v.number}, as sent`,
      note: `sent to the district on ${onDay(v.sentOn)}${n > 0 ? '; superseded' : ''}`,
      href: url({ audience: 'partner', version: v.number }),
      label: n === 0 ? 'partner version' : `partner version ${v.number}, superseded`,
    }));
  if (team) {
    const next = Math.max(0, ...sent.map((v) => v.number)) + 1;
    editions.push({
      name: next > 1 ? `Draft of version ${next}` : 'Partner version, not sent yet',
      note: 'what the district would read if it were sent now',
      href: url({ audience: 'partner', draft: true }),
    });
    editions.push({
      name: next > 1 ? `Draft of version ${next} with the design appendix` : 'Partner version with the design appendix, not sent yet',
      note: 'the same, with the tables of each strategy’s practices, supports and accountability relations at the end',
      href: url({ audience: 'partner', draft: true, designAppendix: true }),
    });
    editions.push({
      name: 'Team version',
      note: 'with the in-house basis of the explanations and recommendations and the evidence appendix; never for partners',
      href: url({ audience: 'team' }),
    });
  }
  return <ReportDownloads title="Download the feedback report" className="feedback-downloads" editions={editions} />;
}
