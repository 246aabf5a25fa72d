import type { Command } from 'commander';
import { ROLE_GROUPS } from '../../domain/roles.js';
import { cyclesOf, organizationsOf, participantsOf } from '../../services/directory.js';
import { organizationOf, participantOf } from '../../services/lookup.js';
import { addOrganization, renameOrganization } from '../../services/organizations.js';
import { addParticipant, editParticipant } from '../../services/participants.js';
import { addCycle, createPartnership } from '../../services/partnerships.js';
import { attributesOf, attributeValuesOf } from '../../services/participant-attributes.js';
import { formatAttributeValue } from '../../domain/participant-attributes.js';
import { assignments } from './attribute.commands.js';
import type { OrganizationKind } from '../../storage/schema.js';
import { wholeNumber } from '../options.js';
import { dim, print, printJson, printTable } from '../output.js';
import { partnershipOf, withSession } from '../session.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

const ORGANIZATIONS: { kind: OrganizationKind; command: string; what: string }[] = [
  { kind: 'district', command: 'district', what: 'districts' },
  { kind: 'school', command: 'school', what: "a district's schools" },
  { kind: 'unit', command: 'unit', what: "a district's central-office units" },
];

/** Starting a partnership by hand: the partnership, its cycles, districts, schools, units and participants. */
export function registerSetupCommands(program: Command): void {
  const partnership = program.command('partnership').description('partnerships: create one without a bundle');
  partnership
    .command('create')
    .description('create a partnership (with the default ISF templates, framework and theory of action), its first cycles and its quote minimum')
    .argument('<name>')
    .option('--cycle <label>', 'a first cycle (school year, "2009-10"); repeat for several', collect)
    .option('--quote-minimum <n>', 'the smallest role group in a district whose words may be quoted to partners (default 3)', wholeNumber)
    .option('--json', 'print as JSON')
    .action(async (name: string, opts: { cycle?: string[]; quoteMinimum?: number }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await createPartnership(s.ctx, name, {
          ...(opts.cycle && { cycles: opts.cycle }),
          ...(opts.quoteMinimum !== undefined && { quoteMinimum: opts.quoteMinimum }),
        });
        const cycles = await cyclesOf(s.ctx, p.id);
        if (o.json) return printJson({ id: p.id, name: p.name, quoteMinimum: p.quote_min_participants, cycles: cycles.map((c) => c.label) });
        print(`created the partnership "${p.name}" ${dim(p.id)}${cycles.length ? `, cycles ${cycles.map((c) => c.label).join(', ')}` : ''}`);
      }),
    );

  const cycle = program.command('cycle').description('cycles (school years)');
  cycle
    .command('add')
    .description('add a cycle (a school year, "2010-11")')
    .argument('<label>')
    .action(async (label: string, _o: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const c = await addCycle(s.ctx, (await partnershipOf(s, o)).id, label);
        print(`added the cycle ${c.label} ${dim(c.id)}`);
      }),
    );
  cycle
    .command('list')
    .option('--json', 'print as JSON')
    .action(async (_o: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const cycles = await cyclesOf(s.ctx, (await partnershipOf(s, o)).id);
        if (o.json) return printJson(cycles.map((c) => ({ id: c.id, label: c.label })));
        for (const c of cycles) print(`${c.label} ${dim(c.id)}`);
      }),
    );

  for (const { kind, command, what } of ORGANIZATIONS) {
    const group = program.command(command).description(`${what}: add, rename, list`);
    const add = group
      .command('add')
      .description(`add ${kind === 'district' ? 'a district' : kind === 'school' ? 'a school to a district' : 'a central-office unit to a district'}`)
      .argument('<name>');
    if (kind !== 'district') add.requiredOption('--district <district>', 'its district (name or ID)');
    add.option('--json', 'print as JSON').action(async (name: string, opts: { district?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const row = await addOrganization(s.ctx, {
          partnershipId: (await partnershipOf(s, o)).id,
          kind,
          name,
          ...(opts.district && { district: opts.district }),
        });
        if (o.json) return printJson({ id: row.id, kind: row.kind, name: row.name, districtId: row.district_id });
        print(`added the ${kind === 'unit' ? 'central-office unit' : kind} "${row.name}" ${dim(row.id)}${opts.district ? ` to ${opts.district}` : ''}`);
      }),
    );
    group
      .command('rename')
      .description(`rename a ${kind === 'unit' ? 'central-office unit' : kind} (interviews follow; the audit trail keeps the old name)`)
      .argument('<current>', kind === 'district' ? 'name or ID' : 'name, "name (district)" or ID')
      .argument('<name>', 'the new name')
      .option('--reason <text>', 'why')
      .action(async (current: string, name: string, opts: { reason?: string }, cmd: Command) =>
        withSession(cmd, async (s, o) => {
          const found = await organizationOf(s.ctx, (await partnershipOf(s, o)).id, kind, current);
          const row = await renameOrganization(s.ctx, { id: found.id, name, ...(opts.reason && { reason: opts.reason }) });
          print(`"${found.name}" is now "${row.name}"`);
        }),
      );
    group
      .command('list')
      .option('--json', 'print as JSON')
      .action(async (_o: unknown, cmd: Command) =>
        withSession(cmd, async (s, o) => {
          const pid = (await partnershipOf(s, o)).id;
          const rows = await organizationsOf(s.ctx, pid, kind);
          const districts = new Map((await organizationsOf(s.ctx, pid, 'district')).map((d) => [d.id, d.name]));
          if (o.json) return printJson(rows.map((r) => ({ id: r.id, name: r.name, district: r.district_id ? districts.get(r.district_id) : null })));
          printTable(
            kind === 'district' ? ['ID', 'Name'] : ['ID', 'Name', 'District'],
            rows.map((r) => (kind === 'district' ? [r.id, r.name] : [r.id, r.name, districts.get(r.district_id ?? '') ?? ''])),
          );
        }),
      );
  }

  const participant = program.command('participant').description('participants (the roster) by hand: add, edit, list');
  participant
    .command('add')
    .description('add a participant: teachers, coaches and school leaders with their school, district leaders with their district')
    .requiredOption('--pseudonym <name>', 'the name reports use')
    .requiredOption('--role <role>', `role group: ${ROLE_GROUPS.join(', ')}`)
    .option('--school <school>', 'their school (name, "name (district)" where two share a name, or ID)')
    .option('--district <district>', "a district leader's district, or the school's district")
    .option('--unit <unit>', "a district leader's central-office unit")
    .option('--id <code>', "the team's participant ID (default: the next free one, T01, C01, SL01, DL01…)")
    .option('--set <attribute=value>', 'a participant attribute\'s value ("years of experience=12", "grades taught=6,7"); repeat for several', collect)
    .option('--json', 'print as JSON')
    .action(async (opts: { pseudonym: string; role: string; school?: string; district?: string; unit?: string; id?: string; set?: string[] }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const attributes = assignments(opts.set);
        const row = await addParticipant(s.ctx, {
          ...(attributes && { attributes }),
          partnershipId: (await partnershipOf(s, o)).id,
          pseudonym: opts.pseudonym,
          role: opts.role,
          ...(opts.school && { school: opts.school }),
          ...(opts.district && { district: opts.district }),
          ...(opts.unit && { unit: opts.unit }),
          ...(opts.id && { code: opts.id }),
        });
        if (o.json)
          return printJson({
            id: row.id,
            code: row.code,
            pseudonym: row.pseudonym,
            role: row.role,
            districtId: row.district_id,
            organizationId: row.organization_id,
          });
        const place = await s.ctx.store.organizations.byId(row.organization_id);
        print(`added ${row.code}, ${row.pseudonym} (${row.role.replace('_', ' ')}, ${place?.name ?? row.organization_id}) ${dim(row.id)}`);
      }),
    );
  participant
    .command('edit')
    .description(
      "change a participant's pseudonym, role group, school or district, or attribute values (a new version); past interviews keep the role and school given at the time unless --also-past-interviews",
    )
    .argument('<participant>', 'participant ID (code) or internal ID')
    .option('--pseudonym <name>')
    .option('--role <role>', `role group: ${ROLE_GROUPS.join(', ')}`)
    .option('--school <school>')
    .option('--district <district>')
    .option('--unit <unit>')
    .option('--set <attribute=value>', 'a participant attribute\'s value ("years of experience=12"; nothing after = clears it); repeat for several', collect)
    .option(
      '--also-past-interviews',
      'the new role or school is a correction: the interviews given with the old ones were wrong too, and are corrected with the same reason',
    )
    .requiredOption('--expected-version <n>', 'the version you edited', wholeNumber)
    .requiredOption('--reason <text>', 'why')
    .option('--json', 'print as JSON')
    .action(
      async (
        who: string,
        opts: {
          pseudonym?: string;
          role?: string;
          school?: string;
          district?: string;
          unit?: string;
          set?: string[];
          alsoPastInterviews?: boolean;
          expectedVersion: number;
          reason: string;
        },
        cmd: Command,
      ) =>
        withSession(cmd, async (s, o) => {
          const found = await participantOf(s.ctx, (await partnershipOf(s, o)).id, who);
          const { pseudonym, role, school, district, unit, expectedVersion, reason } = opts;
          const attributes = assignments(opts.set);
          const edited = await editParticipant(s.ctx, {
            id: found.id,
            expectedVersion,
            reason,
            ...(attributes && { attributes }),
            ...(opts.alsoPastInterviews && { alsoPastInterviews: true }),
            ...(pseudonym !== undefined && { pseudonym }),
            ...(role !== undefined && { role }),
            ...(school !== undefined && { school }),
            ...(district !== undefined && { district }),
            ...(unit !== undefined && { unit }),
          });
          const p = edited.participant;
          if (o.json)
            return printJson({
              id: p.id,
              code: p.code,
              version: p.version,
              role: p.role,
              organizationId: p.organization_id,
              interviewsKept: edited.interviewsKept,
              interviewsCorrected: edited.interviewsCorrected,
            });
          print(`${p.code} is at version ${p.version}`);
          if (edited.interviewsCorrected)
            print(`${edited.interviewsCorrected} earlier interview${edited.interviewsCorrected === 1 ? '' : 's'} corrected to the new role and school`);
          if (edited.interviewsKept)
            print(`${edited.interviewsKept} earlier interview${edited.interviewsKept === 1 ? '' : 's'} keep the role and school given at the time`);
        }),
    );
  participant
    .command('list')
    .description('the roster, with the participant attributes')
    .option('--where <attribute=value>', 'only participants with this value of an attribute ("grades taught=7")')
    .option('--json', 'print as JSON')
    .action(async (opts: { where?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const pid = (await partnershipOf(s, o)).id;
        const where = opts.where === undefined ? undefined : assignments([opts.where]);
        const [attribute, value] = where ? Object.entries(where)[0]! : [];
        const rows = await participantsOf(s.ctx, pid, attribute !== undefined ? { attribute: { attribute, value: value ?? '' } } : {});
        const names = new Map((await organizationsOf(s.ctx, pid)).map((r) => [r.id, r.name]));
        const defined = await attributesOf(s.ctx, pid);
        const values = await attributeValuesOf(s.ctx, pid);
        const valuesOf = (id: string) => Object.fromEntries(defined.map((a) => [a.name, values.get(id)?.[a.id] ?? null]));
        if (o.json)
          return printJson(
            rows.map((r) => ({
              id: r.id,
              code: r.code,
              pseudonym: r.pseudonym,
              role: r.role,
              organization: names.get(r.organization_id),
              attributes: valuesOf(r.id),
              version: r.version,
            })),
          );
        printTable(
          ['ID', 'Pseudonym', 'Role group', 'School or district', ...defined.map((a) => a.name), 'Version'],
          rows.map((r) => [
            r.code,
            r.pseudonym,
            r.role,
            names.get(r.organization_id) ?? '',
            ...defined.map((a) => formatAttributeValue(values.get(r.id)?.[a.id])),
            r.version,
          ]),
        );
      }),
    );
}
