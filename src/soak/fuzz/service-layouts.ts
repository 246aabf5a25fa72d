import { Document, Packer, Paragraph, Tab, TextRun } from 'docx';
import type { TurnToWrite } from '../../demo/transcript-files.js';

/**
 * The seed interview written as transcription services export it, for the fuzzers: Otter.ai's and
 * Rev's text and Word exports and an f4/f5transkript transcript, each in the service's own layout.
 */

/** 0:05, 1:02:03 (Otter.ai) or, padded, 00:05, 01:02:03 (Rev). */
function clock(ms: number, padded: boolean): string {
  const s = Math.floor(ms / 1000);
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  if (h > 0) return `${padded ? two(h) : h}:${two(m)}:${two(sec)}`;
  return `${padded ? two(m) : m}:${two(sec)}`;
}

/** f4transkript's time mark: #hh:mm:ss-t#. */
const mark = (ms: number) => {
  const s = Math.floor(ms / 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `#${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}-${Math.floor((ms % 1000) / 100)}#`;
};

export const toOtterTxt = (turns: readonly TurnToWrite[]) =>
  turns.map((t) => `${t.speaker}  ${clock(t.startMs ?? 0, false)}\n${t.text}\n`).join('\n') + '\nTranscribed by https://otter.ai\n';

export const toRevTxt = (turns: readonly TurnToWrite[]) => turns.map((t) => `${t.speaker} (${clock(t.startMs ?? 0, true)}):\n${t.text}\n`).join('\n');

/** f4/f5 label the interviewer I and the respondent B, each paragraph closed by its time mark. */
export const toF4Txt = (turns: readonly TurnToWrite[]) =>
  turns.map((t) => `${t.speaker === 'Interviewer' ? 'I' : 'B'}: ${t.text.replace(/\n+/g, ' ')} ${mark(t.endMs ?? 0)}\n`).join('\n');

const packed = async (paragraphs: Paragraph[]) => new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));

/** Otter.ai's DOCX: the name in bold, a tab and the time, the words in the paragraphs below. */
export const toOtterDocx = (turns: readonly TurnToWrite[]) =>
  packed([
    ...turns.flatMap((t) => [
      new Paragraph({ children: [new TextRun({ text: t.speaker, bold: true }), new TextRun({ children: [new Tab(), clock(t.startMs ?? 0, false)] })] }),
      ...t.text.split('\n').map((line) => new Paragraph(line)),
      new Paragraph(''),
    ]),
    new Paragraph('Transcribed by https://otter.ai'),
  ]);

/** Rev's DOCX: "Name (00:05):" in bold, the words after a line break in the same paragraph. */
export const toRevDocx = (turns: readonly TurnToWrite[]) =>
  packed(
    turns.map(
      (t) =>
        new Paragraph({
          children: [
            new TextRun({ text: `${t.speaker} (${clock(t.startMs ?? 0, true)}):`, bold: true }),
            new TextRun({ text: t.text.replace(/\n+/g, ' '), break: 1 }),
          ],
        }),
    ),
  );
