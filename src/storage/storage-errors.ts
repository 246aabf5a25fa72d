import { WarrantError } from '../domain/errors.js';

interface CodedError {
  code?: unknown;
}

/**
 * Database errors a user can act on, in the project's terms: a uniqueness violation is a change
 * that raced another one (try again on fresh data); a busy database is another writer holding the
 * lock past the wait (try again shortly). Anything else is returned as it is.
 */
export function translateStorageError(e: unknown): unknown {
  const code = (e as CodedError | null)?.code;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505') {
    return new WarrantError('conflict', 'the change conflicts with one made at the same moment (the record already exists); reload and try again');
  }
  if (typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code === '40001' || code === '40P01')) {
    return new WarrantError('busy', 'the database is busy with another change; try again in a moment');
  }
  return e;
}
