/**
 * Student achievement by student group over the years, from the districts' aggregates per school,
 * grade and group: each group's students tested, percent at standard and mean scale score over the
 * schools and grades chosen (weighted by the students tested), its gap to all students, and the
 * suppression of groups too small to show outside the team. Pure: no I/O.
 */

export const ALL_STUDENTS = 'All students';
/** The fewest students a figure shown to partners may rest on unless the partnership sets another. */
export const DEFAULT_MINIMUM_CELL = 10;

export interface AchievementCell {
  cycleId: string;
  studentGroup: string;
  numberTested: number;
  percentAtStandard: number | null;
  meanScaleScore: number | null;
}

export interface GroupAchievement {
  cycleId: string;
  studentGroup: string;
  numberTested: number | null;
  /** Σ tested × percent / Σ tested, over the cells that report it. */
  percentAtStandard: number | null;
  meanScaleScore: number | null;
  /** The group's percent at standard minus all students' in the same year, in percentage points. */
  gap: number | null;
  /** Left out because fewer students than the minimum were tested: every figure is null. */
  suppressed: boolean;
}

const weighted = (cells: readonly AchievementCell[], value: (c: AchievementCell) => number | null): number | null => {
  let weight = 0;
  let sum = 0;
  for (const c of cells) {
    const v = value(c);
    if (v === null || c.numberTested === 0) continue;
    weight += c.numberTested;
    sum += c.numberTested * v;
  }
  return weight ? sum / weight : null;
};

const sameGroup = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Each student group's achievement in each year of the cells, all students first, then the groups in
 * the order given. With a minimum, a group of fewer students tested is suppressed, and so is every
 * gap that would let its figures be worked out.
 */
export function groupAchievement(cells: readonly AchievementCell[], cycleOrder: readonly string[], minimum?: number): GroupAchievement[] {
  const groups: string[] = [];
  for (const c of cells) if (!groups.some((g) => sameGroup(g, c.studentGroup))) groups.push(c.studentGroup);
  groups.sort((a, b) => Number(sameGroup(b, ALL_STUDENTS)) - Number(sameGroup(a, ALL_STUDENTS)));
  const out: GroupAchievement[] = [];
  for (const cycleId of cycleOrder) {
    const year = cells.filter((c) => c.cycleId === cycleId);
    if (!year.length) continue;
    const all = year.filter((c) => sameGroup(c.studentGroup, ALL_STUDENTS));
    const allTested = all.reduce((a, c) => a + c.numberTested, 0);
    const allPercent = weighted(all, (c) => c.percentAtStandard);
    for (const group of groups) {
      const mine = year.filter((c) => sameGroup(c.studentGroup, group));
      if (!mine.length) continue;
      const tested = mine.reduce((a, c) => a + c.numberTested, 0);
      const suppressed = minimum !== undefined && (tested < minimum || (!sameGroup(group, ALL_STUDENTS) && allTested > 0 && allTested < minimum));
      const percent = weighted(mine, (c) => c.percentAtStandard);
      out.push({
        cycleId,
        studentGroup: mine[0]!.studentGroup,
        numberTested: suppressed ? null : tested,
        percentAtStandard: suppressed ? null : percent,
        meanScaleScore: suppressed ? null : weighted(mine, (c) => c.meanScaleScore),
        gap: suppressed || percent === null || allPercent === null || sameGroup(group, ALL_STUDENTS) ? null : percent - allPercent,
        suppressed,
      });
    }
  }
  return out;
}
