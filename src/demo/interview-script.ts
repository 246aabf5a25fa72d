import type { Random } from '../domain/random.js';
import type { DemoCycle, DemoParticipant, SchoolFacts } from './cast.js';

/**
 * Writes the demo's interviews: each a conversation following the role's protocol, built from what
 * happens in the participant's school that year. Some sentences are "key passages": the analysis
 * of the demo cites them, and an analyst's summary of each goes into the ISF.
 */
export interface KeyPassage {
  /** The ISF field this passage informs. */
  field: string;
  /** Words that occur exactly once in the transcript. */
  quote: string;
  /** What an analyst would write in the ISF entry. */
  summary: string;
}

export interface ScriptedTurn {
  speaker: string;
  text: string;
}

export interface ScriptedInterview {
  turns: ScriptedTurn[];
  keys: KeyPassage[];
}

interface Section {
  question: string;
  answer: string[];
  key?: KeyPassage;
}

interface Scene {
  p: DemoParticipant;
  cycle: DemoCycle;
  facts: SchoolFacts | null;
  r: Random;
}

const sentence = (...parts: string[]) => parts.join(' ');
const first = (p: DemoParticipant) => p.pseudonym.replace(/^(Ms\.|Mr\.|Dr\.|Principal|Coach)\s+/, '');

// ---------- teacher ----------

