import { describe, expect, it } from 'vitest';
import {
  type CodeLike,
  codeNameProblem,
  codePath,
  codeTree,
  colourProblem,
  describeCode,
  flattenTree,
  guidOfId,
  mergeProblem,
  moveProblem,
  parseColour,
  parseGuid,
  positionAt,
  readDescription,
  splitProblem,
  uniqueName,
} from './codebook.js';

const code = (id: string, name: string, parent: string | null = null, position = 0, retired = false): CodeLike => ({
  id,
  name,
  parent_id: parent,
  position,
  retired_at: retired ? '2026-01-01T00:00:00.000Z' : null,
});

const codes = [
  code('cod_vision', 'Vision of high-quality instruction', null, 1),
  code('cod_teacher', 'Role of the teacher', 'cod_vision', 1),
  code('cod_discourse', 'Classroom discourse', 'cod_vision', 2),
  code('cod_revoicing', 'Revoicing', 'cod_discourse', 1),
  code('cod_supports', 'Supports', null, 2),
  code('cod_old', 'Coaching', 'cod_supports', 1, true),
];

describe('colours', () => {
  it('reads #rrggbb, #rgb and rgb(r, g, b) as #rrggbb', () => {
    expect(parseColour('#4E79A7')).toBe('#4e79a7');
    expect(parseColour(' #f0a ')).toBe('#ff00aa');
    expect(parseColour('rgb(78, 121, 167)')).toBe('#4e79a7');
    expect(parseColour('RGB(0,0,0)')).toBe('#000000');
  });

  it('refuses anything else, naming the field', () => {
    expect(parseColour('blue')).toBeUndefined();
    expect(parseColour('rgb(300, 0, 0)')).toBeUndefined();
    expect(parseColour('#12345')).toBeUndefined();
    expect(colourProblem('blue', 'color')).toMatch(/^color: "blue" is not a colour/);
    expect(colourProblem('#abc')).toBeNull();
  });
});

describe('names', () => {
  it('needs a name, unique among its live siblings without regard to case', () => {
    expect(codeNameProblem('  ', null, codes)).toBe('a code needs a name');
    expect(codeNameProblem('classroom DISCOURSE', 'cod_vision', codes)).toMatch(/already has a code named "Classroom discourse"/);
    // The same name elsewhere in the tree, or on a retired sibling, is free.
    expect(codeNameProblem('Classroom discourse', null, codes)).toBeNull();
    expect(codeNameProblem('coaching', 'cod_supports', codes)).toBeNull();
    // A code keeps its own name when renamed in another case.
    expect(codeNameProblem('classroom discourse', 'cod_vision', codes, 'cod_discourse')).toBeNull();
  });

  it('makes a duplicate name unique', () => {
    expect(uniqueName('Tensions', ['tensions', 'Tensions (2)'])).toBe('Tensions (3)');
    expect(uniqueName('Tensions', ['Supports'])).toBe('Tensions');
  });
});

describe('the hierarchy', () => {
  it('refuses a move that would make a cycle', () => {
    expect(moveProblem(codes, 'cod_vision', 'cod_revoicing')).toMatch(/cycle/);
    expect(moveProblem(codes, 'cod_vision', 'cod_vision')).toMatch(/under itself/);
    expect(moveProblem(codes, 'cod_revoicing', 'cod_old')).toMatch(/retired/);
    expect(moveProblem(codes, 'cod_revoicing', 'cod_supports')).toBeNull();
    expect(moveProblem(codes, 'cod_revoicing', null)).toBeNull();
  });

  it('builds the tree of live codes in their order, retired ones left out', () => {
    const tree = codeTree(codes);
    expect(tree.map((n) => n.code.name)).toEqual(['Vision of high-quality instruction', 'Supports']);
    expect(flattenTree(tree).map((n) => `${n.depth}:${n.code.name}`)).toEqual([
      '0:Vision of high-quality instruction',
      '1:Role of the teacher',
      '1:Classroom discourse',
      '2:Revoicing',
      '0:Supports',
    ]);
    expect(codePath(codes, 'cod_revoicing')).toEqual(['Vision of high-quality instruction', 'Classroom discourse', 'Revoicing']);
  });

  it('shows a code whose parent is missing at the top rather than hiding it', () => {
    expect(codeTree([code('cod_a', 'Orphan', 'cod_gone')]).map((n) => n.code.name)).toEqual(['Orphan']);
  });

  it('finds a position between neighbours, or says they must be renumbered', () => {
    expect(positionAt([], 0)).toBe(1024);
    expect(positionAt([{ position: 1024 }, { position: 2048 }], 1)).toBe(1536);
    expect(positionAt([{ position: 1024 }], 5)).toBe(2048);
    expect(positionAt([{ position: 1024 }], 0)).toBe(0);
    expect(positionAt([{ position: 1 }, { position: 2 }], 1)).toBeNull();
  });
});

describe('merging and splitting', () => {
  it('merges a live code into another live code, not into itself or a code under it', () => {
    expect(mergeProblem(codes, 'cod_teacher', 'cod_discourse')).toBeNull();
    expect(mergeProblem(codes, 'cod_teacher', 'cod_teacher')).toMatch(/itself/);
    expect(mergeProblem(codes, 'cod_discourse', 'cod_revoicing')).toMatch(/move it out/);
    expect(mergeProblem(codes, 'cod_teacher', 'cod_old')).toMatch(/retired/);
    expect(mergeProblem(codes, 'cod_old', 'cod_teacher')).toMatch(/already retired/);
  });

  it('splits a code into codes of new names beside it', () => {
    expect(splitProblem(codes, 'cod_teacher', ['Teacher as facilitator', 'Teacher as explainer'])).toBeNull();
    expect(splitProblem(codes, 'cod_teacher', [])).toMatch(/at least one/);
    expect(splitProblem(codes, 'cod_teacher', ['A', 'a'])).toMatch(/named twice/);
    expect(splitProblem(codes, 'cod_teacher', ['Classroom discourse'])).toMatch(/already has/);
  });
});

describe('descriptions and GUIDs', () => {
  it('writes the definition, criteria and example into one description and reads them back', () => {
    const fields = { definition: 'How the teacher is seen.', inclusion: 'Talk of the teacher’s role.', exclusion: '', example: '“I facilitate.”' };
    const text = describeCode(fields);
    expect(text).toBe('How the teacher is seen.\n\nInclusion: Talk of the teacher’s role.\n\nExample: “I facilitate.”');
    expect(readDescription(text)).toEqual(fields);
    expect(readDescription('Just a definition.\r\n\r\nOn two paragraphs.')).toEqual({
      definition: 'Just a definition.\n\nOn two paragraphs.',
      inclusion: '',
      exclusion: '',
      example: '',
    });
  });

  it('derives a stable GUID from a code’s ID and reads GUIDs with or without braces', () => {
    const guid = guidOfId('cod_0123456789abcdef');
    expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(guidOfId('cod_0123456789abcdef')).toBe(guid);
    expect(guidOfId('cod_0123456789abcdeg')).not.toBe(guid);
    expect(parseGuid('{ABCDEF01-2345-6789-ABCD-EF0123456789}')).toBe('abcdef01-2345-6789-abcd-ef0123456789');
    expect(parseGuid('not-a-guid')).toBeUndefined();
  });
});
