import { type Command, InvalidArgumentError } from 'commander';
import { invalid } from '../domain/errors.js';
import { findUnwritableText } from '../domain/text.js';

/** Option parsers shared by the commands. */
export function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`"${value}" is not a whole number`);
  return n;
}

/** A list separated by commas: "q1, q2,q3" is q1, q2 and q3. */
export const commaList = (value: string): string[] =>
  value
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);

/** For repeatable options: --cite a --cite b. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Where people reach the server: an http(s) origin such as https://warrant.example.edu, without a path. */
export function publicUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(`"${value}" is not a URL (e.g. https://warrant.example.edu)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError(`"${value}" is not an http or https URL`);
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') {
    throw new InvalidArgumentError(
      `"${value}" has more than a scheme, host and port: Warrant is served from the root of its address (e.g. https://warrant.example.edu)`,
    );
  }
  return url.origin;
}

/**
 * Refuses a command whose arguments or options (its own and the global ones) hold text that may
 * not be stored (domain/text), naming the argument or option, before the command does anything.
 */
export function refuseUnwritableInput(command: Command): void {
  command.registeredArguments.forEach((argument, i) => {
    const unwritable = findUnwritableText(command.processedArgs[i]);
    if (unwritable) throw invalid(`<${argument.name()}>: ${unwritable.problem}`, { field: argument.name() });
  });
  for (let c: Command | null = command; c; c = c.parent) {
    for (const option of c.options) {
      const unwritable = findUnwritableText(c.getOptionValue(option.attributeName()));
      if (unwritable) throw invalid(`${option.long ?? option.short}: ${unwritable.problem}`, { field: option.attributeName() });
    }
  }
  // The actor's name, kept in the audit trail, may come from the environment.
  const actor = findUnwritableText(process.env.WARRANT_USER ?? '');
  if (actor) throw invalid(`WARRANT_USER: ${actor.problem}`, { field: 'as' });
}
