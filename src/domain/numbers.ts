const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** A decimal comma (3,5), as spreadsheets in many locales write numbers in semicolon-separated files. */
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/** The number a cell holds (3, -0.5, 1e3, or 3,5 with a decimal comma), or undefined when it holds something else. */
export function numberInCell(cell: string): number | undefined {
  if (NUMBER.test(cell)) return Number(cell);
  if (DECIMAL_COMMA.test(cell)) return Number(cell.replace(',', '.'));
  return undefined;
}
