import { SingleBar } from 'cli-progress';
import { formatProblem, type Problem } from '../domain/problem.js';

/** Output of the CLI: JSON for scripts (--json), readable text for people. */
export const printJson = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
};

export const print = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

const useColour = () => process.stdout.isTTY && !process.env.NO_COLOR;
export const bold = (s: string) => (useColour() ? `\u001b[1m${s}\u001b[22m` : s);
export const dim = (s: string) => (useColour() ? `\u001b[2m${s}\u001b[22m` : s);
export const red = (s: string) => (useColour() ? `\u001b[31m${s}\u001b[39m` : s);
export const green = (s: string) => (useColour() ? `\u001b[32m${s}\u001b[39m` : s);
export const yellow = (s: string) => (useColour() ? `\u001b[33m${s}\u001b[39m` : s);

export function printProblems(problems: readonly Problem[], limit = 200): void {
  for (const p of problems.slice(0, limit)) process.stderr.write(`  ${p.severity === 'error' ? red(formatProblem(p)) : yellow(formatProblem(p))}\n`);
  if (problems.length > limit) process.stderr.write(`  … and ${problems.length - limit} more\n`);
}

/** Warnings that do not stop the command (the change was made), on standard error. */
export function printWarnings(warnings: readonly string[]): void {
  for (const w of warnings) process.stderr.write(`${yellow(`warning: ${w}`)}\n`);
}

/** A table with columns padded to their widest cell. */
export function printTable(headers: string[], rows: (string | number)[][]): void {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  print(bold(line(headers)));
  for (const r of cells.slice(1)) print(line(r));
}

/** A progress bar on a terminal (stderr); nothing when output is piped. */
export function progressBar(): { update: (phase: string, done: number, total: number) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new SingleBar({ format: '{phase} [{bar}] {value}/{total}', stream: process.stderr, hideCursor: true, clearOnComplete: true });
  let phase = '';
  let started = false;
  return {
    update(p, done, total) {
      if (!started) {
        bar.start(total, done, { phase: p.padEnd(20) });
        started = true;
      } else if (p !== phase) bar.setTotal(total);
      phase = p;
      bar.update(done, { phase: p.padEnd(20) });
    },
    stop: () => started && bar.stop(),
  };
}
