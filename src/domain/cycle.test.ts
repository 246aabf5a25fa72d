import { describe, expect, it } from 'vitest';
import { cycleEnds, cycleStarts, dateInCycle, isIsoDate, parseCycleLabel } from './cycle.js';

describe('parseCycleLabel', () => {
  it('reads a school-year label', () => {
    expect(parseCycleLabel('2009-10')).toEqual({ label: '2009-10', startYear: 2009 });
    expect(parseCycleLabel('  2012-13 ')).toEqual({ label: '2012-13', startYear: 2012 });
  });

  it('accepts the century rollover', () => {
    expect(parseCycleLabel('1999-00')).toEqual({ label: '1999-00', startYear: 1999 });
    expect(parseCycleLabel('2099-00')).toEqual({ label: '2099-00', startYear: 2099 });
  });

  it('refuses a label whose second year does not follow the first', () => {
    expect(parseCycleLabel('2009-11')).toBeUndefined();
    expect(parseCycleLabel('2009-09')).toBeUndefined();
    expect(parseCycleLabel('2010-09')).toBeUndefined();
    expect(parseCycleLabel('1999-01')).toBeUndefined();
  });

  it('refuses other spellings', () => {
    for (const label of ['2009-2010', '2009/10', '09-10', '2009', '2009-1', 'year 2009-10', '']) expect(parseCycleLabel(label)).toBeUndefined();
  });
});

describe('cycle dates', () => {
  const c = parseCycleLabel('2009-10')!;

  it('runs from July 1 to June 30 of the next year', () => {
    expect(cycleStarts(c)).toBe('2009-07-01');
    expect(cycleEnds(c)).toBe('2010-06-30');
    expect(cycleEnds(parseCycleLabel('1999-00')!)).toBe('2000-06-30');
  });

  it('includes its first and last days and the days between', () => {
    expect(dateInCycle('2009-07-01', c)).toBe(true);
    expect(dateInCycle('2009-12-31', c)).toBe(true);
    expect(dateInCycle('2010-02-15', c)).toBe(true);
    expect(dateInCycle('2010-06-30', c)).toBe(true);
  });

  it('excludes the days just outside', () => {
    expect(dateInCycle('2009-06-30', c)).toBe(false);
    expect(dateInCycle('2010-07-01', c)).toBe(false);
    expect(dateInCycle('2011-01-15', c)).toBe(false);
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates', () => {
    expect(isIsoDate('2010-02-28')).toBe(true);
    expect(isIsoDate('2012-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2009-12-31')).toBe(true);
  });

  it('refuses dates that do not exist', () => {
    expect(isIsoDate('2010-02-30')).toBe(false);
    expect(isIsoDate('2011-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2010-04-31')).toBe(false);
    expect(isIsoDate('2010-13-01')).toBe(false);
    expect(isIsoDate('2010-00-10')).toBe(false);
    expect(isIsoDate('2010-01-00')).toBe(false);
  });

  it('refuses other formats', () => {
    for (const v of ['2010-2-3', '02/03/2010', '2010-02-03T00:00:00Z', ' 2010-02-03', '20100203', '']) expect(isIsoDate(v)).toBe(false);
  });
});
