import { UnreadableArchive } from '../zip.js';

/** An artifact whose text cannot be extracted; the message names the file, what is wrong and what to do. */
export class UnreadableArtifact extends Error {
  override readonly name = 'UnreadableArtifact';

  constructor(
    readonly fileName: string,
    readonly reason: string,
  ) {
    super(`${fileName}: ${reason}`);
  }
}

/** Thrown by the format readers with the reason alone; extractArtifactText adds the file's name. */
export class Refusal extends Error {}

/** A refusal for an error thrown while reading a part of a DOCX or XLSX archive. */
export function archiveRefusal(e: UnreadableArchive, what: string, advice: string): Refusal {
  return e.overLimit
    ? new Refusal(`the ${what} is too large to read (${e.message} once unpacked); split it into smaller files`)
    : new Refusal(`the archive is damaged (${e.message}); ${advice}`);
}

/**
 * Whether an error is memory running out (a buffer that could not be allocated), which the reading
 * process reports as its memory limit rather than as damage. pdf.js passes on only the message.
 */
export function outOfMemory(e: unknown): boolean {
  return /Array buffer allocation failed|out of memory/i.test(e instanceof Error ? e.message : String(e));
}
