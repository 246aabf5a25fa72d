import { createContext, type ReactNode, useContext } from 'react';
import type { DistrictFeedback, Finding, SupportType } from '../../api/types';
import type { FeedbackPlace } from './queries';

/** What every part of the feedback page draws on: whose feedback it is, the findings it may cite, and who may change it. */
export interface FeedbackScope {
  place: FeedbackPlace;
  feedback: DistrictFeedback;
  /** The district's live findings of the cycle. */
  findings: readonly Finding[];
  supportTypes: readonly SupportType[];
  canWrite: boolean;
}

const ScopeContext = createContext<FeedbackScope | null>(null);

export function FeedbackScopeProvider({ scope, children }: { scope: FeedbackScope; children: ReactNode }) {
  return <ScopeContext.Provider value={scope}>{children}</ScopeContext.Provider>;
}

export function useFeedbackScope(): FeedbackScope {
  const scope = useContext(ScopeContext);
  if (!scope) throw new Error('useFeedbackScope outside the feedback page');
  return scope;
}
