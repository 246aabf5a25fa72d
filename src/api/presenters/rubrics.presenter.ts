import type { Rubric } from '../../services/rubrics.js';

export const presentRubric = (r: Rubric) => ({
  id: r.id,
  name: r.name,
  description: r.description,
  dimensions: r.dimensions.map((d) => ({
    id: d.id,
    name: d.name,
    description: d.description,
    levels: d.levels.map((l) => ({ value: l.value, label: l.label, descriptor: l.descriptor })),
  })),
  version: r.version,
  createdBy: r.createdBy,
  createdAt: r.createdAt,
  updatedBy: r.updatedBy,
  updatedAt: r.updatedAt,
});
