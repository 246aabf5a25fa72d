import { describe, expect, it, vi } from 'vitest';
import { formatOfFile, readTranscript } from './index.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('formatOfFile', () => {
  it('maps extensions case-insensitively', () => {
    expect(formatOfFile('interviews/T01.TXT')).toBe('txt');
    expect(formatOfFile('a.b/Interview.Docx')).toBe('docx');
    expect(formatOfFile('captions.vtt')).toBe('vtt');
    expect(formatOfFile('C:\\data\\subs.SRT')).toBe('srt');
  });

  it('returns undefined for anything else', () => {
    for (const path of ['notes.doc', 'audio.mp3', 'README', 'txt', 'archive.txt/', 'x.constructor']) {
      expect(formatOfFile(path)).toBeUndefined();
    }
  });
});

describe('readTranscript', () => {
  it('decodes and parses a text format, reporting the encoding', () => {
    const bytes = Uint8Array.from('Interviewer: Tell me about the caf\xe9 meetings.\r\nTeacher: It\x92s where we plan the week together.\r\n', (c) =>
      c.charCodeAt(0),
    );
    const result = readTranscript(bytes, 'legacy.txt', 'txt');
    expect(result.format).toBe('txt');
    expect(result.encoding).toBe('windows-1252');
    expect(result.turns.map((t) => [t.speaker, t.text])).toEqual([
      ['Interviewer', 'Tell me about the café meetings.'],
      ['Teacher', 'It’s where we plan the week together.'],
    ]);
    expect(result.problems.map((p) => p.severity)).toEqual(['warning']);
  });

  it('reads VTT and SRT with a BOM and CRLF line endings', () => {
    const vtt = readTranscript(utf8('\uFEFFWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\n<v A>Hi.\r\n'), 'c.vtt', 'vtt');
    expect(vtt.problems).toEqual([]);
    expect(vtt.turns).toEqual([{ speaker: 'A', text: 'Hi.', startMs: 1000, endMs: 2000, line: 3 }]);

    const srt = readTranscript(utf8('\uFEFF1\r\n00:00:01,000 --> 00:00:02,000\r\nA: Hi.\r\n'), 's.srt', 'srt');
    expect(srt.problems).toEqual([]);
    expect(srt.turns).toEqual([{ speaker: 'A', text: 'Hi.', startMs: 1000, endMs: 2000, line: 2 }]);
  });

  it('passes the option to read unlabelled text as one speaker to every parser', () => {
    const options = { unlabelledSpeaker: 'Unlabelled' };
    const txt = readTranscript(utf8('So we began.\r\nThen the coach came.\r\n'), 'plain.txt', 'txt', options);
    expect(txt.turns).toEqual([{ speaker: 'Unlabelled', text: 'So we began.\nThen the coach came.', startMs: null, endMs: null, line: 1 }]);
    expect(txt.problems.map((p) => [p.severity, p.line])).toEqual([['warning', 1]]);
    const srt = readTranscript(utf8('1\n00:00:01,000 --> 00:00:02,000\nHi.\n'), 's.srt', 'srt', options);
    expect(srt.turns).toEqual([{ speaker: 'Unlabelled', text: 'Hi.', startMs: 1000, endMs: 2000, line: 2 }]);
    expect(readTranscript(utf8('So we began.'), 'plain.txt', 'txt').problems.map((p) => p.severity)).toEqual(['error', 'error']);
  });

  it('stops at an encoding error, naming the file', () => {
    const result = readTranscript(Uint8Array.of(0x41, 0x3a, 0x20, 0x00, 0x01, 0xff), 'audio.vtt', 'vtt');
    expect(result.turns).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', file: 'audio.vtt' })]);
  });

  it('turns an exception inside a parser into an error naming the file', async () => {
    vi.resetModules();
    vi.doMock('./txt.js', () => ({
      parseTxt: () => {
        throw new Error('boom');
      },
    }));
    try {
      const fresh = await import('./index.js');
      const result = fresh.readTranscript(utf8('A: Hi.'), 'x.txt', 'txt');
      expect(result).toEqual({
        format: 'txt',
        encoding: 'UTF-8',
        turns: [],
        problems: [{ severity: 'error', file: 'x.txt', message: 'could not be read as a TXT transcript: boom' }],
      });
    } finally {
      vi.doUnmock('./txt.js');
      vi.resetModules();
    }
  });
});
