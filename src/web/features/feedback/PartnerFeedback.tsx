import { ApiError } from '../../api/client';
import { Empty, ErrorState, Loading } from '../../components/states';
import { PartnerCycleFilter, usePartnerCycle } from '../design/PartnerCycle';
import { FeedbackDownloads } from './FeedbackDownloads';
import { onDay, usePartnerReport } from './queries';

/**
 * A partner leader's view: their district's feedback report of a year (by default the newest year
 * with something shared) as files, and when it was sent. Nothing of the team's working view (the
 * in-house basis, the evidence) is asked for.
 */
export function PartnerFeedback() {
  const { districtId, shared, cycle, setCycle } = usePartnerCycle();
  const year = shared.data?.cycles.find((c) => c.cycle.label === cycle);
  // A report not sent is not asked for: to the district it does not exist yet.
  const sent = Boolean(year && year.feedbackReports.length > 0);
  const report = usePartnerReport(districtId, cycle, sent);
  return (
    <div className="feedback-page partner">
      <h1>District Feedback and Recommendations Report</h1>
      {!districtId && <Empty>Your account is not linked to a district of this partnership yet: ask the lead researcher.</Empty>}
      {shared.isError && <ErrorState error={shared.error} />}
      {districtId && shared.isPending && <Loading what="your district's feedback report" />}
      {shared.data && cycle && <PartnerCycleFilter shared={shared.data} cycle={cycle} onChange={setCycle} what="feedback report" />}
      {shared.data && !cycle && (
        <Empty>Nothing has been shared with your district yet: the feedback report will appear here once the research team sends it.</Empty>
      )}
      {shared.data && cycle && !year && <ErrorState error={`There is no cycle “${cycle}” in this partnership.`} />}
      {year && !sent && (
        <Empty>Not sent yet: the research team has not sent your district's feedback report for {year.cycle.label}. It will be here once they have.</Empty>
      )}
      {sent && report.isPending && <Loading what="your district's feedback report" />}
      {sent &&
        report.isError &&
        (report.error instanceof ApiError && report.error.status === 400 ? (
          <Empty>
            Nothing can be produced at the moment: the research team is revising your district's feedback report for {cycle}. It will be here once they have.
          </Empty>
        ) : (
          <ErrorState error={report.error} />
        ))}
      {districtId && sent && report.data && (
        <>
          <p className="report-for">{report.data.subtitle}</p>
          <p className="report-sent">
            {report.data.sentOn ? (
              <>
                {report.data.version ? `Version ${report.data.version}, sent` : 'Sent'} to your district on{' '}
                <time dateTime={report.data.sentOn}>{onDay(report.data.sentOn)}</time>
                {year && year.feedbackReports.length > 1 && '; the earlier versions stay here as they were sent'}.
              </>
            ) : (
              'Not sent to your district yet: this is the report as it stands.'
            )}
          </p>
          <p className="hint">
            For each of your district's strategies: what the interviews found about the supports and practices, why, and the research team's recommendations,
            which are proposals for discussion.
          </p>
          <FeedbackDownloads districtId={districtId} cycle={cycle} team={false} sent={year?.feedbackReports ?? []} />
        </>
      )}
    </div>
  );
}
