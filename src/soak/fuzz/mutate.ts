import type { Random } from '../../domain/random.js';

const TOKENS = [
  '-->',
  'WEBVTT',
  'NOTE',
  '<v Speaker>',
  '</v>',
  'Interviewer:',
  '[00:00:01]',
  '\u0000',
  '\uFEFF',
  '\r\n',
  '\n\n',
  '"',
  ',',
  '99:99:99,999',
  '&amp;',
  '&#x1F600;',
  'Ã©',
  'â€™',
  '<w:p>',
  ']]>',
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
  '𝑥',
  '\uD800',
];

/** The file with a few random changes: bits flipped, bytes cut, inserted or repeated, tokens the parsers look for spliced in, the end cut off. */
export function mutate(r: Random, input: Uint8Array): Uint8Array {
  const bytes = [...input];
  const rounds = r.int(1, 6);
  for (let k = 0; k < rounds; k++) {
    const at = r.int(0, Math.max(0, bytes.length - 1));
    switch (r.int(0, 6)) {
      case 0:
        bytes[at] = (bytes[at] ?? 0) ^ (1 << r.int(0, 7));
        break;
      case 1:
        bytes.splice(at, r.int(1, 32));
        break;
      case 2:
        bytes.splice(at, 0, ...Array.from({ length: r.int(1, 16) }, () => r.int(0, 255)));
        break;
      case 3:
        bytes.splice(at, 0, ...new TextEncoder().encode(r.pick(TOKENS)));
        break;
      case 4: {
        const from = r.int(0, Math.max(0, bytes.length - 1));
        const chunk = bytes.slice(from, from + r.int(1, 200));
        for (let n = r.int(1, 20); n > 0; n--) bytes.splice(at, 0, ...chunk);
        break;
      }
      case 5:
        bytes.length = r.int(0, bytes.length);
        break;
      default:
        bytes.splice(at, 0, ...new TextEncoder().encode('x'.repeat(r.int(100, 20_000))));
    }
  }
  return new Uint8Array(bytes);
}
