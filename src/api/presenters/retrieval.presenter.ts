import type { CodeRow } from '../../storage/repositories/code.repository.js';

export const presentCodeBrief = (c: CodeRow) => ({ id: c.id, name: c.name, colour: c.colour, parentId: c.parent_id });