function teacherSections({ p, cycle, facts, r }: Scene): Section[] {
  const f = facts!;
  const school = p.school!;
  const grade = r.pick(['sixth', 'seventh', 'eighth']);
  const years = r.int(2, 19);
  const curriculum = p.district.curriculum;
  const observed = {
    rarely: `Honestly, ${school.principal} has been in my room maybe twice this year, for five minutes, and I never heard anything back about the math.`,
    monthly: `Someone from the office comes through about once a month, and I usually get a short note afterwards about engagement or the objective on the board.`,
    weekly: `${school.principal} is in my room almost every week now, and we talk afterwards about the questions I asked and how the students explained their thinking.`,
  }[f.teachersObserved];
  const collaboration = {
    logistics: `Our grade-level team meets every Tuesday, but most of that hour goes to the pacing calendar, field trips and who is copying the benchmark.`,
    student_work: `Every other Thursday our team brings student work from the same task and we sort it together, which has changed how I launch problems.`,
  }[f.collaborationFocus];
  const coach =
    f.coachMeetingFocus === 'instruction' || f.collaborationFocus === 'student_work'
      ? `${school.coach} co-taught a unit with me in the fall, and we planned the launch of each investigation together before she modelled it.`
      : `I see ${school.coach} mostly at our team meetings; she drops off materials and checks where we are in the unit, but she has not been in my classroom.`;
  const vision = r.pick([
    `For me good math teaching means students are quiet and working, and I explain each step clearly so nobody gets lost.`,
    `A good lesson is when the kids are talking to each other about the math, explaining why a strategy works, not just getting the answer.`,
    `I want to see students working on a problem that has more than one way in, and the teacher asking them to justify what they did.`,
  ]);
  return [
    {
      question: `Thank you for talking with us again. To start, could you tell us what you are teaching this year?`,
      answer: [
        `Sure. I teach ${grade} grade math, four sections, and one intervention class at the end of the day.`,
        `This is my ${years === 2 ? 'second' : `${years}th`} year at ${school.name}, and I have been using ${curriculum} since the district adopted it.`,
      ],
      key: {
        field: 'responsibilities',
        quote: `I teach ${grade} grade math, four sections, and one intervention class at the end of the day.`,
        summary: `Teaches ${grade}-grade mathematics (four sections plus an intervention class); ${years} years at the school.`,
      },
    },
    {
      question: `Who do you talk with about your math teaching, and how often?`,
      answer: [
        collaboration,
        r.pick([
          `Outside of that I talk with the teacher next door at lunch, mostly about which kids are behind.`,
          `I also text with a friend who teaches at another school in the district when I get stuck on a unit.`,
          `Informally we help each other out, but there is not much time in the day for it.`,
        ]),
      ],
      key: {
        field: 'collaboration',
        quote: collaboration,
        summary:
          f.collaborationFocus === 'logistics'
            ? 'Weekly grade-level meeting, mostly about pacing, logistics and benchmark scheduling; little talk about instruction.'
            : 'Grade-level team analyses student work from a common task every other week; reports it changed how she or he launches problems.',
      },
    },
    {
      question: `If you walked into a math classroom, what would you want to see to say that this is high-quality instruction?`,
      answer: [vision, r.pick([`That is what I am working toward, anyway.`, `It does not always happen that way, but that is the goal.`])],
      key: {
        field: 'vision_of_instruction',
        quote: vision,
        summary: vision.includes('quiet')
          ? 'Vision centred on the teacher explaining steps clearly; students quiet and working.'
          : 'Vision includes student discourse and justification of strategies.',
      },
    },
    {
      question: `How do you work with the math coach?`,
      answer: [
        coach,
        r.pick([`I would like more of that, to be honest.`, `It helps to have someone to plan with.`, `She is stretched thin across the building.`]),
      ],
      key: {
        field: 'work_with_coach',
        quote: coach,
        summary: coach.includes('co-taught')
          ? 'Co-taught a unit with the coach; planned launches together; coach modelled.'
          : 'Sees the coach only at team meetings; coach brings materials and checks pacing; no classroom work.',
      },
    },
    {
      question: `Has your principal or an assistant principal observed your math teaching this year? What did they say?`,
      answer: [
        observed,
        r.pick([
          `I would actually welcome more feedback on the math itself.`,
          `Mostly they look at behavior and whether the objective is posted.`,
          `It feels more like a walkthrough than an observation.`,
        ]),
      ],
      key: {
        field: 'work_with_school_leaders',
        quote: observed,
        summary: {
          rarely: `Observed by school leaders about twice this year, briefly; no feedback on mathematics (${cycle}).`,
          monthly: 'Brief monthly walkthroughs with a short note on engagement or posted objective; little about mathematics.',
          weekly: 'Principal observes almost weekly and debriefs about questioning and student explanations.',
        }[f.teachersObserved],
      },
    },
    {
      question: `What professional development have you had this year, and was it useful?`,
      answer: [
        r.pick([
          `We had the district summer institute on the ${curriculum} units, three days, and two early-release afternoons.`,
          `There were two district PD days on ${curriculum}, but they were mostly about the new assessment system.`,
        ]),
        r.pick([
          `The part where we did the math ourselves was the most useful part.`,
          `It was fine, but I do not think it changed much of what I do on Monday morning.`,
        ]),
      ],
    },
    {
      question: `How do you use the curriculum materials and the pacing guide?`,
      answer: [
        r.pick([
          `I follow the pacing guide pretty closely because the benchmarks come on a fixed date.`,
          `I use the ${curriculum} investigations, but I skip some of the longer tasks when we fall behind.`,
        ]),
      ],
      key: {
        field: 'instructional_tools',
        quote: `I use the ${curriculum} investigations, but I skip some of the longer tasks when we fall behind.`,
        summary: `Uses ${curriculum} but skips longer tasks to keep pace.`,
      },
    },
    {
      question: `What do you do for students who are struggling?`,
      answer: [
        r.pick([
          `I pull a small group during independent work and reteach the procedure with them.`,
          `They go to the intervention class, and I try to give them a simpler version of the task first.`,
        ]),
      ],
    },
    {
      question: `To whom do you feel accountable, and for what?`,
      answer: [
        r.pick([
          `To my principal, for the benchmark scores, and to the kids, of course.`,
          `Mostly to the district for staying on the pacing calendar and for the state test.`,
        ]),
      ],
    },
  ].map((s) => (s.key && !s.answer.includes(s.key.quote) ? { ...s, key: undefined } : s)) as Section[];
}

