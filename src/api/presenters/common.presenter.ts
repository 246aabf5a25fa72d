export interface VersionedRow {
  version: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface RetirableRow {
  retired_at: string | null;
  retired_by: string | null;
  retired_reason: string | null;
}

export const versionInfo = (r: VersionedRow) => ({
  version: r.version,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
});

export const retired = (r: RetirableRow) => (r.retired_at ? { at: r.retired_at, by: r.retired_by ?? '', reason: r.retired_reason ?? '' } : null);
