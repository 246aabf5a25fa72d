import { type Command, InvalidArgumentError } from 'commander';
import { invalid } from '../domain/errors.js';
import { findUnwritableText } from '../domain/text.js';

/** Option parsers shared by the commands. */
export function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`"${value}" is not a whole number`);
  return n;
}

/** For repeatable options: --cite a --cite b. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

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
