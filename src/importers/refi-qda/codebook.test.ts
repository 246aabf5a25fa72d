import { describe, expect, it } from 'vitest';
import { readCodebookCsv, readCodebookFile, readCodebookQdc } from './codebook.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const G1 = '11111111-1111-4111-8111-111111111111';
const G2 = '22222222-2222-4222-8222-222222222222';
const G3 = '33333333-3333-4333-8333-333333333333';

describe('reading a .qdc codebook', () => {
  it('accepts a BOM, braces around GUIDs, colours as rgb(…) or missing, and reports sets', () => {
    const xml = `\uFEFF<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo">
  <Codes>
    <Code guid="{${G1.toUpperCase()}}" name="Supports" isCodable="true" color="rgb(89, 161, 79)">
      <Description>Help the district offers.</Description>
      <Code guid="${G2}" name="Coaching" isCodable="true"/>
    </Code>
  </Codes>
  <Sets><Set guid="${G3}" name="A set"><MemberCode guid="${G2}"/></Set></Sets>
</CodeBook>`;
    const read = readCodebookQdc(bytes(xml), 'nvivo.qdc');
    expect(read.codes).toEqual([
      expect.objectContaining({ guid: G1, name: 'Supports', colour: '#59a14f', definition: 'Help the district offers.', parentKey: null, line: 4 }),
      expect.objectContaining({ guid: G2, name: 'Coaching', colour: null, parentKey: G1, line: 6 }),
    ]);
    expect(read.problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/1 set of codes not imported/) })]);
  });

  it('makes duplicate names beside each other unique, and reports an unreadable colour', () => {
    const xml = `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
<Code guid="${G1}" name="Tensions" isCodable="true"/>
<Code guid="${G2}" name="tensions" isCodable="true" color="teal"/>
</Codes></CodeBook>`;
    const read = readCodebookQdc(bytes(xml), 'dup.qdc');
    expect(read.codes.map((c) => c.name)).toEqual(['Tensions', 'tensions (2)']);
    expect(read.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      expect.stringMatching(/^3: color: "teal" is not a colour/),
      '3: a code named "tensions" is already beside it: imported as "tensions (2)"',
    ]);
  });

  it('refuses a DOCTYPE, so no entity is ever expanded, naming the file and line', () => {
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE CodeBook [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="${G1}" name="&b;" isCodable="true"/></Codes></CodeBook>`;
    const read = readCodebookQdc(bytes(bomb), 'bomb.qdc');
    expect(read.codes).toEqual([]);
    expect(read.problems).toEqual([expect.objectContaining({ severity: 'error', file: 'bomb.qdc', line: 2, message: expect.stringMatching(/DOCTYPE/) })]);
    const external = `<!DOCTYPE x SYSTEM "file:///etc/passwd"><CodeBook/>`;
    expect(readCodebookQdc(bytes(external), 'x.qdc').problems[0]!.message).toMatch(/DOCTYPE/);
  });

  it('refuses malformed XML, a wrong root, a missing or repeated GUID and a file over the limit, each with its line', () => {
    const malformed = readCodebookQdc(
      bytes(`<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n<Codes>\n<Code guid="${G1}" name="A" isCodable="true">\n</Codes>`),
      'bad.qdc',
    );
    expect(malformed.problems[0]).toMatchObject({ severity: 'error', file: 'bad.qdc', line: 4, message: expect.stringMatching(/^malformed XML/) });
    expect(readCodebookQdc(bytes('<Project/>'), 'p.qdc').problems[0]!.message).toMatch(/starts with <CodeBook>/);
    expect(
      readCodebookQdc(bytes('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>\n<Code name="A" isCodable="true"/></Codes></CodeBook>'), 'g.qdc').problems[0],
    ).toMatchObject({
      line: 2,
      message: '<Code> has no guid attribute',
    });
    const twice = `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>\n<Code guid="${G1}" name="A" isCodable="true"/>\n<Code guid="${G1}" name="B" isCodable="true"/></Codes></CodeBook>`;
    expect(readCodebookQdc(bytes(twice), 't.qdc').problems[0]).toMatchObject({ line: 3, message: `<Code> guid ${G1} is already used on line 2` });
    expect(readCodebookQdc(bytes('<CodeBook/>'.padEnd(2000)), 'big.qdc', { maxBytes: 1000 }).problems[0]!.message).toMatch(/at most/);
    expect(readCodebookFile(bytes(''), 'codes.txt').problems[0]!.message).toMatch(/\.qdc .* or a \.csv/);
  });
});

describe('reading a codebook CSV', () => {
  it('reads parents by path, adding one not on a line of its own, in any column order, with semicolons', () => {
    const csv = '\uFEFFcolour;name;parent;definition\n#abc;Coaching;Supports;Work with a coach.\n;Supports;;Help offered.\n;PLCs;Supports > Teams;\n';
    const read = readCodebookCsv(bytes(csv), 'codes.csv');
    expect(read.codes.map((c) => [c.name, c.line])).toEqual([
      ['Supports', 3],
      ['Coaching', 2],
      ['Teams', 4],
      ['PLCs', 4],
    ]);
    expect(read.codes[0]!.definition).toBe('Help offered.');
    expect(read.codes[1]).toMatchObject({ colour: '#aabbcc', parentKey: read.codes[0]!.key });
    expect(read.problems).toEqual([
      expect.objectContaining({ line: 4, field: 'parent', message: '"Supports > Teams" is not on a line of its own: added as a code' }),
    ]);
  });

  it('needs a name column and a name on every line, naming the line', () => {
    expect(readCodebookCsv(bytes('code,definition\nA,b\n'), 'c.csv').problems[0]!.message).toMatch(/lacks column name/);
    expect(readCodebookCsv(bytes('name,definition\n,b\n'), 'c.csv').problems[0]).toMatchObject({ severity: 'error', line: 2, field: 'name' });
    // A header and no code is refused, as a .qdc without codes is.
    for (const empty of ['name,parent\n', 'name,parent,definition,'])
      expect(readCodebookCsv(bytes(empty), 'empty.csv')).toEqual({
        file: 'empty.csv',
        codes: [],
        problems: [{ severity: 'error', file: 'empty.csv', line: 1, message: 'the file holds no codes: after the header line, one line per code' }],
      });
  });
});
