import { InvalidArgumentError } from 'commander';

/** Option parsers shared by the commands. */
export function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`"${value}" is not a whole number`);
  return n;
}

/** For repeatable options: --cite a --cite b. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