// ---------- coach ----------

function coachSections({ p, facts, r }: Scene): Section[] {
  const f = facts!;
  const school = p.school!;
  const meeting =
    f.coachMeetingFocus === 'pacing'
      ? `${school.principal} and I meet every Monday, and we talk mostly about pacing, which unit each grade is on and when the next benchmark is.`
      : `${school.principal} and I meet every Monday, and we look at what I saw in classrooms and plan what feedback each teacher needs on how they are teaching.`;
  const teachers =
    f.collaborationFocus === 'student_work'
      ? `This year I co-teach with every teacher for one unit, and we plan the launch together before the lesson.`
      : `I co-teach with two teachers who asked for it; the others I mostly see at grade-level meetings.`;
  return [
    {
      question: `Could you describe your role as coach this year?`,
      answer: [`I am the full-time mathematics coach at ${school.name}, and I also cover testing coordination in the spring, which takes about three weeks.`],
      key: {
        field: 'responsibilities',
        quote: `I am the full-time mathematics coach at ${school.name}, and I also cover testing coordination in the spring, which takes about three weeks.`,
        summary: 'Full-time school-based mathematics coach; also coordinates testing in spring (about three weeks).',
      },
    },
    {
      question: `How do you work with teachers?`,
      answer: [teachers, r.pick([`I would like to get into more classrooms.`, `Some teachers are still not sure what a coach is for.`])],
      key: {
        field: 'work_with_teachers',
        quote: teachers,
        summary:
          f.collaborationFocus === 'student_work'
            ? 'Co-teaches one unit with every teacher, planning launches together.'
            : 'Co-teaches with two volunteers; sees the rest only at grade-level meetings.',
      },
    },
    {
      question: `Do you lead the teachers' meetings? What happens in them?`,
      answer: [
        f.collaborationFocus === 'student_work'
          ? `I lead the meetings every other Thursday; each one starts from the student work on the task we all taught, so the meetings build on each other.`
          : `I attend the grade-level meetings on Tuesdays, but the agenda is set by the team leader and it is mostly logistics.`,
      ],
    },
    {
      question: `How do you work with the principal?`,
      answer: [meeting, r.pick([`Those meetings are protected time, which I appreciate.`, `Sometimes they get cancelled for discipline issues.`])],
      key: {
        field: 'work_with_school_leaders',
        quote: meeting,
        summary:
          f.coachMeetingFocus === 'pacing'
            ? 'Weekly meeting with the principal about pacing and benchmark dates (what and when, not how).'
            : 'Weekly meeting with the principal about classroom observations and feedback on how teachers teach.',
      },
    },
    {
      question: `What does high-quality mathematics instruction look like to you?`,
      answer: [
        `Students working on a cognitively demanding task, talking with each other, and the teacher pressing them to explain and connect their strategies.`,
      ],
      key: {
        field: 'vision_of_instruction',
        quote: `Students working on a cognitively demanding task, talking with each other, and the teacher pressing them to explain and connect their strategies.`,
        summary: 'Vision: demanding tasks, student discourse, teacher presses for explanation and connections.',
      },
    },
    {
      question: `What support do you get for your own work as a coach?`,
      answer: [
        r.pick([
          `The district coaches meet once a month with the math department; we do the math and practise coaching conversations.`,
          `There is a monthly coaches meeting, but it is mostly announcements.`,
        ]),
      ],
    },
  ];
}

// ---------- school leader ----------

