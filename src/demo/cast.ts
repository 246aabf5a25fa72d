import type { RoleGroup } from '../domain/roles.js';

/**
 * The demo partnership: three fictional districts working with a university team on middle-school
 * mathematics, interviewed in two cycles. Every name is invented.
 */
export const DEMO_PARTNERSHIP = 'Middle-School Mathematics Partnership (demo)';
export const DEMO_CYCLES = ['2009-10', '2010-11'] as const;
export type DemoCycle = (typeof DEMO_CYCLES)[number];

export const INTERVIEWERS = ['Ana Morales', 'Ben Okafor', 'Chloe Nguyen'] as const;

/** What happens in a school in a cycle; the interviews are written from these facts. */
export interface SchoolFacts {
  /** How often the principal says they observe mathematics lessons. */
  principalObserves: 'weekly' | 'monthly';
  /** How often teachers say school leaders observed them this year. */
  teachersObserved: 'rarely' | 'monthly' | 'weekly';
  /** What principal–coach meetings are about. */
  coachMeetingFocus: 'pacing' | 'instruction';
  /** What weekly teacher meetings are about. */
  collaborationFocus: 'logistics' | 'student_work';
  /** Learning Walks done this year (the district planned one a month). */
  learningWalksDone: number;
}

export interface DemoSchool {
  name: string;
  principal: string;
  coach: string;
  teachers: string[];
  /** A teacher who joined in the second cycle (and the one who left). */
  newTeacher?: { joins: string; leaves: string };
  facts: Record<DemoCycle, SchoolFacts>;
}

export interface DemoDistrictLeader {
  pseudonym: string;
  unit: string;
}

export interface DemoDistrict {
  name: string;
  /** The district's improvement strategy for mathematics, in its own words. */
  strategy: string;
  curriculum: string;
  leaders: DemoDistrictLeader[];
  schools: DemoSchool[];
  /** The school whose interviews the demo's analysis summarises. */
  focalSchool: string;
}

const facts = (a: SchoolFacts, b: Partial<SchoolFacts> = {}): Record<DemoCycle, SchoolFacts> => ({ '2009-10': a, '2010-11': { ...a, ...b } });

