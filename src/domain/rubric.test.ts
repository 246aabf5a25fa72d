import { describe, expect, it } from 'vitest';
import {
  aggregateChange,
  changesSincePrevious,
  checkLevel,
  checkRubric,
  cycleLevels,
  distributions,
  medianLevel,
  previousCycleOf,
  type ScorePoint,
  trajectory,
} from './rubric.js';

const levels = (...values: number[]) => values.map((value) => ({ value, descriptor: `what level ${value} looks like` }));

describe('a rubric', () => {
  it('keeps its levels in order, lowest first, and names unlabelled ones by their value', () => {
    const r = checkRubric({
      name: ' Vision ',
      dimensions: [{ name: 'Role of the teacher', levels: [{ value: 3, label: 'Guide', descriptor: 'c' }, ...levels(1, 2)] }],
    });
    expect(r.name).toBe('Vision');
    expect(r.dimensions[0]!.levels.map((l) => [l.value, l.label])).toEqual([
      [1, 'Level 1'],
      [2, 'Level 2'],
      [3, 'Guide'],
    ]);
  });

  it('refuses levels with the same value, without a descriptor, or not whole numbers, naming the field', () => {
    expect(() => checkRubric({ name: 'V', dimensions: [{ name: 'Tasks', levels: levels(1, 2, 2) }] })).toThrow(
      expect.objectContaining({ message: '"Tasks" has two levels of value 2', details: { field: 'dimensions[0].levels[2].value' } }),
    );
    expect(() => checkRubric({ name: 'V', dimensions: [{ name: 'Tasks', levels: [...levels(1), { value: 2, descriptor: ' ' }] }] })).toThrow(
      expect.objectContaining({ details: { field: 'dimensions[0].levels[1].descriptor' } }),
    );
    expect(() => checkRubric({ name: 'V', dimensions: [{ name: 'Tasks', levels: [...levels(1), { value: 2.5, descriptor: 'x' }] }] })).toThrow(
      expect.objectContaining({ details: { field: 'dimensions[0].levels[1].value' } }),
    );
  });

  it('needs a name, a dimension, distinct dimension names and two levels each', () => {
    expect(() => checkRubric({ dimensions: [{ name: 'T', levels: levels(1, 2) }] })).toThrow(expect.objectContaining({ details: { field: 'name' } }));
    expect(() => checkRubric({ name: 'V', dimensions: [] })).toThrow(expect.objectContaining({ details: { field: 'dimensions' } }));
    expect(() =>
      checkRubric({
        name: 'V',
        dimensions: [
          { name: 'Tasks', levels: levels(1, 2) },
          { name: 'tasks', levels: levels(1, 2) },
        ],
      }),
    ).toThrow(expect.objectContaining({ message: 'dimensions 1 and 2 are both called "tasks"', details: { field: 'dimensions[1].name' } }));
    expect(() => checkRubric({ name: 'V', dimensions: [{ name: 'Tasks', levels: levels(1) }] })).toThrow(
      expect.objectContaining({ details: { field: 'dimensions[0].levels' } }),
    );
  });

  it('scores only the levels a dimension has', () => {
    const d = { name: 'Tasks', levels: [{ value: 1 }, { value: 2 }] };
    expect(checkLevel(d, 2)).toBe(2);
    expect(() => checkLevel(d, 3)).toThrow('"Tasks" is scored 1, 2, not 3');
  });
});

describe('levels across scorers and cycles', () => {
  const cycles = [{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }];
  const point = (participantId: string, cycleId: string, level: number, extra: Partial<ScorePoint> = {}): ScorePoint => ({
    interviewId: `${participantId}-${cycleId}`,
    participantId,
    cycleId,
    dimensionId: 'd1',
    scorer: 'a',
    level,
    ...extra,
  });

  it('takes the lower median of several scorers', () => {
    expect(medianLevel([3, 2])).toBe(2);
    expect(medianLevel([1, 4, 3])).toBe(3);
    expect(medianLevel([])).toBeNull();
    const [l] = cycleLevels([point('p', 'c1', 2), point('p', 'c1', 3, { scorer: 'b' })]);
    expect(l).toMatchObject({ level: 2, scores: 2, agreed: false });
  });

  it('follows a participant across cycles, with the change since each previous cycle', () => {
    const l = cycleLevels([point('p', 'c1', 1), point('p', 'c2', 3), point('p', 'c3', 2)]);
    expect(trajectory(l, cycles, ['d1'])[0]!.points).toEqual([
      { cycleId: 'c1', level: 1, change: null },
      { cycleId: 'c2', level: 3, change: 2 },
      { cycleId: 'c3', level: 2, change: -1 },
    ]);
    expect(previousCycleOf(cycles, 'c1')).toBeUndefined();
    expect(previousCycleOf(cycles, 'c3')).toBe('c2');
  });

  it('compares only with the cycle just before, when both are scored', () => {
    const l = cycleLevels([point('p', 'c1', 1), point('p', 'c3', 3)]);
    expect(changesSincePrevious(l, cycles)).toEqual([]);
  });

  it('counts a group at each level and tells how it changed since the previous cycle', () => {
    const l = cycleLevels([
      point('p', 'c1', 1, { group: 'teacher' }),
      point('p', 'c2', 2, { group: 'teacher' }),
      point('q', 'c1', 2, { group: 'teacher' }),
      point('q', 'c2', 2, { group: 'teacher' }),
      point('r', 'c2', 4, { group: 'teacher' }),
      point('s', 'c1', 3, { group: 'coach' }),
    ]);
    const ds = distributions(l, cycles, [{ id: 'd1', levels: [1, 2, 3, 4] }]);
    const teachers2 = ds.find((d) => d.group === 'teacher' && d.cycleId === 'c2')!;
    expect(teachers2.counts).toEqual([
      { level: 1, participants: 0 },
      { level: 2, participants: 2 },
      { level: 3, participants: 0 },
      { level: 4, participants: 1 },
    ]);
    expect(teachers2).toMatchObject({ participants: 3, mean: 2.67, median: 2, previousMean: 1.5 });
    expect(teachers2.change).toMatchObject({ participants: 2, improved: 1, unchanged: 1, declined: 0, meanChange: 0.5, quality: 'improved' });
    expect(ds.find((d) => d.group === 'teacher' && d.cycleId === 'c1')!.change).toBeNull();
    expect(ds.map((d) => `${d.group} ${d.cycleId}`)).toEqual(['teacher c1', 'teacher c2', 'coach c1']);
  });

  it('reads no change in quality without participants scored in both cycles', () => {
    expect(aggregateChange([])).toMatchObject({ participants: 0, meanChange: null, quality: 'not known' });
    expect(aggregateChange([{ change: -1 }, { change: 0 }]).quality).toBe('declined');
    expect(aggregateChange([{ change: 1 }, { change: -1 }]).quality).toBe('unchanged');
  });
});
