import { ReportDownloads, type ReportEdition } from '../../components/ReportDownloads';
import { reportUrl } from './queries';

/**
 * The design document as files, in each format. Partner leaders get the partner version only;
 * the team also gets its own version (with the in-house assessment, evidence and member-check
 * record) and, when the strategies changed since the latest issued version, the draft.
 */
export function DesignDownloads({
  districtId,
  cycle,
  issued,
  team,
  changed,
}: {
  districtId: string;
  cycle: string;
  issued: boolean;
  team: boolean;
  changed: boolean;
}) {
  const url =
    (audience: 'partner' | 'team', draft = false) =>
    (format: Parameters<ReportEdition['href']>[0]) =>
      reportUrl(districtId, { cycle, format, audience, ...(draft && { draft: true }) });
  const editions: ReportEdition[] = [];
  if (issued) editions.push({ name: 'Partner version', note: 'the latest issued version, as partner leaders read it', href: url('partner') });
  if (team && issued)
    editions.push({
      name: 'Team version',
      note: 'the latest issued version with the in-house assessment, the evidence and the member-check record; never for partners',
      href: url('team'),
    });
  if (team && (changed || !issued)) editions.push({ name: 'Team draft', note: 'the strategies as they stand now, not issued', href: url('team', issued) });
  return <ReportDownloads title="Download" className="ddd-downloads" editions={editions} />;
}
