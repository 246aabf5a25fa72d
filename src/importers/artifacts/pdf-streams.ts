import { constants, createInflateRaw } from 'node:zlib';
import { Refusal } from './errors.js';

/** What the compressed (FlateDecode) streams of one PDF may unpack to, all together. */
export const MAX_PDF_INFLATED_BYTES = 256 * 1024 * 1024;

/** The keyword that opens a stream's data; pdf.js skips whatever follows it on its line. */
const STREAM = /(?<=[\s>])stream[^\r\n]*(?:\r\n|\r|\n)/g;
/** How far back from its data a stream's dictionary is looked for. */
const DICTIONARY_WINDOW = 4096;

/**
 * Refuses a PDF whose zlib (FlateDecode) streams unpack to more than MAX_PDF_INFLATED_BYTES in all,
 * before pdf.js reads it: pdf.js inflates a stream whole into memory, and a few KB of zlib data
 * can unpack to gigabytes. Each stream whose data begins with a header pdf.js would inflate is
 * inflated here as pdf.js would (the header checked, not the window size or the checksum; a damaged
 * or cut-short stream counts up to the damage), whatever its Filter entry says, and a stream
 * compressed twice counts twice. Images are left out: text extraction does not decode them. Left to
 * the reading process's limits on time and memory: a stream dressed up as an image, other filters
 * or filters before the zlib one, encrypted files, and a stream drawn many times.
 */
export async function checkInflatedSize(bytes: Uint8Array): Promise<void> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let remaining = MAX_PDF_INFLATED_BYTES;
  for (const match of text.matchAll(STREAM)) {
    const start = match.index + match[0].length;
    if (!isZlibHeader(bytes, start) || isImage(text, match.index)) continue;
    let data: Uint8Array | undefined = bytes.subarray(start);
    // A stream may be compressed twice (Filter [/FlateDecode /FlateDecode]); each pass counts.
    while (data) {
      const pass = await inflate(data, remaining);
      remaining -= pass.size;
      if (remaining < 0) {
        throw new Refusal(
          `the PDF's compressed contents unpack to more than ${MAX_PDF_INFLATED_BYTES / 1048576} MB; ` +
            'split it into smaller files, or save or print it to PDF again, and upload that',
        );
      }
      data = pass.output;
    }
  }
}

/** What pdf.js's FlateStream checks: deflate method, the header's check bits, no preset dictionary. */
function isZlibHeader(bytes: Uint8Array, at: number): boolean {
  const cmf = bytes[at];
  const flg = bytes[at + 1];
  return cmf !== undefined && flg !== undefined && (cmf & 0x0f) === 8 && ((cmf << 8) + flg) % 31 === 0 && (flg & 0x20) === 0;
}

function isImage(text: string, streamAt: number): boolean {
  const from = Math.max(text.lastIndexOf('obj', streamAt), streamAt - DICTIONARY_WINDOW);
  return /\/Subtype\s*\/Image\b/.test(text.slice(from, streamAt));
}

/**
 * Inflates zlib data, counting the bytes it unpacks to, and stops once past `limit`. The output is
 * kept only when it is itself zlib data, for the next pass. node:zlib rather than fflate (as
 * importers/zip uses): several times faster here, and it passes on what it inflated before damage.
 */
async function inflate(data: Uint8Array, limit: number): Promise<{ size: number; output?: Uint8Array }> {
  const inflater = createInflateRaw({ chunkSize: 1 << 16, finishFlush: constants.Z_SYNC_FLUSH });
  inflater.end(data.subarray(2));
  let size = 0;
  let kept: Buffer[] | undefined;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      if (size === 0 && isZlibHeader(chunk, 0)) kept = [];
      size += chunk.length;
      if (size > limit) break;
      kept?.push(chunk);
    }
  } catch {
    // Damaged from here on; pdf.js reads no further either.
  } finally {
    inflater.destroy();
  }
  return size > limit || !kept ? { size } : { size, output: Buffer.concat(kept) };
}
