import type { Command } from 'commander';
import { invalid } from '../../domain/errors.js';
import { codedSegmentsCsv, codedSegmentsXlsx } from '../../exporters/coded-segments.js';
import {
  type CodedPassage,
  codedPassages,
  codedSegments,
  codeMatrix,
  codeQuery,
  cooccurrence,
  MATRIX_BY,
  type RetrievalFilters,
} from '../../services/retrieval.js';
import { writeWhole } from '../report-files.js';
import { bold, dim, print, printJson, printTable } from '../output.js';
import { partnershipOf, withSession } from '../session.js';

interface FilterOptions {
  district?: string;
  school?: string;
  role?: string;
  cycle?: string;
  protocol?: string;
  coder?: string;
  json?: boolean;
}

const withFilters = (c: Command) =>
  c
    .option('--district <district>', 'only interviews of this district (name or ID)')
    .option('--school <school>', 'only interviews of this school (name or ID)')
    .option('--role <role>', 'only this role group: teacher, coach, school_leader, district_leader')
    .option('--cycle <cycle>', 'only this cycle (label or ID)')
    .option('--protocol <protocol>', 'only interviews with this protocol')
    .option('--coder <coder>', "only this coder's codings (account email or ID)")
    .option('--json', 'print as JSON');

const filtersOf = (o: FilterOptions): RetrievalFilters =>
  Object.fromEntries(
    Object.entries({ district: o.district, school: o.school, role: o.role, cycle: o.cycle, protocol: o.protocol, coder: o.coder }).filter(
      ([, v]) => v !== undefined,
    ),
  );

function printPassage(p: CodedPassage, pad = ''): void {
  print(
    `${pad}${bold(p.interview.code)} ${dim(`${p.participant.code} · ${p.role.replace('_', ' ')} · ${p.school.name} · ${p.cycle.label} · ${p.code.name} by ${p.coder.name} · chars ${p.start}–${p.end} · ${p.passageId}`)}`,
  );
  print(`${pad}  “${p.quote}”`);
}

