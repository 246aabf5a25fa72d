import { Link } from 'react-router';
import { useDirectory } from '../../api/queries';
import { useSession } from '../../api/session';
import type { DesignDocument, DesignVersion } from '../../api/types';
import { FilterSelect, useFilters } from '../../components/filters';
import { Empty, ErrorState, Loading } from '../../components/states';
import { DesignDownloads } from './DesignDownloads';
import { DesignSections } from './DesignSections';
import { IssueVersionForm } from './IssueVersionForm';
import { MemberCheckRecord } from './MemberCheckRecord';
import { MemberCheckResponses } from './MemberCheckResponses';
import { PartnerCycleFilter, usePartnerCycle } from './PartnerCycle';
import { onDate, useDesignDocument } from './queries';
import { SendMemberCheckForm } from './SendMemberCheckForm';
import { VersionHistory } from './VersionHistory';
import './design.css';

/**
 * The District Design Document of a district and cycle. The team issues it in versions, sends a
 * version for member check and applies the corrections; a partner leader reads their district's
 * latest issued version of each year (by default the newest year with something shared) and answers
 * the member check sent to them.
 */
export function DesignDocumentPage() {
  const { can, role, roleLabel } = useSession();
  if (can.read) return <TeamDesignDocument />;
  if (role === 'partner') return <PartnerDesignDocument />;
  return (
    <>
      <h1>District Design Document</h1>
      <p>Design documents are shared with the research team and the partner leaders of each district. Your role in this partnership: {roleLabel}.</p>
    </>
  );
}

/** The team's view: any district and cycle, every version, the member-check record, and (for those who write) issuing and sending. */
function TeamDesignDocument() {
  const { can } = useSession();
  const { districts, cycles, error: directoryError } = useDirectory();
  const filters = useFilters();
  const districtName = filters.get('district') || districts[0]?.name || '';
  const district = districts.find((d) => d.name === districtName || d.id === districtName);
  const cycle = filters.get('cycle') || cycles.at(-1)?.label || '';
  const doc = useDesignDocument(district?.id, cycle, Boolean(cycle));
  return (
    <>
      <h1>District Design Document</h1>
      {directoryError && <ErrorState error={directoryError} />}
      <form className="filters" aria-label="Choose the design document" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect
          label="District"
          required
          value={district?.name ?? ''}
          onChange={(v) => filters.set('district', v)}
          options={districts.map((d) => [d.name, d.name])}
        />
        <FilterSelect label="Cycle" required value={cycle} onChange={(v) => filters.set('cycle', v)} options={cycles.map((c) => [c.label, c.label])} />
      </form>
      {filters.get('district') && districts.length > 0 && !district && (
        <ErrorState error={`There is no district named “${filters.get('district')}” in this partnership.`} />
      )}
      {doc.isPending && district && cycle && <Loading what="the design document" />}
      {doc.isError && <ErrorState error={doc.error} />}
      {doc.data && <TeamDocument doc={doc.data} write={can.write} />}
    </>
  );
}

function TeamDocument({ doc, write }: { doc: DesignDocument; write: boolean }) {
  const latest = doc.versions.at(-1);
  const changed = doc.draft?.changedSinceIssued ?? false;
  return (
    <>
      <DocumentStatus doc={doc} />
      <DesignDownloads districtId={doc.district.id} cycle={doc.cycle.label} issued={Boolean(latest)} team changed={changed} />
      {!latest && (
        <Empty>
          No version of {doc.district.name}'s design document for {doc.cycle.label} has been issued yet.
        </Empty>
      )}
      {latest && !write && (
        <p>
          {changed
            ? `The strategies have changed since version ${latest.number}; the change is not issued yet.`
            : `The strategies have not changed since version ${latest.number}.`}
        </p>
      )}
      {write && <IssueVersionForm key={`${doc.district.id}/${doc.cycle.id}`} doc={doc} />}
      {latest && <IssuedVersion version={latest} />}
      {latest && write && <SendMemberCheckForm key={latest.id} districtId={doc.district.id} version={latest} />}
      <MemberCheckRecord checks={doc.checks} versions={doc.versions} />
      {doc.versions.length > 0 && <VersionHistory versions={doc.versions} />}
    </>
  );
}

