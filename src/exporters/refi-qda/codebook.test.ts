import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { readCodebookCsv, readCodebookQdc } from '../../importers/refi-qda/codebook.js';
import { codebookCsv, codebookQdc, codeGuid, codesElement, type ExportedCode } from './codebook.js';

const XSD = readFileSync(new URL('../../../test/support/refi-qda/Codebook.xsd', import.meta.url), 'utf8');

const code = (id: string, name: string, parent: string | null, fields: Partial<ExportedCode> = {}): ExportedCode => ({
  id,
  guid: null,
  parent_id: parent,
  name,
  definition: '',
  inclusion: '',
  exclusion: '',
  example: '',
  colour: '#4e79a7',
  position: 0,
  retired_at: null,
  ...fields,
});

const codes = [
  code('cod_0000000000000001', 'Vision of high-quality instruction', null, { definition: 'How participants describe good teaching.', position: 1 }),
  code('cod_0000000000000002', 'Role of the teacher', 'cod_0000000000000001', {
    definition: 'Who does the mathematical thinking.',
    inclusion: 'Talk of facilitating or telling.',
    exclusion: 'Classroom management.',
    example: '“I let them struggle first.”',
    colour: '#e15759',
  }),
  code('cod_0000000000000003', 'Tasks & <rigour> "quoted"', 'cod_0000000000000001', { position: 2 }),
  code('cod_0000000000000004', 'Supports', null, { position: 2, guid: 'abcdef01-2345-6789-abcd-ef0123456789' }),
  code('cod_0000000000000005', 'Retired', null, { retired_at: '2026-01-01T00:00:00.000Z' }),
];

describe('the codebook as REFI-QDA .qdc', () => {
  it('is valid against Codebook.xsd, nested, with descriptions, and leaves retired codes out', async () => {
    const xml = codebookQdc(codes);
    const result = await validateXML({ xml: [{ fileName: 'codebook.qdc', contents: xml }], schema: [{ fileName: 'Codebook.xsd', contents: XSD }] });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(xml).toContain('name="Tasks &amp; &lt;rigour&gt; &quot;quoted&quot;"');
    expect(xml).toContain('guid="abcdef01-2345-6789-abcd-ef0123456789"');
    expect(xml).not.toContain('Retired');
  });

  it('reads back what it wrote: names, nesting, GUIDs, colours and the description’s fields', () => {
    const back = readCodebookQdc(new TextEncoder().encode(codebookQdc(codes)), 'codebook.qdc');
    expect(back.problems).toEqual([]);
    expect(back.codes.map((c) => [c.name, c.parentKey])).toEqual([
      ['Vision of high-quality instruction', null],
      ['Role of the teacher', codeGuid(codes[0]!)],
      ['Tasks & <rigour> "quoted"', codeGuid(codes[0]!)],
      ['Supports', null],
    ]);
    expect(back.codes[1]).toMatchObject({
      guid: codeGuid(codes[1]!),
      colour: '#e15759',
      definition: 'Who does the mathematical thinking.',
      inclusion: 'Talk of facilitating or telling.',
      exclusion: 'Classroom management.',
      example: '“I let them struggle first.”',
    });
  });

  it('writes a Codes element that a project document can hold, and none for an empty codebook', () => {
    expect(codesElement(codes)!.startsWith('<Codes>')).toBe(true);
    expect(codesElement([])).toBeNull();
  });

  it('writes CSV with each code’s parent path, which reads back the same', () => {
    const csv = codebookCsv(codes);
    expect(csv.split('\n')[0]).toBe('name,parent,definition,inclusion,exclusion,example,colour,guid');
    expect(csv).toContain('Role of the teacher,Vision of high-quality instruction,');
    const back = readCodebookCsv(new TextEncoder().encode(csv), 'codebook.csv');
    expect(back.problems).toEqual([]);
    expect(back.codes.map((c) => c.name)).toEqual(['Vision of high-quality instruction', 'Role of the teacher', 'Tasks & <rigour> "quoted"', 'Supports']);
    expect(back.codes[1]).toMatchObject({ parentKey: codeGuid(codes[0]!), exclusion: 'Classroom management.', colour: '#e15759' });
  });
});
