import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { readQdpx } from '../../importers/refi-qda/read-qdpx.js';
import { writeCodesElement } from './codes.js';
import { type WritableSource, writeQdpx } from './qdpx-writer.js';

const SCHEMA = readFileSync('test/support/refi-qda/Project.xsd', 'utf8');
const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Validates XML against Project.xsd, returning the validator's messages (none when valid). */
export async function projectXsdErrors(xml: string): Promise<string[]> {
  const r = await validateXML({ xml: [{ fileName: 'project.qde', contents: xml }], schema: [{ fileName: 'Project.xsd', contents: SCHEMA }] });
  return r.valid ? [] : r.errors.map((e) => e.message);
}

async function* slowly<T>(items: T[]): AsyncIterable<T> {
  for (const i of items) {
    await Promise.resolve();
    yield i;
  }
}

const TEXT = 'Interviewer: How often does the coach visit?\nTeacher: Every week — we plan lessons 🙂 together & talk "rigor".';

function content(sources: WritableSource[]) {
  return {
    name: 'Riverside partnership',
    origin: 'Warrant',
    creationDateTime: '2026-12-03T10:00:00.000Z',
    users: [{ guid: G(1), name: 'Ana Analyst' }],
    codes: [
      { guid: G(3), name: 'coaching', parentGuid: G(2), colour: '#00aa00' },
      { guid: G(2), name: 'support <types>', description: 'Help teachers get' },
    ],
    variables: [
      { guid: G(10), name: 'role group', typeOfVariable: 'Text' },
      { guid: G(11), name: 'school', typeOfVariable: 'Text' },
    ],
    cases: slowly([
      {
        guid: G(20),
        name: 'Teacher T-01',
        variables: [
          { variableGuid: G(10), value: 'teacher' },
          { variableGuid: G(11), value: 'Lincoln MS' },
        ],
        sourceRefs: [G(4)],
        selectionRefs: [],
        codeRefs: [],
      },
    ]),
    sources: slowly(sources),
    notes: slowly([
      { guid: G(30), name: 'Memo on coaching', text: 'Weekly visits\nare routine.', creatingUser: G(1) },
      { guid: G(31), name: 'ISF entry: coach interactions', text: 'Coach visits weekly.', links: [{ target: G(5), name: 'supports' }] },
    ]),
    sets: [{ guid: G(40), name: 'School: Lincoln MS', codes: [], sources: [G(4)], notes: [] }],
  };
}

const source: WritableSource = {
  guid: G(4),
  name: 'Teacher T-01, cycle 2026',
  text: TEXT,
  creatingUser: G(1),
  selections: [
    {
      guid: G(5),
      start: 54,
      end: 64,
      creatingUser: G(1),
      codings: [{ guid: G(6), codeGuid: G(3), creatingUser: G(1), noteRefs: [] }],
      noteRefs: [G(30), G(31)],
    },
  ],
};

describe('writeQdpx', () => {
  it('writes a project.qde valid against Project.xsd, with its sources as internal UTF-8 files', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'qdpx-')), 'out.qdpx');
    const written = await writeQdpx(path, content([source]));
    expect(written).toMatchObject({ sources: 1, selections: 1, codings: 1, notes: 2, cases: 1, codes: 2 });
    const files = unzipSync(readFileSync(path));
    expect(Object.keys(files).sort()).toEqual(['project.qde', `sources/${G(4)}.txt`]);
    expect(new TextDecoder().decode(files[`sources/${G(4)}.txt`])).toBe(TEXT);
    const qde = new TextDecoder().decode(files['project.qde']);
    expect(await projectXsdErrors(qde)).toEqual([]);
  });

  it('is read back by the reader: every source, code, selection (in code points), coding, note and case', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'qdpx-')), 'out.qdpx');
    await writeQdpx(path, content([source]));
    const r = readQdpx(readFileSync(path), 'out.qdpx');
    expect(r.problems).toEqual([]);
    const p = r.project!;
    expect(p.codes.map((c) => [c.name, c.parentGuid])).toEqual([
      ['support <types>', undefined],
      ['coaching', G(2)],
    ]);
    const s = p.sources[0]!;
    expect([...s.text].slice(s.selections[0]!.start, s.selections[0]!.end).join('')).toBe('Every week');
    expect(s.selections[0]!.codings[0]!.codeGuid).toBe(G(3));
    expect(s.selections[0]!.noteRefs).toEqual([G(30), G(31)]);
    expect(p.notes.map((n) => n.text)).toEqual(['Weekly visits\nare routine.', 'Coach visits weekly.']);
    expect(p.cases[0]!.variables.map((v) => [v.name, v.value])).toEqual([
      ['role group', 'teacher'],
      ['school', 'Lincoln MS'],
    ]);
    expect(p.noteTargets.get(G(31))).toEqual([G(5)]);
    expect(p.sets[0]!.sources).toEqual([G(4)]);
  });

  it('writes an empty project validly', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'qdpx-')), 'empty.qdpx');
    await writeQdpx(path, { name: 'empty', users: [], codes: [], variables: [], cases: [], sources: [], notes: [], sets: [] });
    expect(await projectXsdErrors(new TextDecoder().decode(unzipSync(readFileSync(path))['project.qde']))).toEqual([]);
  });
});

describe('writeCodesElement', () => {
  it('writes the tree from rows in any order, a row whose parent is missing at the top', () => {
    let xml = '';
    writeCodesElement(
      [
        { guid: G(3), name: 'b', parentGuid: G(2) },
        { guid: G(2), name: 'a' },
        { guid: G(4), name: 'orphan', parentGuid: G(99) },
      ],
      (s) => (xml += s),
    );
    expect(xml).toBe(
      `<Codes><Code guid="${G(2)}" name="a" isCodable="true"><Code guid="${G(3)}" name="b" isCodable="true"/></Code><Code guid="${G(4)}" name="orphan" isCodable="true"/></Codes>`,
    );
  });
});
