/**
 * Errors a user can act on. Each names what was wrong; the API maps `code` to an HTTP status,
 * the CLI prints the message and exits non-zero.
 */
export type ErrorCode = 'not_found' | 'invalid' | 'conflict';

export class WarrantError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'WarrantError';
  }
}

export const notFound = (what: string, id: string): WarrantError =>
  new WarrantError('not_found', `${what} ${id} does not exist`, { id });

export const invalid = (message: string, details?: Record<string, unknown>): WarrantError =>
  new WarrantError('invalid', message, details);

/** Someone else saved a newer version since the caller read it. */
export const versionConflict = (what: string, id: string, expected: number, current: number, currentValue?: unknown) =>
  new WarrantError(
    'conflict',
    `${what} ${id} was changed by someone else: you edited version ${expected}, it is now at version ${current}. Merge your change into the current text and save again.`,
    { id, expectedVersion: expected, currentVersion: current, current: currentValue },
  );
