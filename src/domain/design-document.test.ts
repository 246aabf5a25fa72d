import { describe, expect, it } from 'vitest';
import { type DesignContent, type DesignSection, diffDesign } from './design-document.js';

const walks = {
  type: 'Organizational routine',
  description: 'Learning Walks',
  rolesServed: ['school leaders'],
  frequency: 'monthly',
  provider: '',
  coParticipation: false,
};
const section = (over: Partial<DesignSection>): DesignSection => ({
  key: 'str_1',
  number: 1,
  name: 'Strategy one',
  goal: 'Better tasks',
  practices: [],
  supports: [walks],
  accountability: [],
  ...over,
});
const content = (s: DesignSection): DesignContent => ({ district: 'Lakeside', cycle: '2010-11', sections: [s] });

describe('comparing two versions of a design document', () => {
  it('shows an element whose words changed as changed, with the words that changed', () => {
    const [diff] = diffDesign(content(section({})), content(section({ supports: [{ ...walks, frequency: 'quarterly' }] })));
    expect(diff!.status).toBe('changed');
    const changes = diff!.lines.filter((l) => l.op !== 'same');
    expect(changes).toHaveLength(1);
    const [line] = changes;
    expect(line).toMatchObject({ op: 'changed', was: expect.stringContaining('monthly'), text: expect.stringContaining('quarterly') });
    if (line?.op !== 'changed') throw new Error('not a changed line');
    expect(line.words.filter((w) => w.op !== 'same')).toEqual([
      { op: 'removed', text: 'monthly' },
      { op: 'added', text: 'quarterly' },
    ]);
  });

  it('shows an element of another type, or one more, as removed and added', () => {
    const tool = { ...walks, type: 'Tool', description: 'A protocol for observing' };
    const [diff] = diffDesign(content(section({})), content(section({ supports: [tool], goal: 'Better tasks for every student' })));
    expect(diff!.lines.filter((l) => l.op !== 'same').map((l) => l.op)).toEqual(['changed', 'removed', 'added']);
    const [more] = diffDesign(content(section({})), content(section({ supports: [walks, tool] })));
    expect(more!.lines.filter((l) => l.op !== 'same')).toEqual([{ op: 'added', text: expect.stringContaining('A protocol for observing') }]);
  });
});
