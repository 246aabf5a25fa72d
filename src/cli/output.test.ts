import { afterEach, describe, expect, it, vi } from 'vitest';
import { bold, print, printError, printJson, printTable, printWarnings, red, terminalSafe, writeData } from './output.js';

const ESC = '\u001b';

const stdoutIsTTY = process.stdout.isTTY;
const noColour = process.env.NO_COLOR;
const onTerminal = (tty: boolean) => {
  process.stdout.isTTY = tty;
};

function captured(stream: NodeJS.WriteStream, tty: boolean): { text: () => string } {
  const chunks: string[] = [];
  vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => chunks.push(String(chunk)) > 0);
  onTerminal(tty);
  return { text: () => chunks.join('') };
}

describe('terminalSafe', () => {
  it('writes out every character a terminal acts on, and keeps the rest as it is', () => {
    expect(terminalSafe(`${ESC}]0;title\u0007${ESC}[2J\r\u0000\u007f\u009b31m`)).toBe('\\x1b]0;title\\x07\\x1b[2J\\x0d\\x00\\x7f\\x9b31m');
    expect(terminalSafe('\u202Efdp.exe \u2066x\u2069 \u202A\u202B\u202C\u202D')).toBe('\\u202efdp.exe \\u2066x\\u2069 \\u202a\\u202b\\u202c\\u202d');
    expect(terminalSafe('half \ud800 pair')).toBe('half \\ud800 pair');
    expect(terminalSafe('Tabs\tand\nlines, Señora Núñez, 🧮, مرحبا, \u200f')).toBe('Tabs\tand\nlines, Señora Núñez, 🧮, مرحبا, \u200f');
  });

  it('is the same when applied twice', () => {
    const once = terminalSafe(`${ESC}]8;;https://evil.test/${ESC}\\x${ESC}]8;;${ESC}\\`);
    expect(terminalSafe(once)).toBe(once);
  });
});

describe('the output helpers', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.stdout.isTTY = stdoutIsTTY;
    if (noColour === undefined) delete process.env.NO_COLOR;
    else process.env.NO_COLOR = noColour;
  });

  it("keep the CLI's own styles on a terminal, while a style sequence in the text is shown, not run", () => {
    delete process.env.NO_COLOR;
    const out = captured(process.stdout, true);
    print(`${bold('F1')} said ${ESC}[31mred${ESC}[39m ${red('broken')}`);
    expect(out.text()).toBe(`${ESC}[1mF1${ESC}[22m said \\x1b[31mred\\x1b[39m ${ESC}[31mbroken${ESC}[39m\n`);
  });

  it('write no escape sequence at all when output is piped', () => {
    const out = captured(process.stdout, false);
    print(`${bold('F1')} ${ESC}[2J`);
    expect(out.text()).toBe('F1 \\x1b[2J\n');
  });

  it('make standard error safe too', () => {
    const err = captured(process.stderr, false);
    printError(`warrant: no finding named "${ESC}]0;x\u0007"`);
    expect(err.text()).toBe('warrant: no finding named "\\x1b]0;x\\x07"\n');
  });

  it('make the warnings of a saved change safe, in colour on a terminal, quoting what was saved', () => {
    delete process.env.NO_COLOR;
    const err = captured(process.stderr, false);
    onTerminal(true);
    printWarnings([`the text names a participant ("Ms. Alvarez") in "\u202Efdp.exe ${ESC}c"`]);
    expect(err.text()).toBe(`${ESC}[33mwarning: the text names a participant ("Ms. Alvarez") in "\\u202efdp.exe \\x1bc"${ESC}[39m\n`);
  });

  it('pad table columns by the width of what is shown', () => {
    const out = captured(process.stdout, false);
    printTable(
      ['id', 'title'],
      [
        [`a${ESC}`, 'one'],
        ['bb', 'two'],
      ],
    );
    expect(out.text()).toBe('id     title\na\\x1b  one\nbb     two\n');
  });

  it('print JSON that parses to the very text, with C1 controls and overrides escaped as well', () => {
    const text = `${ESC}]0;x\u0007 \u009b2J \u0085 \u202Efdp.exe \ud800`;
    const out = captured(process.stdout, false);
    printJson({ text });
    expect(out.text()).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    expect(out.text()).toContain('\\u001b]0;x\\u0007 \\u009b2J \\u0085 \\u202efdp.exe \\ud800');
    expect(JSON.parse(out.text())).toEqual({ text });
  });

  it('pass data through as it is when piped, and make it safe on a terminal', () => {
    onTerminal(false);
    expect(writeData(`a,${ESC}[2J\n`)).toBe(`a,${ESC}[2J\n`);
    onTerminal(true);
    expect(writeData(`a,${ESC}[2J\n`)).toBe('a,\\x1b[2J\n');
  });
});
