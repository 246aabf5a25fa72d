import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { damagedPageTree, IMAGE_ENTRIES, illustratedPage, inflationBomb, manyPages, nestedForms, repeatedContent } from '../../soak/hostile-pdfs.js';
import { UnreadableArtifact } from './errors.js';
import { extractArtifactText } from './index.js';
import { ARTIFACT_READER_LIMITS, ArtifactReader, ArtifactReaderBusy } from './reader.js';

/** The refusal a read ends in, and how long it took. */
async function refusal(reader: ArtifactReader, bytes: Uint8Array, fileName: string): Promise<{ message: string; seconds: number }> {
  const started = performance.now();
  const error = await reader.read(bytes, fileName).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnreadableArtifact);
  return { message: (error as Error).message, seconds: (performance.now() - started) / 1000 };
}

describe('the artifact reader: each file read in a process of its own, within limits', () => {
  it('reads as extractArtifactText does, and passes on its refusals', async () => {
    const reader = new ArtifactReader();
    const pdf = manyPages(3);
    expect(await reader.read(pdf, 'handbook.pdf')).toEqual(await extractArtifactText(pdf, 'handbook.pdf'));
    expect(await reader.read(strToU8('Agenda\r\n\r\n\r\nCoaching'), 'agenda.txt')).toEqual({
      mediaType: 'text/plain',
      format: 'txt',
      text: 'Agenda\n\nCoaching',
    });
    expect((await refusal(reader, strToU8('hello'), 'notes.pages')).message).toBe('notes.pages: unsupported file type .pages; upload PDF, DOCX, XLSX or text');
  });

  it('refuses, under the default limits, a PDF that unpacks to 600 MB and one of 20,000 pages, each well within the time limit', async () => {
    const reader = new ArtifactReader();
    const bomb = inflationBomb();
    expect(bomb.length).toBeLessThan(2.2 * 1048576);
    const refusedBomb = await refusal(reader, bomb, 'report.pdf');
    expect(refusedBomb.message).toBe(
      "report.pdf: the PDF's compressed contents unpack to more than 256 MB; split it into smaller files, or save or print it to PDF again, and upload that",
    );
    const refusedPages = await refusal(reader, manyPages(20_000), 'minutes.pdf');
    expect(refusedPages.message).toBe('minutes.pdf: the PDF has 20,000 pages, more than the 1,000 that are read; split it into smaller files');
    for (const { seconds } of [refusedBomb, refusedPages]) expect(seconds).toBeLessThan(ARTIFACT_READER_LIMITS.timeMs / 1000);
  });

  it('refuses at once, under the default limits, content streams that say they are images, and still reads a PDF of 400 MB of images', async () => {
    const reader = new ArtifactReader();
    // Before images were told apart by what refers to them, this one ran into the memory limit after 8 to 18 s.
    const { message, seconds } = await refusal(reader, inflationBomb(60, 10, { entries: IMAGE_ENTRIES }), 'report.pdf');
    expect(message).toBe(
      "report.pdf: the PDF's compressed contents unpack to more than 256 MB; split it into smaller files, or save or print it to PDF again, and upload that",
    );
    expect(seconds).toBeLessThan(5);
    expect((await reader.read(illustratedPage(40), 'photos.pdf')).text).toBe('Coaching cycles start in October.');
  });

  it('stops a PDF that keeps pdf.js busy at the time limit, and says what to do', async () => {
    const reader = new ArtifactReader({ ...ARTIFACT_READER_LIMITS, timeMs: 3000 });
    const { message, seconds } = await refusal(reader, nestedForms(), 'calendar.pdf');
    expect(message).toBe(
      'calendar.pdf: reading the PDF took longer than 3 s and was stopped; save or print it to PDF again, or split it into smaller files, and upload that',
    );
    expect(seconds).toBeGreaterThanOrEqual(3);
    expect(seconds).toBeLessThan(6);
  });

  it.skipIf(process.platform === 'win32')('stops a reading that needs more memory than its limit', async () => {
    // Drawn 60 times, one 10 MB stream is unpacked 60 times: the inflation check sees it once.
    const reader = new ArtifactReader({ ...ARTIFACT_READER_LIMITS, memoryMb: 256, heapMb: 192, timeMs: 60_000 });
    const { message } = await refusal(reader, repeatedContent(), 'budget.pdf');
    expect(message).toBe(
      'budget.pdf: reading the PDF needed more than 256 MB of memory and was stopped; save or print it to PDF again, or split it into smaller files, and upload that',
    );
  });

  it('refuses a PDF on which pdf.js leaves a rejection unhandled as the damaged file it is', async () => {
    const { message } = await refusal(new ArtifactReader(), damagedPageTree(), 'minutes.pdf');
    expect(message).toMatch(/^minutes\.pdf: the PDF has no text layer/);
  });

  it('reads as many files at once as it takes, lets as many more wait, and refuses the rest as busy', async () => {
    const reader = new ArtifactReader({ ...ARTIFACT_READER_LIMITS, concurrent: 1, waiting: 1, timeMs: 3000 });
    const finished: string[] = [];
    const slow = refusal(reader, nestedForms(), 'slow.pdf').then((r) => {
      finished.push('slow.pdf');
      return r;
    });
    const waiting = reader.read(strToU8('Coaching cycle'), 'waiting.txt').then((r) => {
      finished.push('waiting.txt');
      return r;
    });
    const busy = await reader.read(strToU8('One too many'), 'more.txt').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(busy).toBeInstanceOf(ArtifactReaderBusy);
    expect((busy as Error).message).toBe('more.txt: the server is already reading 2 uploaded files, as many as it takes at once; try again in a minute');
    expect((await slow).message).toMatch(/^slow\.pdf: reading the PDF took longer than 3 s/);
    expect((await waiting).text).toBe('Coaching cycle');
    expect(finished).toEqual(['slow.pdf', 'waiting.txt']);
    // The slots are free again.
    expect((await reader.read(strToU8('Next'), 'next.txt')).text).toBe('Next');
  });
});
