import writeXlsxFile from 'write-excel-file/node';
import { toCsv } from './safe-csv.js';

/** A table of coded segments: plain column names, one row per coded segment (services/retrieval codedSegments). */
export interface SegmentTable {
  columns: string[];
  rows: Record<string, string | number>[];
}

/** As CSV, safe to open in a spreadsheet (safe-csv), UTF-8 with a header row: read by R's read.csv, Stata's import delimited, SPSS. */
export const codedSegmentsCsv = (t: SegmentTable): string => toCsv(t.columns, t.rows);

/** As an XLSX workbook of one sheet, "coded_segments": numbers as numbers, text as text (never a formula). */
export async function codedSegmentsXlsx(t: SegmentTable): Promise<Buffer> {
  const header = t.columns.map((c) => ({ value: c, type: String, fontWeight: 'bold' as const }));
  const body = t.rows.map((r) =>
    t.columns.map((c) => {
      const v = r[c];
      return typeof v === 'number' ? { value: v, type: Number } : { value: v ?? '', type: String };
    }),
  );
  return writeXlsxFile([header, ...body], { sheet: 'coded_segments', stickyRowsCount: 1 }).toBuffer();
}
