import { useId } from 'react';

export const REPORT_FORMATS = [
  ['docx', 'Word'],
  ['pdf', 'PDF'],
  ['html', 'HTML'],
  ['md', 'Markdown'],
] as const;

export type ReportFormat = (typeof REPORT_FORMATS)[number][0];

export interface ReportEdition {
  /** What this edition is, as a reader names it: "Partner version". */
  name: string;
  note: string;
  href: (format: ReportFormat) => string;
  /** What each link says it downloads, to those who hear it rather than see it; default: the name. */
  label?: string;
}

/** A generated report's editions as files, each in every format. */
export function ReportDownloads({ title, className, editions }: { title: string; className: string; editions: readonly ReportEdition[] }) {
  const headingId = useId();
  if (editions.length === 0) return null;
  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <ul>
        {editions.map((e) => (
          <li key={e.name}>
            <strong>{e.name}</strong> <span className="muted">({e.note})</span>:{' '}
            {REPORT_FORMATS.map(([format, label], i) => (
              <span key={format}>
                {i > 0 && ' · '}
                <a href={e.href(format)} download>
                  {label}
                  <span className="visually-hidden"> ({e.label ?? e.name.toLowerCase()})</span>
                </a>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
