/**
 * Errors a user can act on. Each names what was wrong; the API maps `code` to an HTTP status,
 * the CLI prints the message and exits non-zero.
 */
export type ErrorCode = 'not_found' | 'invalid' | 'conflict' | 'busy' | 'unauthenticated' | 'forbidden' | 'rate_limited';

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

export const notFound = (what: string, id: string): WarrantError => new WarrantError('not_found', `${what} ${id} does not exist`, { id });

export const invalid = (message: string, details?: Record<string, unknown>): WarrantError => new WarrantError('invalid', message, details);

/** An edit of an existing record must say which version it was made on, so that it cannot silently replace a newer one. */
export const versionRequired = (what: string, id: string, current: number, currentValue?: unknown) =>
  new WarrantError(
    'conflict',
    `${what} ${id} is at version ${current}: say which version your edit was made on (expectedVersion ${current}, or --expected-version ${current}) to replace it`,
    { id, currentVersion: current, current: currentValue },
  );

/** Someone else saved a newer version since the caller read it. */
export const versionConflict = (what: string, id: string, expected: number, current: number, currentValue?: unknown) =>
  new WarrantError(
    'conflict',
    `${what} ${id} was changed by someone else: you edited version ${expected}, it is now at version ${current}. Merge your change into the current text and save again.`,
    { id, expectedVersion: expected, currentVersion: current, current: currentValue },
  );
