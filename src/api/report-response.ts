import type { Context } from 'hono';
import type { Audience, ReportDocument, ReportFormat } from '../reports/document.js';
import { FILE_EXTENSIONS, MEDIA_TYPES, renderReport } from '../reports/render/index.js';
import type { ApiEnv } from './env.js';

/** A generated document as a download, rendered in the format asked for; `name` has no extension. */
export async function sendReport(c: Context<ApiEnv>, doc: ReportDocument, format: ReportFormat, name: string): Promise<never> {
  const bytes = await renderReport(doc, format);
  return c.body(new Uint8Array(bytes), 200, {
    'Content-Type': MEDIA_TYPES[format],
    'Content-Disposition': `attachment; filename="${name}${FILE_EXTENSIONS[format]}"`,
  }) as never;
}

/** `Lakeside-2010-11-ddd-partner`: the district and cycle of the document's subtitle, which report, and for whom. */
export const districtReportName = (doc: ReportDocument, report: 'ddd' | 'dfrr', audience: Audience): string =>
  `${doc.subtitle.replace(/[^\w ,.-]+/g, '').replace(/\s+/g, '-')}-${report}-${audience}`;
