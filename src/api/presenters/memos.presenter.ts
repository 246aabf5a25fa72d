import type { Memo } from '../../services/memos.js';

export const presentMemo = ({ row, subject, author }: Memo) => ({
  id: row.id,
  subject: subject && { kind: subject.kind, id: subject.id, label: subject.label },
  title: row.title,
  text: row.text,
  author,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedBy: row.updated_by,
  updatedAt: row.updated_at,
  version: row.version,
  retired: row.retired_at ? { at: row.retired_at, by: row.retired_by ?? '', reason: row.retired_reason ?? '' } : null,
});
