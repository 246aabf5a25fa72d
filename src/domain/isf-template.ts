import { invalid } from './errors.js';
import type { RoleGroup } from './roles.js';

/**
 * Interview Summary Form templates. The fields follow each role's interview protocol; a district
 * customises its copy (adds, renames, retires fields), and every change makes a new version.
 */
export interface FieldDefinition {
  key: string;
  label: string;
  guidance: string;
  /** An ISF cannot be marked complete while a required field is empty. */
  required?: boolean;
}

const f = (key: string, label: string, guidance: string): FieldDefinition => ({ key, label, guidance });

const VISION = f(
  'vision_of_instruction',
  'Vision of high-quality mathematics instruction',
  'How the participant describes high-quality mathematics instruction: role of the teacher, classroom discourse, mathematical tasks, student engagement.',
);

export const DEFAULT_TEMPLATES: Record<RoleGroup, FieldDefinition[]> = {
  teacher: [
    f('responsibilities', 'Teaching responsibilities', 'Grades and courses taught, years of experience, other roles in the school.'),
    f(
      'collaboration',
      'Interactions with colleagues about mathematics instruction',
      'With whom, how often, about what (planning, student work, pacing); formal meetings and informal exchanges.',
    ),
    VISION,
    f(
      'work_with_coach',
      'Work with the mathematics coach',
      'How often, in what forms (co-teaching, modelling, debriefs, planning), with what focus; perceived expectations of the coach.',
    ),
    f(
      'work_with_school_leaders',
      'Work with the principal and assistant principals',
      'Observations of mathematics lessons, feedback received, expectations communicated; how often and about what.',
    ),
    f(
      'professional_development',
      'Professional development and other supports',
      'PD attended (district, school, external), its focus and usefulness; other supports received.',
    ),
    f(
      'instructional_tools',
      'Use of instructional tools',
      'Curriculum materials, pacing guides, curriculum maps, assessments: how they are used in planning and teaching.',
    ),
    f(
      'struggling_students',
      'Work with struggling students',
      'How the teacher supports students who struggle; interventions, grouping, support received for this.',
    ),
    f('accountability', 'Accountability', 'To whom the teacher feels accountable, and for what (test scores, pacing, instructional practices).'),
  ],
  coach: [
    f('responsibilities', 'Coaching responsibilities', 'Schools and teachers served, how time is divided, other duties assigned.'),
    f('work_with_teachers', 'Work with teachers', 'One-on-one coaching, co-teaching, modelling, lesson planning: with whom, how often, with what focus.'),
    f(
      'teacher_meetings',
      'Leading teacher collaborative meetings',
      'Grade-level or department meetings the coach leads: frequency, agenda, whether they build on each other.',
    ),
    f(
      'work_with_school_leaders',
      'Work with school leaders',
      'Meetings with the principal: how often, about what (what and when topics are taught, or how); joint observations.',
    ),
    VISION,
    f(
      'own_supports',
      "Coach's own professional development",
      'Supports the coach receives from the district: coach meetings, PD, co-participation with someone more expert.',
    ),
    f('instructional_tools', 'Use of instructional tools', 'Tools the coach uses or promotes with teachers and how.'),
    f('accountability', 'Accountability', 'To whom the coach feels accountable, and for what.'),
  ],
  school_leader: [
    f('responsibilities', 'Responsibilities', 'Position, years in the school, division of responsibilities with assistant principals.'),
    f(
      'observation_and_feedback',
      'Observation of mathematics instruction and feedback',
      'How often the leader observes mathematics lessons, for how long, what they look for, what feedback they give.',
    ),
    f('expectations', 'Expectations communicated to teachers', 'What the leader expects of mathematics teachers, and how these expectations are communicated.'),
    f('work_with_coach', 'Work with the mathematics coach', 'Meetings with the coach: how often, about what; how the coach is deployed.'),
    f('teacher_collaboration', 'Supporting teacher collaboration', "Time and structures for teacher collaboration; the leader's participation."),
    VISION,
    f(
      'own_supports',
      "School leader's own professional development",
      'Supports from the district for instructional leadership: PD, learning walks, principal meetings, supervisors.',
    ),
    f('accountability', 'Accountability', 'To whom the leader is accountable, and for what; how the leader holds teachers accountable.'),
  ],
  district_leader: [
    f(
      'unit_role',
      "Unit's role in the improvement strategies",
      'Responsibilities of the participant and their unit (Curriculum & Instruction, Leadership, …) in each strategy.',
    ),
    f(
      'supports_to_schools',
      'Supports provided to schools',
      'PD, new positions, organizational routines, tools: who provides them, to whom, how often, with what focus.',
    ),
    f(
      'work_with_school_leaders',
      'Work with school leaders and coaches',
      'How the unit works with principals and coaches: meetings, learning walks, feedback.',
    ),
    f('accountability_relations', 'Accountability relations', 'Who holds whom accountable, for what, and how (evaluations, reviews, data meetings).'),
    VISION,
    f('progress_and_challenges', 'Perceived progress and challenges', 'What the participant sees working, what not, and why.'),
    f('coordination', 'Coordination across units', 'How central-office units coordinate their work on the strategies.'),
  ],
};

const KEY = /^[a-z][a-z0-9_]{0,62}$/;

/** A field key from a label: "Use of the new curriculum map" → "use_of_the_new_curriculum_map". */
export function fieldKeyFrom(label: string): string {
  let key = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (/^[0-9]/.test(key)) key = `f_${key}`;
  key = key.slice(0, 63).replace(/_+$/, '');
  if (!KEY.test(key)) {
    throw invalid(`cannot make a field key from "${label}": a key is written with the letters a–z and digits; give one explicitly`, { field: 'key' });
  }
  return key;
}

export function validateFieldLabel(label: string): string {
  const trimmed = label.trim();
  if (!trimmed) throw invalid('a field needs a label', { field: 'label' });
  if (trimmed.length > 200) throw invalid('a field label is at most 200 characters', { field: 'label' });
  return trimmed;
}

export interface CompletionCheck {
  /** Labels of the required fields with nothing written. */
  missingRequired: string[];
  /** Labels of the optional fields with nothing written. */
  emptyOptional: string[];
  /** Fields the form has (retired ones with an entry included). */
  total: number;
}

/** What an ISF still lacks before it is complete: required fields refuse it, optional ones only ask. */
export function completionCheck(fields: readonly { label: string; required: boolean; written: boolean }[]): CompletionCheck {
  const empty = fields.filter((f) => !f.written);
  return {
    missingRequired: empty.filter((f) => f.required).map((f) => f.label),
    emptyOptional: empty.filter((f) => !f.required).map((f) => f.label),
    total: fields.length,
  };
}

/** "A", "A and B", "A, B and C": field labels in a sentence. */
export function inWords(labels: readonly string[]): string {
  const quoted = labels.map((l) => `“${l}”`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
