import { z } from '@hono/zod-openapi';

export const CalendarStepSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    when: z.string(),
    due: z.string().nullable(),
    state: z.enum(['done', 'in progress', 'not started', 'late']),
    detail: z.string(),
  })
  .openapi('CalendarStep');
