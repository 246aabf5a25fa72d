import { ApiError } from '../../api/client';
import { Empty, ErrorState, Loading } from '../../components/states';
import { usePartnerDistrict } from '../design/queries';
import { FeedbackDownloads } from './FeedbackDownloads';
import { onDay, usePartnerReport } from './queries';

/**
 * A partner leader's view: their district's latest feedback report as files, and when it was sent.
 * Nothing of the team's working view (the in-house basis, the evidence) is asked for.
 */
export function PartnerFeedback() {
  const districtId = usePartnerDistrict();
  const report = usePartnerReport(districtId);
  return (
    <div className="feedback-page partner">
      <h1>District Feedback and Recommendations Report</h1>
      {!districtId && <Empty>Your account is not linked to a district of this partnership yet: ask the lead researcher.</Empty>}
      {districtId && report.isPending && <Loading what="your district's feedback report" />}
      {report.isError &&
        (report.error instanceof ApiError && report.error.status === 400 ? (
          <Empty>
            Nothing can be produced yet: the research team has not finished your district's feedback report for this year. It will be here once they have.
          </Empty>
        ) : (
          <ErrorState error={report.error} />
        ))}
      {districtId && report.data && (
        <>
          <p className="report-for">{report.data.subtitle}</p>
          <p className="report-sent">
            {report.data.sentOn ? (
              <>
                Sent to your district on <time dateTime={report.data.sentOn}>{onDay(report.data.sentOn)}</time>.
              </>
            ) : (
              'Not sent to your district yet: this is the report as it stands.'
            )}
          </p>
          <p className="hint">
            For each of your district's strategies: what the interviews found about the supports and practices, why, and the research team's recommendations,
            which are proposals for discussion.
          </p>
          <FeedbackDownloads districtId={districtId} team={false} />
        </>
      )}
    </div>
  );
}
