import { describe, expect, it } from 'vitest';
import { type AchievementCell, groupAchievement } from './achievement.js';

const cell = (
  cycleId: string,
  studentGroup: string,
  numberTested: number,
  percentAtStandard: number | null,
  meanScaleScore: number | null = null,
): AchievementCell => ({
  cycleId,
  studentGroup,
  numberTested,
  percentAtStandard,
  meanScaleScore,
});

describe('achievement by student group', () => {
  // Two schools' grade 7: (120 × 40 + 80 × 55) / 200 = 46 percent at standard for all students;
  // English learners (30 × 20 + 10 × 30) / 40 = 22.5, a gap of −23.5 points; mean scale scores likewise.
  const cells = [
    cell('c1', 'All students', 120, 40, 320),
    cell('c1', 'All students', 80, 55, 340),
    cell('c1', 'English learners', 30, 20, 300),
    cell('c1', 'english learners', 10, 30, 310),
    cell('c1', 'Students with disabilities', 6, 10, 290),
    cell('c2', 'All students', 100, 50, null),
  ];

  it('weights each school by the students it tested and gives each group its gap to all students', () => {
    const rows = groupAchievement(cells, ['c1', 'c2']);
    expect(rows.map((r) => [r.cycleId, r.studentGroup, r.numberTested, r.percentAtStandard, r.meanScaleScore, r.gap])).toEqual([
      ['c1', 'All students', 200, 46, 328, null],
      ['c1', 'English learners', 40, 22.5, 302.5, -23.5],
      ['c1', 'Students with disabilities', 6, 10, 290, -36],
      ['c2', 'All students', 100, 50, null, null],
    ]);
  });

  it('suppresses a group of fewer students than the minimum, with its gap', () => {
    const rows = groupAchievement(cells, ['c1', 'c2'], 10);
    expect(rows.find((r) => r.studentGroup === 'Students with disabilities')).toEqual({
      cycleId: 'c1',
      studentGroup: 'Students with disabilities',
      numberTested: null,
      percentAtStandard: null,
      meanScaleScore: null,
      gap: null,
      suppressed: true,
    });
    expect(rows.filter((r) => r.suppressed)).toHaveLength(1);
    expect(groupAchievement([cell('c1', 'All students', 8, 50), cell('c1', 'Boys', 4, 25)], ['c1'], 10).every((r) => r.suppressed)).toBe(true);
  });
});
