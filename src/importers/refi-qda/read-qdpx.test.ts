import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { RefiReadResult } from '../../domain/refi-qda.js';
import { readQdpx } from './read-qdpx.js';

const SAMPLES = 'test/support/refi-qda/samples';
const sample = (name: string) => readQdpx(readFileSync(`${SAMPLES}/${name}`), name);
const encode = (s: string) => new TextEncoder().encode(s);
const errors = (r: RefiReadResult) => r.problems.filter((p) => p.severity === 'error');
const warnings = (r: RefiReadResult) => r.problems.filter((p) => p.severity === 'warning');

const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const NS = 'xmlns="urn:QDA-XML:project:1.0"';

/** A .qdpx of one project.qde and the given sources. */
function qdpx(qde: string, files: Record<string, string | Uint8Array> = {}, qdeName = 'project.qde'): Uint8Array {
  return zipSync({ [qdeName]: encode(qde), ...Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? encode(v) : v])) });
}

/** A small valid project: one user, two codes, one source with one coded selection. */
function project(opts: { selection?: string; codeColour?: string; extraSources?: string; extra?: string } = {}) {
  return `<?xml version="1.0" encoding="utf-8"?>
<Project ${NS} name="p" origin="test">
<Users><User guid="${G(1)}" name="ana"/></Users>
<CodeBook><Codes><Code guid="${G(2)}" name="support" isCodable="true"${opts.codeColour ? ` color="${opts.codeColour}"` : ''}><Description>Help given</Description><Code guid="${G(3)}" name="coaching" isCodable="true"/></Code></Codes></CodeBook>
<Sources><TextSource guid="${G(4)}" name="interview 1" plainTextPath="internal://${G(4)}.txt">
${opts.selection ?? `<PlainTextSelection guid="${G(5)}" startPosition="0" endPosition="5" creatingUser="${G(1)}"><Coding guid="${G(6)}" creatingUser="${G(1)}"><CodeRef targetGUID="${G(3)}"/></Coding></PlainTextSelection>`}
</TextSource>${opts.extraSources ?? ''}</Sources>${opts.extra ?? ''}
</Project>`;
}
const TEXT = 'Hello coach, we met weekly.';

describe('readQdpx on real exports', () => {
  it('reads the QualCoder demo: its codebook, two sources, 158 selections and 205 codings, reporting its bare plainTextPath', () => {
    const r = sample('demo.qdpx');
    expect(errors(r)).toEqual([]);
    const p = r.project!;
    expect(p.users).toEqual([{ guid: '39633935-3331-3962-6632-373436373264', name: 'cp' }]);
    expect(p.sources.map((s) => s.name)).toEqual(['board_2017', 'admin-1']);
    expect(p.sources.flatMap((s) => s.selections)).toHaveLength(158);
    expect(p.sources.flatMap((s) => s.selections.flatMap((x) => x.codings))).toHaveLength(205);
    expect(p.codes.find((c) => c.name === 'programming')?.parentGuid).toBe(p.codes.find((c) => c.name === 'competencies')?.guid);
    expect(warnings(r).some((w) => w.message.includes('no internal:// prefix'))).toBe(true);
    const sel = p.sources[0]!.selections[0]!;
    expect([...p.sources[0]!.text].slice(sel.start, sel.end).join('')).toHaveLength(80);
  });

  it('reads the NVivo export: 262 codes and its two text sources', () => {
    const r = sample('nvivo_project.qdpx');
    expect(errors(r)).toEqual([]);
    expect(r.project!.codes).toHaveLength(262);
    expect(r.project!.users.map((u) => u.name)).toEqual(['chrisp', 'cp']);
    expect(r.project!.sources).toHaveLength(2);
  });
});

