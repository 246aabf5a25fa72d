import type { z } from '@hono/zod-openapi';
import type { RoleGroup } from '../../domain/roles.js';
import type { ElementView, StrategyView } from '../../services/strategies.js';
import type { StrategyElementSchema, StrategySchema } from '../schemas/strategies.schemas.js';
import { versionInfo } from './common.presenter.js';

export const presentElement = ({ row, evidence }: ElementView): z.infer<typeof StrategyElementSchema> => ({
  id: row.id,
  strategyId: row.strategy_id,
  kind: row.kind as 'practice' | 'support' | 'accountability',
  position: row.position,
  description: row.description,
  role: row.role as RoleGroup | null,
  target: row.target,
  supportType: row.support_type,
  rolesServed: (row.roles_served ?? '').split(',').filter(Boolean) as RoleGroup[],
  frequency: row.frequency,
  provider: row.provider,
  coParticipation: row.co_participation === null ? null : row.co_participation === 1,
  holder: row.holder,
  held: row.held,
  evidence,
  ...versionInfo(row),
});

export const presentStrategy = ({ strategy, evidence, elements }: StrategyView): z.infer<typeof StrategySchema> => ({
  id: strategy.id,
  districtId: strategy.district_id,
  cycleId: strategy.cycle_id,
  position: strategy.position,
  name: strategy.name,
  goal: strategy.goal,
  evidence,
  elements: elements.map(presentElement),
  ...versionInfo(strategy),
});