/** Retrieval over codings: a code's passages, code queries, matrices, co-occurrence, and the coded segments as a file. */
export function registerRetrievalCommands(program: Command): void {
  withFilters(
    program
      .command('coded')
      .description(
        "a code's passages, filtered; or `coded export FILE.csv|FILE.xlsx`: the coded segments for R, Stata and SPSS, with the participants' attributes",
      )
      .argument('<code>', 'the code (name or ID), or export')
      .argument('[file]', 'with export: the file to write (.csv or .xlsx)')
      .option('--code <code>', "with export: only this code's segments")
      .option('--with-children', 'also the passages of the codes under it, at any depth (each passage names its code)'),
  ).action(async (code: string, file: string | undefined, opts: FilterOptions & { code?: string; withChildren?: boolean }, cmd: Command) =>
    withSession(cmd, async (s, o) => {
      const pid = (await partnershipOf(s, o)).id;
      if (code === 'export' && file !== undefined) {
        const format = /\.xlsx$/i.test(file) ? 'xlsx' : /\.csv$/i.test(file) ? 'csv' : undefined;
        if (!format) throw invalid(`${file}: the file's name ends in .csv or .xlsx`, { field: 'file' });
        const table = await codedSegments(s.ctx, pid, { ...filtersOf(opts), ...(opts.code !== undefined && { code: opts.code }) });
        await writeWhole(file, format === 'xlsx' ? new Uint8Array(await codedSegmentsXlsx(table)) : new TextEncoder().encode(codedSegmentsCsv(table)));
        if (o.json) return printJson({ file, format, rows: table.rows.length, columns: table.columns });
        return print(`wrote ${table.rows.length} coded segments (${table.columns.length} columns) to ${file}`);
      }
      if (file !== undefined) throw invalid(`coded takes one code (quote a name of several words): "${code} ${file}"`, { field: 'code' });
      const r = await codedPassages(s.ctx, pid, code, filtersOf(opts), { withChildren: Boolean(opts.withChildren) });
      if (o.json)
        return printJson({ code: { id: r.code.id, name: r.code.name }, filter: r.filter, passages: r.passages, artifactPassages: r.artifactPassages });
      const n = r.passages.length;
      const a = r.artifactPassages.length;
      print(
        `${bold(r.code.name)}${opts.withChildren ? ' and the codes under it' : ''} ${dim(`${n} passage${n === 1 ? '' : 's'}${a ? `, ${a} in district artifacts` : ''}`)}`,
      );
      for (const p of r.passages) printPassage(p, '  ');
      for (const p of r.artifactPassages) {
        print(
          `  ${bold(p.artifact.title)} ${dim(`${p.artifact.kind} · ${p.district.name} · ${p.cycle.label} · ${p.code.name} by ${p.coder.name} · chars ${p.start}–${p.end}`)}`,
        );
        print(`    “${p.quote}”`);
      }
    }),
  );
  withFilters(
    program
      .command('code-query')
      .description(
        'passages by code: "A AND B" (A\'s passages overlapping a B), "A NEAR/3 B" (within 3 turns of a B), "A NOT B" (overlapping no B); read left to right, codes by name (quote one that holds AND, NOT or NEAR) or ID',
      )
      .argument('<query>'),
  ).action(async (query: string, opts: FilterOptions, cmd: Command) =>
    withSession(cmd, async (s, o) => {
      const r = await codeQuery(s.ctx, (await partnershipOf(s, o)).id, query, filtersOf(opts));
      if (o.json) return printJson({ query: r.query, codes: r.codes.map((c) => ({ id: c.id, name: c.name })), steps: r.steps, hits: r.hits });
      print(`${bold(query)} ${dim(`${r.hits.length} passage${r.hits.length === 1 ? '' : 's'}`)}`);
      for (const h of r.hits) {
        printPassage(h.passage, '  ');
        for (const w of h.with.flat()) print(dim(`      with ${w.code.name}: “${w.quote}”`));
      }
    }),
  );
  withFilters(
    program
      .command('matrix')
      .description(
        'codes × role group, school, district or cycle, or two of them in one table (--by role,cycle): passages (and participants) in each cell; `warrant coded CODE --role …` opens a cell',
      )
      .requiredOption('--by <dimension>', MATRIX_BY),
  ).action(async (opts: FilterOptions & { by: string }, cmd: Command) =>
    withSession(cmd, async (s, o) => {
      const m = await codeMatrix(s.ctx, (await partnershipOf(s, o)).id, opts.by, filtersOf(opts));
      if (o.json) return printJson({ by: m.by, codes: m.codes.map((c) => ({ id: c.id, name: c.name })), columns: m.columns, cells: m.cells });
      const cell = new Map(m.cells.map((c) => [`${c.codeId} ${c.key}`, c]));
      printTable(
        ['code', ...m.columns.map((c) => c.label)],
        m.codes.map((code) => [
          code.name,
          ...m.columns.map((col) => {
            const c = cell.get(`${code.id} ${col.key}`);
            return c ? `${c.passages} (${c.participants})` : '';
          }),
        ]),
      );
      print(dim('passages (participants)'));
    }),
  );
  withFilters(
    program.command('cooccurrence').description('codes × codes: overlapping passages of every two codes; on the diagonal, each code’s passages'),
  ).action(async (opts: FilterOptions, cmd: Command) =>
    withSession(cmd, async (s, o) => {
      const r = await cooccurrence(s.ctx, (await partnershipOf(s, o)).id, filtersOf(opts));
      if (o.json) return printJson({ codes: r.codes.map((c) => ({ id: c.id, name: c.name })), cells: r.cells });
      const n = new Map(r.cells.map((c) => [`${c.a} ${c.b}`, c.passages]));
      printTable(
        ['code', ...r.codes.map((c) => c.name)],
        r.codes.map((a) => [a.name, ...r.codes.map((b) => n.get(`${a.id} ${b.id}`) ?? '')]),
      );
    }),
  );
}
