import { expect } from 'vitest';
import { WarrantError } from '../../src/domain/errors.js';

/** The WarrantError that `f` throws (the test fails if it throws nothing, or something else). */
export function errorOf(f: () => unknown): WarrantError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(WarrantError);
    return e as WarrantError;
  }
  throw new Error('expected an error');
}

/** Asserts that `work` fails with a WarrantError of this code whose message matches. */
export async function rejects(work: Promise<unknown>, code: WarrantError['code'], message: RegExp): Promise<void> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WarrantError);
  expect((error as WarrantError).code).toBe(code);
  expect((error as WarrantError).message).toMatch(message);
}
