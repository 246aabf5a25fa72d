import { constants, createInflateRaw } from 'node:zlib';
import { Refusal } from './errors.js';

/** What the compressed (FlateDecode) streams of one PDF other than its images may unpack to, all together. */
export const MAX_PDF_INFLATED_BYTES = 256 * 1024 * 1024;
/** What its images may unpack to, all together, besides. */
export const MAX_PDF_IMAGE_BYTES = 512 * 1024 * 1024;

/** The keyword that opens a stream's data; pdf.js skips whatever follows it on its line. */
const STREAM = /(?<=[\s>])stream[^\r\n]*(?:\r\n|\r|\n)/g;
/** How far back from its data a stream's dictionary is looked for. */
const DICTIONARY_WINDOW = 4096;
/** An indirect reference: object number, generation, R. */
const REFERENCE = /\b(\d+)\s+\d+\s+R\b/g;
/**
 * Where pdf.js may find a stream that it reads to extract text: a page's Contents entry or an
 * array (Contents may be one, directly or as an object of its own), a font's program, its
 * glyphs (CharProcs) and its CMaps.
 */
const READ = /\/(?:Contents|FontFile[23]?|ToUnicode|Encoding|UseCMap)\s*(\d+\s+\d+\s+R\b)|\[([^[\]]*)\]|\/CharProcs\s*<<([^<>]*)>>/g;
/** A name's character written as # and two hex digits, as pdf.js reads it. */
const NAME_ESCAPE = /#([0-9A-Fa-f]{2})/g;
/** The most of an object stream kept to look for references in; beyond, every stream counts as contents. */
const MAX_KEPT_BYTES = 32 * 1024 * 1024;

interface Stream {
  /** Where its data begins. */
  start: number;
  /** Its object number, when its `N G obj` header is found. */
  object?: number;
  dictionary: string;
}

type Budget = { name: 'contents' | 'images'; remaining: number };

/**
 * Refuses a PDF whose zlib (FlateDecode) streams unpack to more than MAX_PDF_INFLATED_BYTES in all,
 * or its images to more than MAX_PDF_IMAGE_BYTES, before pdf.js reads it: pdf.js inflates a stream
 * whole into memory, and a few KB of zlib data can unpack to gigabytes. Each stream whose data
 * begins with a header pdf.js would inflate is inflated here as pdf.js would (the header checked,
 * not the window size or the checksum; a damaged or cut-short stream counts up to the damage),
 * whatever its Filter entry says, and a stream compressed twice counts twice. Images count apart,
 * because text extraction does not decode them; what a stream's dictionary says it is can be a
 * lie, so one that pdf.js may read for text (READ: a page's contents, a font's program, glyphs or
 * CMaps, found in the file and in its object streams) counts as contents whatever it says. Left
 * to the reading process's limits on time and memory: other filters or filters before the zlib
 * one, encrypted files, a stream drawn many times, and, up to the images' budget, a stream dressed
 * up as an image that pdf.js finds by a way READ does not see (an indirect CharProcs dictionary).
 */
export async function checkInflatedSize(bytes: Uint8Array): Promise<void> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const streams = [...text.matchAll(STREAM)]
    .filter((match) => isZlibHeader(bytes, match.index + match[0].length))
    .map((match) => streamAt(text, match.index, match.index + match[0].length));
  const contents: Budget = { name: 'contents', remaining: MAX_PDF_INFLATED_BYTES };
  const images: Budget = { name: 'images', remaining: MAX_PDF_IMAGE_BYTES };
  // Object streams first: the page and font dictionaries in them say which streams are read.
  const read = streamsRead(text);
  let allRead = false;
  const objectStreams = new Set(streams.filter((s) => isObjectStream(s.dictionary)));
  for (const stream of objectStreams) {
    const unpacked = await unpack(bytes.subarray(stream.start), contents, true);
    if (unpacked) for (const object of streamsRead(unpacked.toString('latin1'))) read.add(object);
    else allRead = true;
  }
  for (const stream of streams) {
    if (objectStreams.has(stream)) continue;
    const image = !allRead && stream.object !== undefined && !read.has(stream.object) && isImage(stream.dictionary);
    await unpack(bytes.subarray(stream.start), image ? images : contents, false);
  }
}

/** An image by its dictionary: every Subtype entry (pdf.js keeps the last) says Image. */
function isImage(dictionary: string): boolean {
  const subtypes = [...decodeNames(dictionary).matchAll(/\/Subtype\s*\/([^\s/<>[\]()]*)/g)].map((m) => m[1]);
  return subtypes.length > 0 && subtypes.every((subtype) => subtype === 'Image');
}

