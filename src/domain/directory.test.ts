import { describe, expect, it } from 'vitest';
import { checkName, checkParticipantCode, nextParticipantCode, organizationLabels, roleGroupOf, splitWithDistrict } from './directory.js';

describe('the directory typed by hand', () => {
  it('labels a school with its district only where another listed has its name', () => {
    const districts = new Map([
      ['d1', 'Riverton'],
      ['d2', 'Lakeside'],
    ]);
    const labels = organizationLabels(
      [
        { id: 's1', name: 'Oak Ridge Middle School', districtId: 'd1' },
        { id: 's2', name: 'oak ridge middle school', districtId: 'd2' },
        { id: 's3', name: 'Adams Middle School', districtId: 'd2' },
      ],
      (id) => districts.get(id),
    );
    expect([...labels.values()]).toEqual(['Oak Ridge Middle School (Riverton)', 'oak ridge middle school (Lakeside)', 'Adams Middle School']);
  });

  it('reads a name with its district back', () => {
    expect(splitWithDistrict('Oak Ridge Middle School (Riverton)')).toEqual({ name: 'Oak Ridge Middle School', district: 'Riverton' });
    expect(splitWithDistrict('Oak Ridge Middle School')).toBeUndefined();
    expect(splitWithDistrict('(Riverton)')).toBeUndefined();
  });

  it('checks names, participant IDs and role groups, naming the field', () => {
    expect(checkName('  Oak   Ridge ', 'name', 'a school')).toBe('Oak Ridge');
    expect(checkName(' ', 'name', 'a school')).toEqual({ field: 'name', message: 'name: a school needs a name' });
    expect(checkName('a\u0007b', 'name', 'a school')).toMatchObject({ field: 'name' });
    expect(checkParticipantCode(' LPS-T01 ')).toBe('LPS-T01');
    expect(checkParticipantCode('T 01')).toMatchObject({ field: 'code' });
    expect(roleGroupOf('School leader')).toBe('school_leader');
    expect(roleGroupOf('district-leader')).toBe('district_leader');
    expect(roleGroupOf('principal')).toBeUndefined();
  });

  it('gives the next free participant ID of a role group', () => {
    expect(nextParticipantCode('teacher', [])).toBe('T01');
    expect(nextParticipantCode('teacher', ['T01', 't02', 'C01'])).toBe('T03');
    expect(nextParticipantCode('school_leader', ['T01'])).toBe('SL01');
  });
});