export const DEMO_DISTRICTS: DemoDistrict[] = [
  {
    name: 'Lakeside Public Schools',
    strategy: 'principals as instructional leaders in mathematics',
    curriculum: 'Connected Mathematics',
    focalSchool: 'Adams Middle School',
    leaders: [
      { pseudonym: 'Dr. Whitfield', unit: 'Curriculum & Instruction' },
      { pseudonym: 'Mr. Castellanos', unit: 'Leadership' },
      { pseudonym: 'Ms. Haverford', unit: 'Mathematics Department' },
    ],
    schools: [
      {
        name: 'Adams Middle School',
        principal: 'Principal Reyes',
        coach: 'Coach Lindqvist',
        teachers: ['Ms. Alvarez', 'Mr. Brennan', 'Ms. Chen'],
        newTeacher: { joins: 'Mr. Delacroix', leaves: 'Mr. Brennan' },
        facts: facts(
          { principalObserves: 'monthly', teachersObserved: 'rarely', coachMeetingFocus: 'pacing', collaborationFocus: 'logistics', learningWalksDone: 0 },
          { principalObserves: 'weekly', learningWalksDone: 1 },
        ),
      },
      {
        name: 'Birchwood Middle School',
        principal: 'Principal Okonkwo',
        coach: 'Coach Varga',
        teachers: ['Ms. Eriksen', 'Mr. Fontaine', 'Ms. Gupta'],
        facts: facts(
          { principalObserves: 'monthly', teachersObserved: 'monthly', coachMeetingFocus: 'pacing', collaborationFocus: 'logistics', learningWalksDone: 1 },
          { coachMeetingFocus: 'instruction', collaborationFocus: 'student_work', learningWalksDone: 3 },
        ),
      },
      {
        name: 'Cedar Ridge Middle School',
        principal: 'Principal Sorensen',
        coach: 'Coach Mbeki',
        teachers: ['Ms. Holloway', 'Mr. Ibarra', 'Ms. Jansen'],
        facts: facts({
          principalObserves: 'weekly',
          teachersObserved: 'monthly',
          coachMeetingFocus: 'pacing',
          collaborationFocus: 'logistics',
          learningWalksDone: 1,
        }),
      },
    ],
  },
  {
    name: 'Riverton Unified School District',
    strategy: 'school-based mathematics coaches working with teachers in their classrooms',
    curriculum: 'Mathematics in Context',
    focalSchool: 'Douglass Middle School',
    leaders: [
      { pseudonym: 'Ms. Abernathy', unit: 'Curriculum & Instruction' },
      { pseudonym: 'Dr. Kowalczyk', unit: 'Leadership' },
      { pseudonym: 'Mr. Oyelaran', unit: 'Mathematics Department' },
    ],
    schools: [
      {
        name: 'Douglass Middle School',
        principal: 'Principal Nakamura',
        coach: 'Coach Petrossian',
        teachers: ['Ms. Kaur', 'Mr. Laurent', 'Ms. Moreau'],
        facts: facts(
          { principalObserves: 'monthly', teachersObserved: 'monthly', coachMeetingFocus: 'pacing', collaborationFocus: 'logistics', learningWalksDone: 0 },
          {
            principalObserves: 'weekly',
            teachersObserved: 'weekly',
            coachMeetingFocus: 'instruction',
            collaborationFocus: 'student_work',
            learningWalksDone: 2,
          },
        ),
      },
      {
        name: 'Eastgate Middle School',
        principal: 'Principal Falkner',
        coach: 'Coach Quintero',
        teachers: ['Mr. Novak', 'Ms. Osei', 'Mr. Pellegrini'],
        facts: facts({
          principalObserves: 'monthly',
          teachersObserved: 'rarely',
          coachMeetingFocus: 'pacing',
          collaborationFocus: 'logistics',
          learningWalksDone: 0,
        }),
      },
    ],
  },
  {
    name: 'Granite Valley Schools',
    strategy: 'teacher collaborative meetings focused on student work',
    curriculum: 'Connected Mathematics',
    focalSchool: 'Franklin Middle School',
    leaders: [
      { pseudonym: 'Mr. Thornbury', unit: 'Curriculum & Instruction' },
      { pseudonym: 'Ms. Yamamoto', unit: 'Leadership' },
      { pseudonym: 'Dr. Achterberg', unit: 'Mathematics Department' },
    ],
    schools: [
      {
        name: 'Franklin Middle School',
        principal: 'Principal Duarte',
        coach: 'Coach Ransome',
        teachers: ['Ms. Quinlan', 'Mr. Rasmussen', 'Ms. Takahashi'],
        newTeacher: { joins: 'Ms. Umberto', leaves: 'Mr. Rasmussen' },
        facts: facts(
          { principalObserves: 'weekly', teachersObserved: 'rarely', coachMeetingFocus: 'instruction', collaborationFocus: 'logistics', learningWalksDone: 1 },
          { teachersObserved: 'rarely', collaborationFocus: 'student_work', learningWalksDone: 2 },
        ),
      },
      {
        name: 'Glenwood Middle School',
        principal: 'Principal Whitcombe',
        coach: 'Coach Salazar',
        teachers: ['Mr. Vasquez', 'Ms. Winslow', 'Mr. Xiong'],
        facts: facts({
          principalObserves: 'monthly',
          teachersObserved: 'monthly',
          coachMeetingFocus: 'instruction',
          collaborationFocus: 'student_work',
          learningWalksDone: 2,
        }),
      },
    ],
  },
];

export interface DemoParticipant {
  id: string;
  pseudonym: string;
  role: RoleGroup;
  district: DemoDistrict;
  school: DemoSchool | null;
  unit: string | null;
  /** Cycles in which this participant was interviewed. */
  cycles: DemoCycle[];
}

/** Everyone in the demo partnership, with stable IDs like LPS-T01. */
export function demoParticipants(): DemoParticipant[] {
  const people: DemoParticipant[] = [];
  for (const district of DEMO_DISTRICTS) {
    const prefix = district.name
      .split(/\s+/)
      .map((w) => w[0])
      .join('')
      .toUpperCase()
      .slice(0, 3);
    const counters: Record<string, number> = {};
    const add = (letter: string, p: Omit<DemoParticipant, 'id' | 'district'>) => {
      counters[letter] = (counters[letter] ?? 0) + 1;
      people.push({ ...p, district, id: `${prefix}-${letter}${String(counters[letter]).padStart(2, '0')}` });
    };
    for (const leader of district.leaders)
      add('D', { pseudonym: leader.pseudonym, role: 'district_leader', school: null, unit: leader.unit, cycles: [...DEMO_CYCLES] });
    for (const school of district.schools) {
      add('P', { pseudonym: school.principal, role: 'school_leader', school, unit: null, cycles: [...DEMO_CYCLES] });
      add('C', { pseudonym: school.coach, role: 'coach', school, unit: null, cycles: [...DEMO_CYCLES] });
      for (const teacher of school.teachers) {
        const leaves = school.newTeacher?.leaves === teacher;
        add('T', { pseudonym: teacher, role: 'teacher', school, unit: null, cycles: leaves ? ['2009-10'] : [...DEMO_CYCLES] });
      }
      if (school.newTeacher) add('T', { pseudonym: school.newTeacher.joins, role: 'teacher', school, unit: null, cycles: ['2010-11'] });
    }
  }
  return people;
}