function decodeNames(text: string): string {
  return text.replace(NAME_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A stream's data, and its dictionary and object number as found before its `stream` keyword. */
function streamAt(text: string, keywordAt: number, start: number): Stream {
  const windowAt = Math.max(0, keywordAt - DICTIONARY_WINDOW);
  // Looked for in the window only, so that a file of many streams and no `obj` is not read over and over.
  const inWindow = text.slice(windowAt, keywordAt).lastIndexOf('obj');
  if (inWindow < 0) return { start, dictionary: text.slice(windowAt, keywordAt) };
  const header = windowAt + inWindow;
  const object = /(\d+)\s+\d+\s+$/.exec(text.slice(Math.max(0, header - 32), header))?.[1];
  return { start, object: object === undefined ? undefined : Number(object), dictionary: text.slice(header, keywordAt) };
}

/** pdf.js reads a stream as an object stream when its dictionary has the entries N and First. */
function isObjectStream(dictionary: string): boolean {
  const entries = decodeNames(dictionary);
  return /\/N\b/.test(entries) && /\/First\b/.test(entries);
}

/** The objects that pdf.js may read to extract text, as far as `text` says (READ). */
function streamsRead(text: string): Set<number> {
  const read = new Set<number>();
  for (const [, entry, array, glyphs] of decodeNames(text).matchAll(READ)) {
    for (const [, object] of (entry ?? array ?? glyphs!).matchAll(REFERENCE)) read.add(Number(object));
  }
  return read;
}

/**
 * Inflates one stream's data, each pass counted against the budget. With `keep`, returns what it
 * unpacks to, or undefined when that is more than MAX_KEPT_BYTES.
 */
async function unpack(data: Uint8Array, budget: Budget, keep: boolean): Promise<Buffer | undefined> {
  // A stream may be compressed twice (Filter [/FlateDecode /FlateDecode]); each pass counts.
  for (let input = data; ;) {
    const pass = await inflate(input, budget.remaining, keep);
    budget.remaining -= pass.size;
    if (budget.remaining < 0) {
      throw new Refusal(
        budget.name === 'contents'
          ? `the PDF's compressed contents unpack to more than ${MAX_PDF_INFLATED_BYTES / 1048576} MB; ` +
              'split it into smaller files, or save or print it to PDF again, and upload that'
          : `the PDF's images unpack to more than ${MAX_PDF_IMAGE_BYTES / 1048576} MB; ` +
              'save it again with its images compressed as JPEG or at a lower resolution, or split it into smaller files, and upload that',
      );
    }
    if (!pass.output || !isZlibHeader(pass.output, 0)) return pass.output;
    input = pass.output;
  }
}

/** What pdf.js's FlateStream checks: deflate method, the header's check bits, no preset dictionary. */
function isZlibHeader(bytes: Uint8Array, at: number): boolean {
  const cmf = bytes[at];
  const flg = bytes[at + 1];
  return cmf !== undefined && flg !== undefined && (cmf & 0x0f) === 8 && ((cmf << 8) + flg) % 31 === 0 && (flg & 0x20) === 0;
}

/**
 * Inflates zlib data, counting the bytes it unpacks to, and stops once past `limit`. The output is
 * kept when it is itself zlib data, for the next pass, or with `keep` up to MAX_KEPT_BYTES.
 * node:zlib rather than fflate (as importers/zip uses): several times faster here, and it passes
 * on what it inflated before damage.
 */
async function inflate(data: Uint8Array, limit: number, keep: boolean): Promise<{ size: number; output?: Buffer }> {
  const inflater = createInflateRaw({ chunkSize: 1 << 16, finishFlush: constants.Z_SYNC_FLUSH });
  inflater.end(data.subarray(2));
  let size = 0;
  let kept: Buffer[] | undefined = keep ? [] : undefined;
  let zlib = false;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      if (size === 0 && isZlibHeader(chunk, 0)) {
        zlib = true;
        kept ??= [];
      }
      size += chunk.length;
      if (size > limit) break;
      if (!zlib && size > MAX_KEPT_BYTES) kept = undefined;
      kept?.push(chunk);
    }
  } catch {
    // Damaged from here on; pdf.js reads no further either.
  } finally {
    inflater.destroy();
  }
  return size > limit || !kept ? { size } : { size, output: Buffer.concat(kept) };
}
