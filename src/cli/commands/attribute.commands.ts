import type { Command } from 'commander';
import { ATTRIBUTE_KINDS, splitAssignment } from '../../domain/participant-attributes.js';
import { invalid } from '../../domain/errors.js';
import { attributeNamed, attributesOf, defineAttribute, editAttribute, type ParticipantAttribute } from '../../services/participant-attributes.js';
import { wholeNumber } from '../options.js';
import { dim, print, printJson, printTable } from '../output.js';
import { partnershipOf, withSession } from '../session.js';

const choicesOf = (text: string | undefined): string[] | undefined => (text === undefined ? undefined : text.split(','));

const asJson = (a: ParticipantAttribute) => ({ id: a.id, name: a.name, kind: a.kind, choices: a.choices, description: a.description, version: a.version });

/** `--set "years of experience=12"` (repeated) as the values a participant edit takes, by attribute name. */
export function assignments(sets: readonly string[] | undefined): Record<string, string> | undefined {
  if (!sets?.length) return undefined;
  const out: Record<string, string> = {};
  for (const text of sets) {
    const a = splitAssignment(text);
    if (!a)
      throw invalid(`--set: "${text}" is not an attribute and its value (write --set "years of experience=12"; nothing after = clears it)`, { field: 'set' });
    out[a.name] = a.value;
  }
  return out;
}

/** The attributes a partnership records of its participants (years of experience, grades taught…). */
export function registerAttributeCommands(program: Command): void {
  const attribute = program
    .command('attribute')
    .description("participant attributes (years of experience, grades taught…): define, edit, list; set a participant's with `participant edit --set`");
  attribute
    .command('add')
    .description('define a participant attribute')
    .argument('<name>', 'its name, as reports and tables show it ("years of experience")')
    .requiredOption('--kind <kind>', `${ATTRIBUTE_KINDS.join(', ')} (choice: one of the choices; choices: several of them)`)
    .option('--choices <list>', 'the choices of a choice or choices attribute, separated by commas ("6,7,8")')
    .option('--description <text>', 'what it records and how')
    .option('--json', 'print as JSON')
    .action(async (name: string, opts: { kind: string; choices?: string; description?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const choices = choicesOf(opts.choices);
        const a = await defineAttribute(s.ctx, {
          partnershipId: (await partnershipOf(s, o)).id,
          name,
          kind: opts.kind,
          ...(choices && { choices }),
          ...(opts.description !== undefined && { description: opts.description }),
        });
        if (o.json) return printJson(asJson(a));
        print(`defined the participant attribute "${a.name}" (${a.kind}${a.choices.length ? `: ${a.choices.join(', ')}` : ''}) ${dim(a.id)}`);
      }),
    );
  attribute
    .command('edit')
    .description('rename an attribute or change its description or choices (a new version); its kind stays')
    .argument('<attribute>', 'its name or ID')
    .option('--name <name>')
    .option('--description <text>')
    .option('--choices <list>', 'the whole list of choices, separated by commas; one some participant has may not be left out')
    .requiredOption('--expected-version <n>', 'the version you edited', wholeNumber)
    .requiredOption('--reason <text>', 'why')
    .option('--json', 'print as JSON')
    .action(async (which: string, opts: { name?: string; description?: string; choices?: string; expectedVersion: number; reason: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const found = await attributeNamed(s.ctx, (await partnershipOf(s, o)).id, which);
        const choices = choicesOf(opts.choices);
        const a = await editAttribute(s.ctx, {
          id: found.id,
          expectedVersion: opts.expectedVersion,
          reason: opts.reason,
          ...(opts.name !== undefined && { name: opts.name }),
          ...(opts.description !== undefined && { description: opts.description }),
          ...(choices && { choices }),
        });
        if (o.json) return printJson(asJson(a));
        print(`"${a.name}" is at version ${a.version}`);
      }),
    );
  attribute
    .command('list')
    .option('--json', 'print as JSON')
    .action(async (_o: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const rows = await attributesOf(s.ctx, (await partnershipOf(s, o)).id);
        if (o.json) return printJson(rows.map(asJson));
        printTable(
          ['Name', 'Kind', 'Choices', 'Description', 'Version'],
          rows.map((a) => [a.name, a.kind, a.choices.join(', '), a.description, a.version]),
        );
      }),
    );
}
