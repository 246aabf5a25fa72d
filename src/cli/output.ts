import { randomBytes } from 'node:crypto';
import { SingleBar } from 'cli-progress';
import { formatProblem, type Problem } from '../domain/problem.js';
import { BIDI_CONTROLS, C0_CONTROLS, C1_CONTROLS, LONE_SURROGATE } from '../domain/text.js';

/**
 * Output of the CLI: JSON for scripts (--json), readable text for people. Everything printed goes
 * through these helpers, which show the characters a terminal would act on rather than write them:
 * C0 controls other than tab and line feed, DEL, C1 controls (ESC and CSI start the sequences that
 * retitle a window, clear the screen, write to the clipboard or hide a link), the bidirectional
 * overrides and isolates that can make text read other than it is, and lone surrogates.
 */
const TERMINAL_ACTS_ON = new RegExp(`[${C0_CONTROLS}\\r${C1_CONTROLS}${BIDI_CONTROLS}]|${LONE_SURROGATE}`, 'g');

const hex = (c: number, digits: number) => c.toString(16).padStart(digits, '0');

/** Text as a terminal may show it: each character it would act on written out as an escape (ESC as \x1b, U+202E as \u202e). */
export const terminalSafe = (s: string): string =>
  s.replace(TERMINAL_ACTS_ON, (ch) => {
    const c = ch.charCodeAt(0);
    return c < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`;
  });

/**
 * The CLI's own styles are marked with a key drawn as the process starts, which no stored text can
 * hold; a line is made safe around the marks, which then become the terminal's escape sequences.
 */
const STYLE_MARK = `\u001b${randomBytes(8).toString('hex')}`;
const forTerminal = (line: string): string => line.split(STYLE_MARK).map(terminalSafe).join('\u001b');

/** JSON.stringify escapes C0 controls and lone surrogates; these it leaves as they are. */
const UNESCAPED_BY_JSON = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export const printJson = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value, null, 2).replace(UNESCAPED_BY_JSON, (ch) => `\\u${hex(ch.charCodeAt(0), 4)}`)}\n`);
};

export const print = (line = ''): void => {
  process.stdout.write(`${forTerminal(line)}\n`);
};

/** Text on standard error, as it is written (a message of commander's ends in its own line break). */
export const writeError = (text: string): void => {
  process.stderr.write(forTerminal(text));
};

export const printError = (line = ''): void => writeError(`${line}\n`);

/** Data for other programs (CSV): as it is when piped or written to a file, made safe on a terminal. */
export const writeData = (chunk: string): string => (process.stdout.isTTY ? terminalSafe(chunk) : chunk);

const useColour = () => process.stdout.isTTY && !process.env.NO_COLOR;
const style = (on: number, off: number) => (s: string) => (useColour() ? `${STYLE_MARK}[${on}m${s}${STYLE_MARK}[${off}m` : s);
export const bold = style(1, 22);
export const dim = style(2, 22);
export const red = style(31, 39);
export const green = style(32, 39);
export const yellow = style(33, 39);

export function printProblems(problems: readonly Problem[], limit = 200): void {
  for (const p of problems.slice(0, limit)) printError(`  ${p.severity === 'error' ? red(formatProblem(p)) : yellow(formatProblem(p))}`);
  if (problems.length > limit) printError(`  … and ${problems.length - limit} more`);
}

/** Warnings that do not stop the command (the change was made), on standard error. */
export function printWarnings(warnings: readonly string[]): void {
  for (const w of warnings) printError(yellow(`warning: ${w}`));
}

/** A table with columns padded to their widest cell. */
export function printTable(headers: string[], rows: (string | number)[][]): void {
  const cells = [headers, ...rows.map((r) => r.map((c) => terminalSafe(String(c))))];
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

/** A statistic as printed: fixed digits, a dash when it cannot be computed. */
export const figure = (x: number | null, digits = 3): string => (x === null ? '—' : x.toFixed(digits));

/** A p value as printed: below 0.001 said so. */
export const pValue = (p: number | null): string => (p === null ? '—' : p < 0.001 ? '<0.001' : p.toFixed(3));
