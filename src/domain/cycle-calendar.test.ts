import { describe, expect, it } from 'vitest';
import { cycleCalendar, type CycleFacts } from './cycle-calendar.js';
import { happenedOnProblem, latestToday } from './cycle.js';

const facts = (over: Partial<CycleFacts>): CycleFacts => ({
  cycleLabel: '2010-11',
  today: '2011-09-01',
  leaderInterviews: 0,
  winterInterviews: 0,
  strategies: 0,
  dddVersions: 0,
  memberCheck: { state: 'not sent', respondedFully: 0, recipients: 0, openCorrections: 0, label: 'not yet sent for member check' },
  isfs: { total: 0, complete: 0 },
  summaries: { done: 0, toDo: 0 },
  findings: 0,
  dfrrSent: false,
  followUpInterviews: 0,
  recommendations: 0,
  uptakeRecorded: 0,
  ...over,
});
const followUp = (over: Partial<CycleFacts>) => cycleCalendar(facts(over)).find((s) => s.key === 'follow_up')!;

describe('the follow-up step of the cycle calendar', () => {
  it("is done once the uptake of every one of the cycle's recommendations is recorded", () => {
    expect(followUp({ recommendations: 2, uptakeRecorded: 2 })).toMatchObject({ state: 'done', detail: 'uptake recorded for 2 of 2 recommendations' });
    expect(followUp({ recommendations: 2, uptakeRecorded: 1 })).toMatchObject({ state: 'in progress', detail: 'uptake recorded for 1 of 2 recommendations' });
    expect(followUp({ recommendations: 2, followUpInterviews: 3 })).toMatchObject({
      state: 'in progress',
      detail: 'uptake recorded for 0 of 2 recommendations; 3 leader interviews the next autumn',
    });
    expect(followUp({ recommendations: 1, today: '2011-12-01' })).toMatchObject({ state: 'late', detail: 'not yet' });
  });

  it('is done by the next autumn’s leader interviews where the cycle made no recommendation', () => {
    expect(followUp({ followUpInterviews: 4 })).toMatchObject({ state: 'done', detail: '4 leader interviews the next autumn' });
    expect(followUp({})).toMatchObject({ state: 'not started', detail: 'not yet' });
  });
});

describe('the day something happened with a partner', () => {
  it('is a date, not after today, and not before its cycle began', () => {
    expect(happenedOnProblem('2011-05-20', '2011-06-01', '2010-11', 'the date sent')).toBeNull();
    expect(happenedOnProblem('2011-5-20', '2011-06-01', '2010-11', 'the date sent')).toBe('the date sent is a date, YYYY-MM-DD');
    expect(happenedOnProblem('2011-06-02', '2011-06-01', '2010-11', 'the date sent')).toMatch(
      /is in the future: say the day it happened, today \(2011-06-01\)/,
    );
    expect(happenedOnProblem('2010-06-30', '2011-06-01', '2010-11', 'the date sent')).toMatch(/before the cycle 2010-11 began \(2010-07-01\)/);
    expect(happenedOnProblem('2010-06-30', '2011-06-01', '', 'the date sent')).toBeNull();
  });

  it('may be the day it already is east of the server', () => {
    expect(latestToday('2011-06-01T09:00:00.000Z')).toBe('2011-06-01');
    expect(latestToday('2011-06-01T11:00:00.000Z')).toBe('2011-06-02');
  });
});
