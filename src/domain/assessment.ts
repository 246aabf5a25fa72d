import { invalid } from './errors.js';

/**
 * The team's in-house assessment of a district's strategies, made in the autumn and never shown to
 * partners: (a) are the strategies coherent, (b) would each improve instruction if the role groups
 * developed the envisioned practices, (c) are its supports and accountability relations likely to
 * enable those practices.
 */
export const ASSESSMENT_ASPECTS = ['coherence', 'instruction', 'enablement'] as const;
export type AssessmentAspect = (typeof ASSESSMENT_ASPECTS)[number];

export const ASSESSMENT_QUESTIONS: Record<AssessmentAspect, string> = {
  coherence: 'Are the strategies coherent: mutually reinforcing, or at odds?',
  instruction: 'Would the strategy improve instruction if the role groups developed the envisioned practices?',
  enablement: 'Are its intended supports and accountability relations likely to enable those practices?',
};

/** The aspect as a document labels its judgement. */
export const ASSESSMENT_LABELS: Record<AssessmentAspect, string> = {
  coherence: 'Coherence of the strategies',
  instruction: 'Would improve instruction if the practices developed',
  enablement: 'Supports and accountability likely to enable the practices',
};

export const JUDGEMENTS: Record<AssessmentAspect, readonly string[]> = {
  coherence: ['mutually reinforcing', 'partly coherent', 'at odds'],
  instruction: ['likely', 'uncertain', 'unlikely'],
  enablement: ['likely', 'partly', 'unlikely'],
};

export const isAssessmentAspect = (value: string): value is AssessmentAspect => (ASSESSMENT_ASPECTS as readonly string[]).includes(value);

/** Coherence is judged of the district's strategies together; the other aspects of one strategy. */
export const isPerStrategy = (aspect: AssessmentAspect): boolean => aspect !== 'coherence';

export interface AssessmentInput {
  aspect: string;
  strategyId?: string | null;
  judgement: string;
  rationale: string;
  frameworkRefs?: string[];
}

export function checkAssessment(
  input: AssessmentInput,
  supportTypes: readonly string[],
): { aspect: AssessmentAspect; judgement: string; rationale: string; frameworkRefs: string[] } {
  const aspect = input.aspect.trim();
  if (!isAssessmentAspect(aspect)) throw invalid(`aspect is one of ${ASSESSMENT_ASPECTS.join(', ')}, not "${aspect}"`, { field: 'aspect' });
  if (isPerStrategy(aspect) && !input.strategyId) throw invalid(`the ${aspect} assessment is of one strategy: name it`, { field: 'strategy' });
  if (!isPerStrategy(aspect) && input.strategyId) throw invalid('coherence is assessed across the strategies, not of one strategy', { field: 'strategy' });
  const judgement = input.judgement.trim();
  if (!JUDGEMENTS[aspect].includes(judgement)) throw invalid(`judgement of ${aspect} is one of: ${JUDGEMENTS[aspect].join(', ')}`, { field: 'judgement' });
  const rationale = input.rationale.trim();
  if (!rationale) throw invalid('an assessment needs its rationale', { field: 'rationale' });
  if (rationale.length > 8000) throw invalid('rationale is longer than 8000 characters', { field: 'rationale' });
  const frameworkRefs = [...new Set((input.frameworkRefs ?? []).map((r) => r.trim()).filter(Boolean))];
  const unknown = frameworkRefs.filter((r) => !supportTypes.includes(r));
  if (unknown.length) throw invalid(`the interpretive framework has no support type ${unknown.map((k) => `"${k}"`).join(' or ')}`, { field: 'frameworkRefs' });
  return { aspect, judgement, rationale, frameworkRefs };
}
