import type { z } from '@hono/zod-openapi';
import type { ConjectureView } from '../../services/theory.js';
import type { LiteratureRow, RetrospectiveRow, ToaIterationRow } from '../../storage/repositories/theory.repository.js';
import type { ConjectureSchema, IterationSchema } from '../schemas/theory.schemas.js';
import { versionInfo } from './common.presenter.js';

export const presentConjecture = (v: ConjectureView): z.infer<typeof ConjectureSchema> => ({
  id: v.conjecture.id,
  componentId: v.component.id,
  text: v.conjecture.text,
  position: v.conjecture.position,
  revisions: v.revisions.map((r) => ({
    id: r.id,
    version: r.version,
    text: r.text,
    reason: r.reason,
    createdBy: r.created_by,
    createdAt: r.created_at,
    warrant: r.warrant,
  })),
  uptake: v.uptake,
  ...versionInfo(v.conjecture),
});

export const presentIteration = (r: ToaIterationRow): z.infer<typeof IterationSchema> => ({
  id: r.id,
  number: r.number,
  label: r.label,
  dated: r.dated,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export const presentLiterature = (r: LiteratureRow) => ({ id: r.id, authors: r.authors, year: r.year, title: r.title, source: r.source, url: r.url });

export const presentRetrospective = (r: RetrospectiveRow) => ({ id: r.id, title: r.title, summary: r.summary });