/** Whose document, which cycle, and where its member check stands. */
function DocumentStatus({ doc }: { doc: DesignDocument }) {
  const latest = doc.versions.at(-1);
  return (
    <dl className="facts ddd-status">
      <dt>District</dt>
      <dd>{doc.district.name}</dd>
      <dt>Cycle</dt>
      <dd>{doc.cycle.label}</dd>
      <dt>Latest version</dt>
      <dd>{latest ? `version ${latest.number}, issued ${onDate(latest.issuedOn)}` : 'none issued yet'}</dd>
      <dt>Member check</dt>
      <dd className={`ddd-state ${doc.status.state.replace(/ /g, '-')}`}>{doc.status.label}</dd>
    </dl>
  );
}

/** An issued version as partner leaders read it. */
function IssuedVersion({ version }: { version: DesignVersion }) {
  return (
    <section className="ddd-version-text" aria-labelledby={`version-${version.id}`}>
      <h2 id={`version-${version.id}`}>
        Version {version.number}, as issued <span className="muted">on {onDate(version.issuedOn)}</span>
      </h2>
      <DesignSections sections={version.sections} />
    </section>
  );
}

/** A partner leader's view: their district's latest issued version of the chosen year, its downloads, and the member check sent to them. */
function PartnerDesignDocument() {
  const { me } = useSession();
  const { districtId, shared, cycle, setCycle } = usePartnerCycle();
  const doc = useDesignDocument(districtId, cycle, Boolean(cycle));
  if (!districtId) {
    return (
      <>
        <h1>District Design Document</h1>
        <Empty>Your account is not linked to a district of this partnership yet: ask the lead researcher.</Empty>
      </>
    );
  }
  if (shared.isError) return <ErrorState error={shared.error} />;
  if (shared.isPending) return <Loading what="your district's design document" />;
  if (!cycle)
    return (
      <>
        <h1>District Design Document</h1>
        <Empty>Nothing has been shared with your district yet: the design document will appear here once the research team issues it.</Empty>
      </>
    );
  if (doc.isPending) return <Loading what="your district's design document" />;
  const chooser = <PartnerCycleFilter shared={shared.data} cycle={cycle} onChange={setCycle} what="design document" />;
  if (doc.isError)
    return (
      <>
        <h1>District Design Document</h1>
        {chooser}
        <ErrorState error={doc.error} />
      </>
    );
  const d = doc.data;
  const latest = d.versions.at(-1);
  const myCheck = latest && d.checks.filter((c) => c.versionId === latest.id && c.recipients.some((r) => r.accountId === me.account.id)).at(-1);
  return (
    <>
      <h1>District Design Document</h1>
      {chooser}
      <p className="ddd-for">
        {d.district.name} · {d.cycle.label}
      </p>
      {!latest && (
        <Empty>
          Nothing has been issued yet: the research team has not issued your district's design document for {d.cycle.label}. It will appear here once they do.
        </Empty>
      )}
      {latest && (
        <>
          <dl className="facts ddd-status">
            <dt>Version</dt>
            <dd>
              {latest.number}, issued {onDate(latest.issuedOn)}
            </dd>
            <dt>Member check</dt>
            <dd className={`ddd-state ${d.status.state.replace(/ /g, '-')}`}>{d.status.label}</dd>
          </dl>
          <DesignDownloads districtId={d.district.id} cycle={d.cycle.label} issued team={false} changed={false} />
          {myCheck ? (
            <section aria-labelledby="partner-version">
              <h2 id="partner-version">Version {latest.number}: your member check</h2>
              <p>
                Sent to you <time dateTime={myCheck.sentOn}>{onDate(myCheck.sentOn)}</time> by {myCheck.sentBy}. For each strategy, confirm it, correct it
                (saying what) or comment; a later response replaces an earlier one. <Link to={`/member-checks/${myCheck.id}`}>Open it on its own page</Link>
              </p>
              {myCheck.message && <blockquote className="mc-message">{myCheck.message}</blockquote>}
              <MemberCheckResponses check={myCheck} version={latest} respond />
            </section>
          ) : (
            <section aria-labelledby="partner-version">
              <h2 id="partner-version">Version {latest.number}</h2>
              <DesignSections sections={latest.sections} />
            </section>
          )}
        </>
      )}
    </>
  );
}
