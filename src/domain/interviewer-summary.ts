/** How the speakers taken as an interview's interviewer were chosen (domain/transcript chooseInterviewer). */
export type InterviewerChoiceBy = 'label' | 'mapping' | 'none';

/** One interview of an import, and the speaker labels taken as its interviewer. */
export interface InterviewerOfImport {
  interview: string;
  labels: string[];
  by: InterviewerChoiceBy;
}

const n = (x: number) => x.toLocaleString('en-US');

/**
 * Which labels an import took as the interviewer, over its interviews:
 * `"Interviewer" in 12, "I" in 3; as the team said: "Speaker 1" in 2; no speaker taken as the interviewer in 1 (T07-0910)`.
 */
export function interviewerSummary(interviews: readonly InterviewerOfImport[]): string {
  const byLabel = new Map<string, number>();
  const mapped = new Map<string, number>();
  const none: string[] = [];
  for (const i of interviews) {
    if (i.by === 'none') none.push(i.interview);
    const counts = i.by === 'mapping' ? mapped : byLabel;
    for (const label of i.labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const list = (counts: Map<string, number>) => [...counts].map(([label, count]) => `"${label}" in ${n(count)}`).join(', ');
  return [
    byLabel.size ? list(byLabel) : '',
    mapped.size ? `as the team said: ${list(mapped)}` : '',
    none.length ? `no speaker taken as the interviewer in ${n(none.length)} (${none.join(', ')})` : '',
  ]
    .filter(Boolean)
    .join('; ');
}
