import type { z } from '@hono/zod-openapi';
import { codePath } from '../../domain/codebook.js';
import type { CodeRow } from '../../storage/repositories/code.repository.js';
import type { CodeSchema } from '../schemas/codes.schemas.js';
import { retired, versionInfo } from './common.presenter.js';

/** A code, with its path read from the codebook's codes when they are given. */
export const presentCode = (c: CodeRow, codes: readonly CodeRow[] = [c]): z.infer<typeof CodeSchema> => ({
  id: c.id,
  name: c.name,
  path: codePath(codes, c.id),
  parentId: c.parent_id,
  definition: c.definition,
  inclusion: c.inclusion,
  exclusion: c.exclusion,
  example: c.example,
  colour: c.colour,
  position: c.position,
  guid: c.guid,
  mergedIntoId: c.merged_into_id,
  splitFromId: c.split_from_id,
  retired: retired(c),
  ...versionInfo(c),
});