function principalSections({ p, facts, r }: Scene): Section[] {
  const f = facts!;
  const school = p.school!;
  const observes =
    f.principalObserves === 'weekly'
      ? `I am in math classrooms every week, usually three or four visits, and I try to give teachers feedback the same day.`
      : `I get into math classrooms about once a month, more during evaluation season.`;
  const coach =
    f.coachMeetingFocus === 'pacing'
      ? `${school.coach} and I meet Monday mornings, and we go over where each grade is in the pacing guide and the benchmark calendar.`
      : `${school.coach} and I meet Monday mornings to compare notes from classrooms and decide which teachers she will work with that week.`;
  const walks =
    f.learningWalksDone === 0
      ? `The district asked us to do Learning Walks every month, but we have not done one yet this year.`
      : `The district asked for a Learning Walk every month; we have done ${f.learningWalksDone === 1 ? 'one' : f.learningWalksDone === 2 ? 'two' : 'three'} so far this year.`;
  return [
    {
      question: `Could you tell us about your responsibilities this year?`,
      answer: [
        `I am in my ${r.pick(['third', 'fourth', 'sixth'])} year as principal of ${school.name}; my assistant principal handles discipline and I take the lead on instruction.`,
      ],
    },
    {
      question: `How often do you observe mathematics instruction, and what do you look for?`,
      answer: [
        observes,
        r.pick([
          `I look for engagement and whether students can tell me what they are learning.`,
          `I look at whether the lesson matches the pacing guide and whether students are on task.`,
        ]),
      ],
      key: {
        field: 'observation_and_feedback',
        quote: observes,
        summary:
          f.principalObserves === 'weekly'
            ? 'Reports observing mathematics weekly (three or four visits) with same-day feedback.'
            : 'Reports observing mathematics about monthly, more during evaluation season.',
      },
    },
    {
      question: `How do you work with the math coach?`,
      answer: [coach],
      key: {
        field: 'work_with_coach',
        quote: coach,
        summary:
          f.coachMeetingFocus === 'pacing'
            ? 'Weekly meetings with the coach about pacing and benchmark calendar.'
            : 'Weekly meetings with the coach comparing classroom observations and deciding whom the coach supports.',
      },
    },
    {
      question: `What support do you get from the district for leading mathematics instruction?`,
      answer: [walks, `We also have principal meetings every month, but math comes up only now and then.`],
      key: {
        field: 'own_supports',
        quote: walks,
        summary: `Learning Walks planned monthly by the district; ${f.learningWalksDone} done this year. Monthly principal meetings rarely about mathematics.`,
      },
    },
    {
      question: `What does a high-quality math lesson look like to you?`,
      answer: [
        r.pick([
          `Kids engaged, on task, and the objective posted and referred to.`,
          `Students explaining their thinking, and the teacher building on what they say.`,
        ]),
      ],
    },
    {
      question: `To whom are you accountable, and for what?`,
      answer: [`My supervisor meets with me every quarter, and we look at benchmark results by grade level and subgroup.`],
      key: {
        field: 'accountability',
        quote: `My supervisor meets with me every quarter, and we look at benchmark results by grade level and subgroup.`,
        summary: 'Accountable to district supervisor for quarterly benchmark results by grade and subgroup.',
      },
    },
  ];
}

// ---------- district leader ----------

/** What each central-office unit says of the intended supports and accountability, in its own words. */
const UNIT_VOICES: Record<string, { walks: string; accountability: string; accountabilitySummary: string; supports: string }> = {
  'Curriculum & Instruction': {
    walks: 'Our office scheduled Learning Walks for every principal, once a month with a supervisor, so that they look at mathematics instruction together.',
    accountability:
      'Principals answer to the superintendent for benchmark results, and this year classroom observation of mathematics is being written into their evaluation.',
    accountabilitySummary: 'Principals accountable to the superintendent for benchmarks; observation of mathematics being added to their evaluation.',
    supports: 'We run the summer institute on the curriculum units and two early-release afternoons, and we wrote the pacing guide every school follows.',
  },
  Leadership: {
    walks: 'The Learning Walks are ours to lead: each supervisor walks classrooms with a principal once a month and they talk about the mathematics they saw.',
    accountability:
      'I evaluate the principals, and the superintendent looks at their benchmark results with me; we are adding observation of mathematics to the evaluation.',
    accountabilitySummary: 'Supervisors evaluate principals, with the superintendent, on benchmark results; observation of mathematics being added.',
    supports: 'Principals meet every month as a group with their supervisors, and we try to keep part of that time for instruction rather than operations.',
  },
  'Mathematics Department': {
    walks: 'We asked for Learning Walks once a month in every school, principal and supervisor together, and we made the observation tool they use.',
    accountability: 'Coaches report to us on their work with teachers, while principals are held to the benchmark results by the superintendent.',
    accountabilitySummary: 'Coaches accountable to the Mathematics Department; principals held to benchmark results by the superintendent.',
    supports: 'We meet all the coaches once a month, we do the mathematics together and practise the conversations they have with teachers.',
  },
};

