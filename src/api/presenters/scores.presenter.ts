import type { InterviewScores, ScoreDistributions, ScoreView, Trajectory } from '../../services/scores.js';
import { presentRubric } from './rubrics.presenter.js';

export const presentScore = (s: ScoreView) => ({ ...s, passages: s.passages.map((p) => ({ ...p })) });

export const presentInterviewScores = (r: { interviewId: string; rubrics: InterviewScores[] }) => ({
  interviewId: r.interviewId,
  rubrics: r.rubrics.map((x) => ({ rubric: presentRubric(x.rubric), scores: x.scores.map(presentScore), hidden: x.hidden })),
});

export const presentTrajectory = (t: Trajectory) => ({
  ...t,
  rubric: presentRubric(t.rubric),
  dimensions: t.dimensions.map((d) => ({ ...d, points: d.points.map((p) => ({ ...p, scores: p.scores.map(presentScore) })) })),
});

export const presentDistributions = (d: ScoreDistributions) => ({ ...d, rubric: presentRubric(d.rubric) });
