import { describe, expect, it } from 'vitest';
import { readTranscript } from '../../importers/transcripts/index.js';
import { TURNS } from './seeds.js';
import { toF4Txt, toOtterDocx, toOtterTxt, toRevDocx, toRevTxt } from './service-layouts.js';

/** The fuzzers mutate these seeds: unmutated, each must read as the seed interview, turn for turn. */
describe("the fuzzers' seeds in the layouts of transcription services", () => {
  const spoken = TURNS.map((t) => t.text.replace(/\s+/g, ' '));
  const read = (bytes: Uint8Array, name: string, format: 'txt' | 'docx') => {
    const parsed = readTranscript(bytes, name, format);
    expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    return parsed.turns.map((t) => t.text.replace(/\s+/g, ' '));
  };
  const text = (s: string) => new TextEncoder().encode(s);

  it("read as the interview in Otter.ai's and Rev's text exports", () => {
    expect(read(text(toOtterTxt(TURNS)), 'otter.txt', 'txt')).toEqual(spoken);
    expect(read(text(toRevTxt(TURNS)), 'rev.txt', 'txt')).toEqual(spoken);
  });

  it('read as the interview, time marks left out, in an f4/f5 transcript', () => {
    const turns = readTranscript(text(toF4Txt(TURNS)), 'f4.txt', 'txt').turns;
    expect(turns.map((t) => t.text.replace(/\s+/g, ' '))).toEqual(spoken);
    expect(turns.map((t) => t.speaker)).toEqual(['I', 'B', 'I', 'B']);
  });

  it("read as the interview in Otter.ai's and Rev's Word exports", async () => {
    expect(read(await toOtterDocx(TURNS), 'otter.docx', 'docx')).toEqual(spoken);
    expect(read(await toRevDocx(TURNS), 'rev.docx', 'docx')).toEqual(spoken);
  });
});