function districtLeaderSections({ p, r }: Scene): Section[] {
  const d = p.district;
  const unit = p.unit ?? 'Curriculum & Instruction';
  const voice = UNIT_VOICES[unit] ?? UNIT_VOICES['Curriculum & Instruction']!;
  const role = `Our main strategy is ${d.strategy}, and in ${unit} we are responsible for`;
  return [
    {
      question: `What is your department's part in the district's work on mathematics?`,
      answer: [
        `${role} ${r.pick(['a large share of it', 'making it concrete for schools', 'the day-to-day support'])}.`,
        `We adopted ${d.curriculum} three years ago, and most of our energy still goes into making that adoption work in classrooms.`,
      ],
      key: { field: 'unit_role', quote: role, summary: `${unit}: responsible for part of the strategy "${d.strategy}".` },
    },
    {
      question: `What supports does the district give schools for that?`,
      answer: [voice.supports, r.pick([`Some schools have taken it up more than others.`, `Attendance has been good, though not every school sends people.`])],
      key: { field: 'supports_to_schools', quote: voice.supports, summary: `${unit}: ${voice.supports}` },
    },
    {
      question: `How do you work with school leaders on mathematics?`,
      answer: [voice.walks, r.pick([`Some schools have done it more faithfully than others.`, `We know it has been uneven across buildings.`])],
      key: {
        field: 'work_with_school_leaders',
        quote: voice.walks,
        summary: 'Intended support: monthly Learning Walks in which principals and a supervisor look at mathematics instruction together.',
      },
    },
    {
      question: `Who holds whom accountable for the work?`,
      answer: [voice.accountability],
      key: { field: 'accountability_relations', quote: voice.accountability, summary: voice.accountabilitySummary },
    },
    {
      question: `What does high-quality mathematics instruction mean to you?`,
      answer: [
        `It is rigorous tasks and students explaining their reasoning; that is the vision we want every principal to be able to recognise when they walk into a classroom.`,
      ],
    },
    {
      question: `What is working, and what is hard?`,
      answer: [
        r.pick([
          `The coaches are the strongest part of the work, and the teachers who work with them closely are changing how they teach.`,
          `Principals' time is the hardest part; they are pulled in every direction, and mathematics loses out to discipline and compliance.`,
        ]),
      ],
    },
  ];
}

/** A longer answer each role gives, about a recent week in its work. */
const STORIES: Record<DemoParticipant['role'], [string, string[]][]> = {
  teacher: [
    [
      `Could you walk us through a lesson from last week?`,
      [
        `We were on proportional reasoning, comparing two recipes for lemonade to decide which one tastes more lemony.`,
        `Half of the class set up ratio tables right away, and the other half added the cups instead of comparing them, so I had two students show both ways and we argued about which one made sense.`,
        `It took longer than the pacing guide gives us, but I think they understood it better than last year's group did.`,
      ],
    ],
    [
      `How do you plan for a new unit?`,
      [
        `I read through the teacher's guide the week before, I do the problems myself, and I look at last year's benchmark items for that unit.`,
        `When there is time, the grade-level team splits the investigations so each of us prepares one.`,
      ],
    ],
  ],
  coach: [
    [
      `What does a typical week look like for you?`,
      [
        `Mondays I meet the principal, Tuesdays I sit in on the grade-level meetings, and the rest of the week I try to be in classrooms.`,
        `In practice a lot of it goes to covering classes and preparing the benchmark materials, which is not what I was hired for.`,
      ],
    ],
  ],
  school_leader: [
    [
      `Tell us about the last mathematics lesson you observed.`,
      [
        `It was a seventh grade class working on area and perimeter, with the students at tables in groups of four.`,
        `I looked at whether they were on task and whether the objective was on the board, and I left a note with two glows and a grow for the teacher.`,
      ],
    ],
  ],
  district_leader: [
    [
      `How do you know whether the strategy is working?`,
      [
        `We look at the benchmark results every quarter, by school and by subgroup, and we hear from the supervisors about what they see in buildings.`,
        `Honestly we have less information about what happens in classrooms than we would like.`,
      ],
    ],
  ],
};

