import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { TranscriptFormat } from '../importers/transcripts/index.js';

/** A turn to write into a transcript file, as transcription services and teams produce them. */
export interface TurnToWrite {
  speaker: string;
  text: string;
  startMs: number;
  endMs: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function clock(ms: number, fractionSeparator: '.' | ',' | null): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const base = `${pad(h)}:${pad(m)}:${pad(s)}`;
  return fractionSeparator ? `${base}${fractionSeparator}${pad(ms % 1000, 3)}` : base;
}

/** Plain text: `[hh:mm:ss] Speaker: text`, paragraphs of a turn on lines of their own. */
export function toTxt(turns: readonly TurnToWrite[]): string {
  return turns.map((t) => `[${clock(t.startMs, null)}] ${t.speaker}: ${t.text}`).join('\n\n') + '\n';
}

/** Captions are short: a turn is split into cues of about `wordsPerCue` words. */
function cues(t: TurnToWrite, wordsPerCue = 24): { text: string; startMs: number; endMs: number }[] {
  const words = t.text.replace(/\n+/g, ' ').split(/\s+/);
  const count = Math.max(1, Math.ceil(words.length / wordsPerCue));
  const span = (t.endMs - t.startMs) / count;
  return Array.from({ length: count }, (_, i) => ({
    text: words.slice(i * wordsPerCue, (i + 1) * wordsPerCue).join(' '),
    startMs: Math.round(t.startMs + i * span),
    endMs: Math.round(t.startMs + (i + 1) * span),
  }));
}

/** WebVTT with `<v Speaker>` voice tags on every cue. */
export function toVtt(turns: readonly TurnToWrite[]): string {
  const blocks = turns.flatMap((t) => cues(t).map((c) => `${clock(c.startMs, '.')} --> ${clock(c.endMs, '.')}\n<v ${t.speaker}>${escapeVtt(c.text)}`));
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}

const escapeVtt = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** SubRip, the speaker named on the first cue of each turn (`Speaker: text`). */
export function toSrt(turns: readonly TurnToWrite[]): string {
  let n = 0;
  const blocks = turns.flatMap((t) =>
    cues(t).map((c, i) => `${++n}\n${clock(c.startMs, ',')} --> ${clock(c.endMs, ',')}\n${i === 0 ? `${t.speaker}: ` : ''}${c.text}`),
  );
  return `${blocks.join('\n\n')}\n`;
}

/** Word: one paragraph per turn, the speaker's label in a bold run of its own; the title in the document's properties. */
export async function toDocx(turns: readonly TurnToWrite[], title: string): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Warrant',
    title,
    sections: [
      {
        children: [
          ...turns.flatMap((t) =>
            t.text.split('\n').map(
              (para, i) =>
                new Paragraph({
                  children: i === 0 ? [new TextRun({ text: `${t.speaker}:`, bold: true }), new TextRun({ text: ` ${para}` })] : [new TextRun(para)],
                }),
            ),
          ),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export async function renderTranscript(format: TranscriptFormat, turns: readonly TurnToWrite[], title: string): Promise<Uint8Array | string> {
  switch (format) {
    case 'txt':
      return toTxt(turns);
    case 'vtt':
      return toVtt(turns);
    case 'srt':
      return toSrt(turns);
    case 'docx':
      return toDocx(turns, title);
  }
}
