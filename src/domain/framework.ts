/**
 * The interpretive framework: the types of support a district can offer, each with its potential
 * to support learning that reorganizes (rather than extends) practice. Teams refine it over the
 * years, so it is stored as data; these are the types a new partnership starts with.
 */
export interface SupportTypeDefinition {
  key: string;
  name: string;
  category: string;
  description: string;
}

export const DEFAULT_SUPPORT_TYPES: readonly SupportTypeDefinition[] = [
  {
    key: 'new_position',
    name: 'New position',
    category: 'New position',
    description:
      'A role created to provide expert guidance, e.g. a school-based mathematics coach. Its potential depends on the expertise of the person in it and on the time it gives them to work alongside others.',
  },
  {
    key: 'learning_event_ongoing',
    name: 'Ongoing intentional learning event',
    category: 'Learning event',
    description:
      'A series of meetings that build on each other, in a small group; can become a community of practice and support learning that reorganizes practice.',
  },
  {
    key: 'learning_event_discrete',
    name: 'Discrete intentional learning event',
    category: 'Learning event',
    description: 'One-off professional development. Tends to extend current practice rather than reorganize it unless followed up.',
  },
  {
    key: 'learning_event_incidental',
    name: 'Incidental learning event',
    category: 'Learning event',
    description:
      'Learning that arises while working with a more knowledgeable other, e.g. weekly principal–coach meetings; strong when the other is more expert and the work is about instruction.',
  },
  {
    key: 'organizational_routine',
    name: 'Organizational routine',
    category: 'Organizational routine',
    description:
      'A repetitive, recognizable pattern of interdependent actions by multiple actors, e.g. Learning Walks; supports learning when it focuses participants on the quality of instruction.',
  },
  {
    key: 'tool',
    name: 'Tool',
    category: 'Tool',
    description:
      'Curriculum maps, observation protocols, data systems. Tools tend to be assimilated to current practice unless their use is supported by co-participation with an accomplished user.',
  },
];

/** A support-type key: lower case words joined by underscores, as the team writes them in a command. */
export const SUPPORT_TYPE_KEY = /^[a-z][a-z0-9_]{1,59}$/;

/** The framework keys a record cites, as stored (comma-separated in `framework_refs`). */
export const frameworkRefsOf = (row: { framework_refs: string }): string[] => row.framework_refs.split(',').filter(Boolean);