const SECTIONS = {
  teacher: teacherSections,
  coach: coachSections,
  school_leader: principalSections,
  district_leader: districtLeaderSections,
};

/** Follow-up exchanges that lengthen an interview (for large generated corpora). */
const FOLLOW_UPS = [
  [
    `Can you say more about that?`,
    `Well, it depends on the week. When there is testing coming up, everything else gets pushed aside, and we end up reviewing instead of teaching new material.`,
  ],
  [
    `How does that compare with last year?`,
    `It is a little better. We have more time set aside, although it still gets taken for other things when something comes up.`,
  ],
  [
    `What would help you most with that?`,
    `More time to plan with other people who teach the same course, and someone who can show us what it looks like with real students.`,
  ],
  [
    `Could you give an example?`,
    `Last month we were on proportional reasoning, and half the class could set up the ratio table but could not say why it worked, so we spent two days on it.`,
  ],
  [`Who decided that?`, `It came from the district at the start of the year, and the school just passed it along in a staff meeting.`],
  [`How did the students respond?`, `Some of them loved it, and some of them just wanted me to tell them the answer, which is what they are used to.`],
];

export function scriptInterview(p: DemoParticipant, cycle: DemoCycle, interviewer: string, r: Random, extraExchanges = 0): ScriptedInterview {
  const facts = p.school?.facts[cycle] ?? null;
  const sections = SECTIONS[p.role]({ p, cycle, facts, r });
  const interviewerLabel = r.chance(0.5) ? 'Interviewer' : interviewer;
  const turns: ScriptedTurn[] = [
    { speaker: interviewerLabel, text: `This is the ${cycle} interview with ${p.pseudonym}. Thank you for making the time.` },
    { speaker: p.pseudonym, text: `Happy to, ${interviewer.split(' ')[0]}.` },
  ];
  for (const s of sections) {
    turns.push({ speaker: interviewerLabel, text: s.question });
    turns.push({ speaker: p.pseudonym, text: s.answer.join(' ') });
  }
  for (const [question, answer] of STORIES[p.role]) {
    turns.push({ speaker: interviewerLabel, text: question });
    turns.push({ speaker: p.pseudonym, text: answer.join(' ') });
  }
  for (let i = 0; i < extraExchanges; i++) {
    const [q, a] = FOLLOW_UPS[i % FOLLOW_UPS.length]!;
    turns.push({ speaker: interviewerLabel, text: q! });
    turns.push({
      speaker: p.pseudonym,
      text: `${a!} ${sentence(r.pick(['That is how I see it anyway.', 'It is hard to say.', 'We will see next year.', 'I hope that makes sense.']))}`,
    });
  }
  turns.push({ speaker: interviewerLabel, text: `Is there anything else you want us to know, ${first(p)}?` });
  turns.push({
    speaker: p.pseudonym,
    text: r.pick([`No, I think that covers it.`, `Only that we appreciate the feedback from last year.`, `Just that time is the biggest issue.`]),
  });
  return { turns, keys: sections.flatMap((s) => (s.key ? [s.key] : [])) };
}
