import { analyse } from 'chardet';
import type { Problem } from '../domain/problem.js';
import { C0_CONTROLS, C1_CONTROLS } from '../domain/text.js';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were decoded from, e.g. "UTF-8", "UTF-16LE", "windows-1252"; "unknown" when they could not be decoded. */
  encoding: string;
  problems: Problem[];
}

/** chardet's lowest confidence (0–100) we accept for a legacy encoding. */
const MIN_CONFIDENCE = 30;
/** Another candidate this close to the best one, decoding the bytes differently, makes the guess ambiguous. */
const AMBIGUITY_MARGIN = 20;

// Line endings are LF by the time these are looked for.
const C0_CONTROL = new RegExp(`[${C0_CONTROLS}]`);
const CONTROL_CHAR = new RegExp(`[${C0_CONTROLS}${C1_CONTROLS}]`);

/**
 * Decodes a text file to a string with LF line endings. Anything that would produce garbled
 * text is either repaired (with a warning) or refused (with an error naming the file).
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  const problems: Problem[] = [];
  const fail = (message: string, line?: number): DecodedText => ({
    text: '',
    encoding: 'unknown',
    problems: [...problems, { severity: 'error', file, ...(line !== undefined && { line }), message }],
  });

  const decoded = decodeBytes(bytes);
  if ('error' in decoded) return fail(decoded.error);
  if (decoded.warning) problems.push({ severity: 'warning', file, message: decoded.warning });

  let text = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

  // C1 controls are checked only after the repair: mojibake made via Latin-1 contains them.
  const binary = C0_CONTROL.exec(text);
  if (binary) return fail(binaryMessage(binary[0]), lineAt(text, binary.index));

  const mojibake = MOJIBAKE.exec(text);
  if (mojibake) {
    const repaired = repairDoubleEncoding(text);
    if (repaired === undefined) {
      return fail(
        `contains garbled characters ("${mojibake[0].replace(/[\u0080-\u009F]/g, '')}") typical of UTF-8 text that was read as windows-1252 and saved again; ` +
          'fix the characters or re-export the transcript from its original source as UTF-8',
        lineAt(text, mojibake.index),
      );
    }
    text = repaired.replace(/^\uFEFF/, '');
    problems.push({
      severity: 'warning',
      file,
      message: 'repaired double-encoded UTF-8 (garbled characters such as "â€™" or "Ã©" were converted back to what they stood for)',
    });
  }

  const control = CONTROL_CHAR.exec(text);
  if (control) return fail(binaryMessage(control[0]), lineAt(text, control.index));

  return { text, encoding: decoded.encoding, problems };
}

type Decoded = { text: string; encoding: string; warning?: string } | { error: string };

function decodeBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = strictDecode('utf-8', bytes);
    return text === undefined
      ? { error: 'starts with a UTF-8 byte-order mark but is not valid UTF-8; save the transcript as UTF-8 again' }
      : { text, encoding: 'UTF-8' };
  }
  for (const [bom, encoding] of [
    [[0xff, 0xfe], 'UTF-16LE'],
    [[0xfe, 0xff], 'UTF-16BE'],
  ] as const) {
    if (!startsWith(bytes, bom)) continue;
    const text = strictDecode(encoding, bytes);
    return text === undefined
      ? { error: `starts with a ${encoding} byte-order mark but is not valid ${encoding}; save the transcript as UTF-8` }
      : { text, encoding, warning: `decoded as ${encoding} (from its byte-order mark); UTF-8 is preferred` };
  }

  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) {
    const text = strictDecode(utf16, bytes);
    if (text !== undefined) {
      return { text, encoding: utf16, warning: `decoded as ${utf16} (the file has no byte-order mark); UTF-8 is preferred` };
    }
  }

  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'UTF-8' };

  if (bytes.includes(0)) return { error: binaryMessage('\0') };

  const legacy = detectLegacyEncoding(bytes);
  if (!legacy) {
    return { error: 'is not UTF-8 and its encoding could not be determined; save the transcript as UTF-8' };
  }
  return { ...legacy, warning: `decoded as ${legacy.encoding} (the file is not UTF-8); saving it as UTF-8 is preferred` };
}

function detectLegacyEncoding(bytes: Uint8Array): { text: string; encoding: string } | undefined {
  const candidates = analyse(bytes)
    .filter((match) => match.name !== 'ASCII')
    .map((match) => ({ ...match, text: strictDecode(match.name, bytes) }))
    // C1 controls or replacement characters mean the bytes are not really in that encoding.
    .filter((c): c is typeof c & { text: string } => c.text !== undefined && !/[\u0080-\u009F\uFFFD]/.test(c.text));
  const best = candidates[0];
  if (!best || best.confidence < MIN_CONFIDENCE) return undefined;
  const rival = candidates.find((c) => c.text !== best.text && c.confidence >= best.confidence - AMBIGUITY_MARGIN);
  return rival ? undefined : { text: best.text, encoding: best.name };
}

/** BOM-less UTF-16 of mostly Latin text has a zero byte in nearly every other position. */
function guessBomlessUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = bytes.length / 2;
  if (oddZeros >= units * 0.7 && evenZeros === 0) return 'UTF-16LE';
  if (evenZeros >= units * 0.7 && oddZeros === 0) return 'UTF-16BE';
  return undefined;
}

function strictDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM keeps a BOM in the output; decodeText strips it itself.
    const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    // Node 20 decodes windows-1252 (and its aliases, such as ISO-8859-1) as Latin-1.
    return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
  } catch {
    // Unsupported label or invalid bytes.
    return undefined;
  }
}

function binaryMessage(char: string): string {
  const code = char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return (
    `contains a control character (U+${code}), so it looks like a binary file rather than a text transcript; ` + 'export the transcript as plain text (UTF-8)'
  );
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

// --- windows-1252 ---

/** Bytes 0x80–0x9F; the five bytes windows-1252 leaves undefined map to C1 controls, as in the WHATWG table. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function windows1252Char(byte: number): string {
  return byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80]! : String.fromCharCode(byte);
}

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += windows1252Char(byte);
  return text;
}

// --- Double-encoded UTF-8 ("mojibake") ---

/** Characters back to bytes; C1 controls too, for text that was misread as Latin-1 rather than windows-1252. */
const MISREAD_BYTE = new Map<string, number>([
  ...Array.from({ length: 0x20 }, (_, i) => [String.fromCharCode(0x80 + i), 0x80 + i] as const),
  ...Array.from({ length: 256 }, (_, b) => [windows1252Char(b), b] as const),
]);
/** What a UTF-8 continuation byte (0x80–0xBF) looks like when read as windows-1252 (or Latin-1). */
const CONTINUATION = (() => {
  const chars = new Set<string>();
  for (let b = 0x80; b <= 0xbf; b++) chars.add(windows1252Char(b)).add(String.fromCharCode(b));
  return [...chars].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
})();
/** Only the pairs typical of misread UTF-8, so genuine accented text is not flagged. */
const MOJIBAKE = new RegExp(`Ã[${CONTINUATION}]|â[€\\u0080][${CONTINUATION}]|Â[\\u00A0-\\u00BF]`);

/** Undoes one round of "UTF-8 read as windows-1252"; undefined if the text is not entirely of that kind. */
function repairDoubleEncoding(text: string): string | undefined {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = MISREAD_BYTE.get(text[i]!);
    if (b === undefined) return undefined;
    bytes[i] = b;
  }
  return strictDecode('utf-8', bytes);
}

/** The text of a table given as bytes (in any encoding `decodeText` reads) or as a string already, with LF line endings. */
export function tableText(input: Uint8Array | string, file: string): { text: string; problems: Problem[] } {
  if (typeof input === 'string') return { text: input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), problems: [] };
  const { text, problems } = decodeText(input, file);
  return { text, problems };
}
