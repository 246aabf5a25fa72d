import type { InstrumentRow } from '../storage/repositories/instrument.repository.js';
import type { ServiceContext } from './context.js';
import { levelsAsResponses, type MeasuredLevels, OBSERVATION_RUBRIC } from './lesson-scores.js';

/**
 * What the measures of an instrument are computed from, one per participant and cycle: the stored
 * responses to a survey or test; for an observation rubric, each teacher's levels from the scores
 * of their lessons that cycle.
 */
export type MeasuredResponse = MeasuredLevels & { instrument_id: string };

export async function measuredResponses(ctx: ServiceContext, instrument: InstrumentRow): Promise<MeasuredResponse[]> {
  if (instrument.kind !== OBSERVATION_RUBRIC) return ctx.store.instruments.allResponses(instrument.id);
  const [items, rows] = await Promise.all([ctx.store.instruments.items(instrument.id), ctx.store.lessonScores.ofInstrument(instrument.id)]);
  return levelsAsResponses(
    rows,
    items.map((i) => i.key),
  ).map((r) => ({ ...r, instrument_id: instrument.id }));
}

/** A participant's measured responses to every instrument, surveys' and rubrics' alike. */
export async function measuredResponsesOf(ctx: ServiceContext, participantId: string): Promise<MeasuredResponse[]> {
  const [responses, scores] = await Promise.all([ctx.store.instruments.responsesOf(participantId), ctx.store.lessonScores.ofParticipant(participantId)]);
  const rubrics = [...new Set(scores.map((s) => s.instrument_id))];
  const levels = await Promise.all(
    rubrics.map(async (id) => {
      const items = await ctx.store.instruments.items(id);
      return levelsAsResponses(
        scores.filter((s) => s.instrument_id === id),
        items.map((i) => i.key),
      ).map((r) => ({ ...r, instrument_id: id }));
    }),
  );
  return [...responses, ...levels.flat()];
}