describe('readQdpx tolerates and reports exporters deviations', () => {
  it('a project file named after the project, a BOM before <?xml, a Sources folder in another case', () => {
    const bytes = zipSync({ 'My Study.qde': new Uint8Array([0xef, 0xbb, 0xbf, ...encode(project())]), [`Sources/${G(4)}.txt`]: encode(TEXT) });
    const r = readQdpx(bytes, 'atlas.qdpx');
    expect(errors(r)).toEqual([]);
    const messages = warnings(r).map((w) => `${w.file}: ${w.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('My Study.qde: the project file is not named project.qde'),
        expect.stringContaining('My Study.qde: starts with a byte order mark'),
        expect.stringContaining('sources folder is named in another case'),
      ]),
    );
    expect(r.project!.sources[0]!.selections[0]!.codings[0]!.codeGuid).toBe(G(3));
  });

  it('CRLF line ends: offsets counted with two characters per line end are moved onto the LF text', () => {
    const raw = 'Line one.\r\nSecond line here.\r\nThird.';
    // "Second line here." in the raw file runs 11..28
    const sel = `<PlainTextSelection guid="${G(5)}" startPosition="11" endPosition="28"><Coding guid="${G(6)}"><CodeRef targetGUID="${G(3)}"/></Coding></PlainTextSelection>`;
    const r = readQdpx(qdpx(project({ selection: sel }), { [`sources/${G(4)}.txt`]: raw }), 'crlf.qdpx');
    expect(errors(r)).toEqual([]);
    const s = r.project!.sources[0]!;
    expect(s.text).toBe('Line one.\nSecond line here.\nThird.');
    expect(s.text.slice(s.selections[0]!.start, s.selections[0]!.end)).toBe('Second line here.');
    expect(warnings(r).some((w) => w.file === `sources/${G(4)}.txt` && w.message.includes('CRLF'))).toBe(true);
  });

  it('CRLF line ends counted as one character are detected and kept', () => {
    const raw = 'Line one.\r\nSecond line here.\r\nThird.';
    const sel = `<PlainTextSelection guid="${G(5)}" startPosition="10" endPosition="27"/>`;
    const r = readQdpx(qdpx(project({ selection: sel }), { [`sources/${G(4)}.txt`]: raw }), 'crlf.qdpx');
    const s = r.project!.sources[0]!;
    expect(s.text.slice(s.selections[0]!.start, s.selections[0]!.end)).toBe('Second line here.');
    expect(warnings(r).some((w) => w.message.includes('count each as one character'))).toBe(true);
  });

  it('memos as <Description>, zero-length selections, duplicate names, colours as rgb() or missing', () => {
    const sel = `<PlainTextSelection guid="${G(5)}" startPosition="0" endPosition="5"><Description>A memo on hello</Description></PlainTextSelection><PlainTextSelection guid="${G(7)}" startPosition="3" endPosition="3"/>`;
    const dup = `<TextSource guid="${G(8)}" name="interview 1" plainTextPath="internal://${G(8)}.txt"/>`;
    const r = readQdpx(
      qdpx(project({ selection: sel, codeColour: 'rgb(255, 0, 16)', extraSources: dup }), { [`sources/${G(4)}.txt`]: TEXT, [`sources/${G(8)}.txt`]: 'x' }),
      'd.qdpx',
    );
    expect(errors(r)).toEqual([]);
    const p = r.project!;
    expect(p.codes[0]!.colour).toBe('#ff0010');
    expect(p.codes[1]!.colour).toBeUndefined();
    const s = p.sources[0]!;
    expect(s.selections.map((x) => x.guid)).toEqual([G(5)]);
    const memo = p.notes.find((n) => n.fromDescription);
    expect(memo?.text).toBe('A memo on hello');
    expect(s.selections[0]!.noteRefs).toEqual([memo!.guid]);
    const w = warnings(r).map((x) => `${x.where} ${x.message}`);
    expect(w).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Code guid=.* colour written as "rgb\(255, 0, 16\)"/),
        expect.stringMatching(/PlainTextSelection guid=.*000000000007.* is empty/),
        expect.stringMatching(/PlainTextSelection guid=.*000000000005.*<Description> instead of a Note/),
        expect.stringMatching(/TextSource guid=.*000000000008.* same name as another source/),
      ]),
    );
  });

  it('lists pictures, PDF regions, audio and video by name instead of dropping them', () => {
    const media = `<PictureSource guid="${G(20)}" name="whiteboard.jpg"><PictureSelection guid="${G(21)}" name="arrow" firstX="1" firstY="1" secondX="2" secondY="2"/></PictureSource><PDFSource guid="${G(22)}" name="plan.pdf"><PDFSelection guid="${G(23)}" page="1" firstX="1" firstY="1" secondX="2" secondY="2"/></PDFSource><AudioSource guid="${G(24)}" name="call.mp3"><AudioSelection guid="${G(25)}" begin="0" end="9"/></AudioSource><VideoSource guid="${G(26)}" name="lesson.mp4"/>`;
    const r = readQdpx(qdpx(project({ extraSources: media }), { [`sources/${G(4)}.txt`]: TEXT }), 'm.qdpx');
    expect(errors(r)).toEqual([]);
    expect(r.project!.unmapped.map((u) => `${u.element} ${u.name ?? ''}`.trim())).toEqual([
      'PictureSource whiteboard.jpg',
      'PictureSelection arrow',
      'PDFSource plan.pdf',
      'PDFSelection',
      'AudioSource call.mp3',
      'AudioSelection',
      'VideoSource lesson.mp4',
    ]);
    expect(warnings(r).filter((w) => w.message.includes('cannot be brought into Warrant yet'))).toHaveLength(7);
  });
});

describe('readQdpx refuses hostile input, naming the file and element', () => {
  it('a file that is not a zip', () => {
    const r = readQdpx(encode('<Project/>'), 'not.qdpx');
    expect(r.project).toBeUndefined();
    expect(errors(r)[0]).toMatchObject({ file: 'not.qdpx', message: expect.stringContaining('not a ZIP archive') });
  });

  it('a zip bomb, before inflating it', () => {
    const bomb = zipSync({ 'project.qde': encode(project()), [`sources/${G(4)}.txt`]: new Uint8Array(3 * 1024 * 1024) });
    const r = readQdpx(bomb, 'bomb.qdpx');
    expect(errors(r)[0]!.message).toMatch(/zip bomb: sources\/.*\.txt would inflate/);
  });

  it('an inner file that claims 2 GB', () => {
    const zip = qdpx(project(), { [`sources/${G(4)}.txt`]: TEXT });
    const out = zip.slice();
    const v = new DataView(out.buffer);
    for (let i = 0; i + 4 <= out.length; i++)
      if (v.getUint32(i, true) === 0x02014b50 && new TextDecoder().decode(out.subarray(i + 46, i + 46 + 8)) === 'sources/')
        v.setUint32(i + 24, 2 * 1024 ** 3, true);
    const r = readQdpx(out, 'big.qdpx');
    expect(r.project).toBeUndefined();
    expect(errors(r)[0]!.message).toMatch(/declares 2,147,483,648 bytes for sources\/.*\.txt, more than the 50 MB accepted/);
  });

  it('entity declarations and external entities (a DOCTYPE is refused, nothing expanded)', () => {
    for (const doctype of [
      '<!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
      '<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    ]) {
      const qde = project().replace('?>', `?>\n${doctype}`).replace('name="p"', 'name="&b;&x;"');
      const r = readQdpx(qdpx(qde, { [`sources/${G(4)}.txt`]: TEXT }), 'ent.qdpx');
      expect(r.project).toBeUndefined();
      expect(errors(r)[0]).toMatchObject({ file: 'project.qde', message: expect.stringMatching(/^line 2: a DOCTYPE declaration is not accepted/) });
    }
  });

  it('XML that is not well formed, with its line', () => {
    const r = readQdpx(qdpx(project().replace('</CodeBook>', '</Codebook>'), { [`sources/${G(4)}.txt`]: TEXT }), 'bad.qdpx');
    expect(errors(r)[0]).toMatchObject({ file: 'project.qde', message: expect.stringMatching(/^line 4/) });
  });

  it('a selection past the end of its source', () => {
    const sel = `<PlainTextSelection guid="${G(5)}" startPosition="3" endPosition="400"/>`;
    const r = readQdpx(qdpx(project({ selection: sel }), { [`sources/${G(4)}.txt`]: TEXT }), 'past.qdpx');
    expect(r.project).toBeUndefined();
    expect(errors(r)).toEqual([
      {
        severity: 'error',
        file: 'project.qde',
        where: `PlainTextSelection guid="${G(5)}" (line 6)`,
        message: 'ends at 400, past the end of its source (27 characters)',
      },
    ]);
  });

  it('a coding that names a missing code GUID', () => {
    const sel = `<PlainTextSelection guid="${G(5)}" startPosition="0" endPosition="5"><Coding guid="${G(6)}"><CodeRef targetGUID="${G(99)}"/></Coding></PlainTextSelection>`;
    const r = readQdpx(qdpx(project({ selection: sel }), { [`sources/${G(4)}.txt`]: TEXT }), 'missing.qdpx');
    expect(r.project).toBeUndefined();
    expect(errors(r)[0]).toMatchObject({ where: `Coding guid="${G(6)}" (line 6)`, message: `names the code ${G(99)}, which is not in the codebook` });
  });

  it('no .qde, two .qde, a source the archive lacks', () => {
    expect(errors(readQdpx(zipSync({ 'a.txt': encode('x') }), 'none.qdpx'))[0]!.message).toMatch(/holds no \.qde/);
    expect(errors(readQdpx(zipSync({ 'a.qde': encode(project()), 'b.qde': encode(project()) }), 'two.qdpx'))[0]!.message).toMatch(/holds 2 \.qde files/);
    expect(errors(readQdpx(qdpx(project()), 'lack.qdpx'))[0]).toMatchObject({
      where: expect.stringContaining('TextSource'),
      message: expect.stringContaining('which the archive does not hold'),
    });
  });
});
