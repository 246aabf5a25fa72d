import { invalid } from './errors.js';

/**
 * Intended vs implemented: for each intended support, whether it happened as intended, how often
 * and with what focus; for each envisioned practice, whether it changed since the previous cycle in
 * frequency and in quality.
 */
export const SUPPORT_VERDICTS = ['as intended', 'partly', 'differently', 'not'] as const;
export type SupportVerdict = (typeof SUPPORT_VERDICTS)[number];

export const SUPPORT_VERDICT_LABELS: Record<SupportVerdict, string> = {
  'as intended': 'Implemented as intended',
  partly: 'Partly implemented',
  differently: 'Implemented differently',
  not: 'Not implemented',
};

export const PRACTICE_CHANGES = ['increased', 'unchanged', 'decreased', 'not known'] as const;
export type PracticeChange = (typeof PRACTICE_CHANGES)[number];
export const QUALITY_CHANGES = ['improved', 'unchanged', 'declined', 'not known'] as const;
export type QualityChange = (typeof QUALITY_CHANGES)[number];

export interface ImplementationInput {
  verdict?: string;
  frequency?: string;
  focus?: string;
  frequencyChange?: string;
  qualityChange?: string;
  text?: string;
}

export interface CheckedImplementation {
  verdict: SupportVerdict | null;
  frequency: string | null;
  focus: string | null;
  frequency_change: PracticeChange | null;
  quality_change: QualityChange | null;
  text: string;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], field: string, what: string): T {
  const v = value?.trim() ?? '';
  if (!allowed.some((a) => a === v)) throw invalid(`${what} is one of: ${allowed.join(', ')}`, { field });
  return v as T;
}

/** Given, one of the allowed values; not given, none (in the first year there is no change to tell). */
const optionalOneOf = <T extends string>(value: string | undefined, allowed: readonly T[], field: string, what: string): T | null =>
  value?.trim() ? oneOf(value, allowed, field, what) : null;

/**
 * Checks an assessment of an element's implementation: a support needs its verdict, a practice its
 * changes since the previous cycle, when there is one (in a partnership's first year they may be left out).
 */
export function checkImplementation(
  kind: string,
  input: ImplementationInput,
  { previousCycle = true }: { previousCycle?: boolean } = {},
): CheckedImplementation {
  const text = input.text?.trim() ?? '';
  if (!text) throw invalid('say what was found', { field: 'text' });
  if (text.length > 8000) throw invalid('what was found is longer than 8,000 characters', { field: 'text' });
  if (kind === 'support') {
    return {
      verdict: oneOf(input.verdict, SUPPORT_VERDICTS, 'verdict', 'whether it was implemented'),
      frequency: input.frequency?.trim() ?? '',
      focus: input.focus?.trim() ?? '',
      frequency_change: null,
      quality_change: null,
      text,
    };
  }
  if (kind === 'practice') {
    return {
      verdict: null,
      frequency: null,
      focus: null,
      frequency_change: (previousCycle ? oneOf : optionalOneOf)(
        input.frequencyChange,
        PRACTICE_CHANGES,
        'frequencyChange',
        'the change in frequency since last year',
      ),
      quality_change: (previousCycle ? oneOf : optionalOneOf)(input.qualityChange, QUALITY_CHANGES, 'qualityChange', 'the change in quality since last year'),
      text,
    };
  }
  throw invalid('implementation is assessed of intended supports and envisioned practices, not of accountability relations', { field: 'element' });
}
