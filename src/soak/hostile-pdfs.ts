import { strFromU8, strToU8, zlibSync } from 'fflate';

/**
 * PDFs built to overload or end the process that reads them, as a red-team pass (and the fuzzing
 * run) found them: each must be refused within the reader's limits, with a message that names the
 * file, while the server keeps answering. Used by the tests, the fuzzing run and `npm run hostile`,
 * which measures them.
 */

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
const PAGE_BOX = '/MediaBox [0 0 612 792]';

/** A stream object: its dictionary entries (Length added) and its data. */
export function pdfStream(entries: string, data: Uint8Array | string): Uint8Array {
  const bytes = typeof data === 'string' ? strToU8(data) : data;
  return concat([strToU8(`<< ${entries} /Length ${bytes.length} >>\nstream\n`), bytes, strToU8('\nendstream')]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * A PDF of the given objects, numbered from 1 (1 is the catalog), with its cross-reference table;
 * or, when some objects (not streams) are to be in an object stream, with a cross-reference stream.
 */
export function pdfFile(objects: (string | Uint8Array)[], inObjectStream: ReadonlySet<number> = new Set()): Uint8Array {
  if (inObjectStream.size > 0) return pdfFileWithObjectStream(objects, inObjectStream);
  const parts: Uint8Array[] = [strToU8('%PDF-1.7\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((object, i) => {
    offsets.push(length);
    for (const part of [strToU8(`${i + 1} 0 obj\n`), typeof object === 'string' ? strToU8(object) : object, strToU8('\nendobj\n')]) {
      parts.push(part);
      length += part.length;
    }
  });
  const size = objects.length + 1;
  parts.push(
    strToU8(
      `xref\n0 ${size}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}` +
        `trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`,
    ),
  );
  return concat(parts);
}

/** The objects numbered in `inObjectStream` go into one zlib object stream, as PDF 1.5 and later writers do. */
function pdfFileWithObjectStream(objects: (string | Uint8Array)[], inObjectStream: ReadonlySet<number>): Uint8Array {
  const compressed = [...inObjectStream].sort((a, b) => a - b);
  const bodies = compressed.map((n) => `${objects[n - 1] as string}\n`);
  const index = compressed.map((n, i) => `${n} ${bodies.slice(0, i).join('').length}`).join(' ') + '\n';
  const objectStream = objects.length + 1;
  const xrefStream = objects.length + 2;
  const all = [
    ...objects.map((o, i) => (inObjectStream.has(i + 1) ? undefined : o)),
    pdfStream(`/Type /ObjStm /N ${compressed.length} /First ${index.length} /Filter /FlateDecode`, zlibSync(strToU8(index + bodies.join('')))),
  ];
  const parts: Uint8Array[] = [strToU8('%PDF-1.7\n')];
  let length = parts[0]!.length;
  // Each entry: type (0 free, 1 at an offset, 2 in the object stream), offset or object stream, generation or index.
  const entries: [number, number, number][] = [[0, 0, 0xffff]];
  all.forEach((object, i) => {
    if (object === undefined) {
      entries.push([2, objectStream, compressed.indexOf(i + 1)]);
      return;
    }
    entries.push([1, length, 0]);
    for (const part of [strToU8(`${i + 1} 0 obj\n`), typeof object === 'string' ? strToU8(object) : object, strToU8('\nendobj\n')]) {
      parts.push(part);
      length += part.length;
    }
  });
  entries.push([1, length, 0]);
  const table = new Uint8Array(entries.length * 7);
  const view = new DataView(table.buffer);
  entries.forEach(([type, field, number], i) => {
    view.setUint8(i * 7, type);
    view.setUint32(i * 7 + 1, field);
    view.setUint16(i * 7 + 5, number);
  });
  parts.push(
    strToU8(`${xrefStream} 0 obj\n`),
    pdfStream(`/Type /XRef /Size ${xrefStream + 1} /W [1 4 2] /Root 1 0 R`, table),
    strToU8(`\nendobj\nstartxref\n${length}\n%%EOF\n`),
  );
  return concat(parts);
}

/** Text operators: a line of text drawn again and again, `megabytes` of them. */
function textOperators(megabytes: number): Uint8Array {
  const line = 'BT /F1 12 Tf 72 720 Td (All work and no play makes a dull report) Tj ET\n';
  return strToU8(line.repeat(Math.ceil((megabytes * 1048576) / line.length)));
}

/** What an image stream of 10 MB of gray pixels says it is: a content stream may say so too. */
export const IMAGE_ENTRIES = '/Type /XObject /Subtype /Image /Width 4096 /Height 2560 /ColorSpace /DeviceGray /BitsPerComponent 8';

/**
 * One page whose content is `streams` zlib streams of `megabytesEach` MB of text operators each
 * (the same compressed bytes in every one): by default 2.1 MB that unpack to 600 MB. The streams'
 * dictionaries may say more (that they are images, IMAGE_ENTRIES), and the page may be in an
 * object stream.
 */
export function inflationBomb(streams = 60, megabytesEach = 10, { entries = '', pageInObjectStream = false } = {}): Uint8Array {
  const compressed = zlibSync(textOperators(megabytesEach), { level: 9 });
  const contents = Array.from({ length: streams }, (_, i) => `${5 + i} 0 R`).join(' ');
  return pdfFile(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R ${PAGE_BOX} /Resources << /Font << /F1 4 0 R >> >> /Contents [${contents}] >>`,
      FONT,
      ...Array.from({ length: streams }, () => pdfStream(`${entries} /Filter /FlateDecode`.trim(), compressed)),
    ],
    new Set(pageInObjectStream ? [2, 3] : []),
  );
}

/** Not hostile: a page of text with `images` gray images of 10 MB each drawn on it, compressed as PDF writers do (400 MB in all by default). */
export function illustratedPage(images = 40): Uint8Array {
  const pixels = zlibSync(
    new Uint8Array(10 * 1048576).map((_, i) => (i >> 12) & 0xff),
    { level: 6 },
  );
  const names = Array.from({ length: images }, (_, i) => `/Im${i} ${6 + i} 0 R`).join(' ');
  const drawn = Array.from({ length: images }, (_, i) => `q 61 0 0 38 ${(i % 10) * 61} ${Math.floor(i / 10) * 38} cm /Im${i} Do Q`).join('\n');
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R ${PAGE_BOX} /Resources << /Font << /F1 4 0 R >> /XObject << ${names} >> >> /Contents 5 0 R >>`,
    FONT,
    pdfStream('', `${drawn}\nBT /F1 12 Tf 72 720 Td (Coaching cycles start in October.) Tj ET`),
    ...Array.from({ length: images }, () => pdfStream(`${IMAGE_ENTRIES} /Filter /FlateDecode`, pixels)),
  ]);
}

/** One page whose content is one zlib stream drawn `times` times: unpacked once it is small, read over and over it is not. */
export function repeatedContent(times = 60, megabytes = 10): Uint8Array {
  const contents = Array.from({ length: times }, () => '5 0 R').join(' ');
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R ${PAGE_BOX} /Resources << /Font << /F1 4 0 R >> >> /Contents [${contents}] >>`,
    FONT,
    pdfStream('/Filter /FlateDecode', zlibSync(textOperators(megabytes), { level: 9 })),
  ]);
}

/** `count` pages of two short lines each: 20,000 make about 6.9 MB. */
export function manyPages(count = 20_000): Uint8Array {
  const pages = Array.from({ length: count }, (_, i) => [
    `<< /Type /Page /Parent 2 0 R ${PAGE_BOX} /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`,
    pdfStream('', `BT /F1 12 Tf 14 TL 72 720 Td (Page ${i + 1} of the handbook) Tj T* (Coaches meet teachers weekly.) Tj ET`),
  ]).flat();
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: count }, (_, i) => `${4 + i * 2} 0 R`).join(' ')}] /Count ${count} >>`,
    FONT,
    ...pages,
  ]);
}

/**
 * About 2 KB that keep pdf.js busy for minutes: form XObjects nested `depth` deep, each drawing the
 * next `fan` times, the last a letter of text (fan^(depth - 1) letters: a million by default). pdf.js
 * reads a form without text only once; these it reads every time they are drawn.
 */
export function nestedForms(depth = 7, fan = 10): Uint8Array {
  const form = (k: number) => 5 + k;
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R ${PAGE_BOX} /Resources << /Font << /F1 4 0 R >> /XObject << /X0 ${form(0)} 0 R >> >> /Contents ${form(depth)} 0 R >>`,
    FONT,
    ...Array.from({ length: depth }, (_, k) =>
      k === depth - 1
        ? pdfStream('/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >>', 'BT /F1 12 Tf 72 720 Td (x) Tj ET')
        : pdfStream(
            `/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X${k + 1} ${form(k + 1)} 0 R >> >>`,
            Array(fan)
              .fill(`/X${k + 1} Do`)
              .join(' '),
          ),
    ),
    pdfStream('', 'BT /F1 12 Tf 72 720 Td (Professional development calendar) Tj ET /X0 Do'),
  ]);
}

/**
 * Two pages, the first object's header and the second's dictionary damaged: pdf.js, prefetching the
 * page tree's kids, then leaves a rejection unhandled, which ends a Node process that does not
 * catch it (as the server did while it read PDFs itself). Found by the fuzzing run.
 */
export function damagedPageTree(): Uint8Array {
  const page = (contents: number) => `<< /Type /Page /Parent 2 0 R ${PAGE_BOX} /Resources << /Font << /F1 5 0 R >> >> /Contents ${contents} 0 R >>`;
  const pdf = pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>',
    page(6),
    page(7),
    FONT,
    pdfStream('', 'BT /F1 12 Tf 72 720 Td (Coaching cycles start in October.) Tj ET'),
    pdfStream('', 'BT /F1 12 Tf 72 720 Td (Principals observe twice a term.) Tj ET'),
  ]);
  const damaged = strFromU8(pdf, true)
    .replace('3 0 obj', '3 0 ob[Y')
    .replace(`${page(7)}\nendobj`, `${page(7).slice(0, -1)}${'x'.repeat(1440)}>\nendobj`);
  return strToU8(damaged, true);
}

export interface HostilePdf {
  fileName: string;
  /** What it does. */
  attack: string;
  bytes: () => Uint8Array;
  /** Which of the reader's limits stops it (or that it is read as the damaged file it is). */
  stoppedBy: 'inflated bytes' | 'pages' | 'time or memory' | 'its damage';
  /** The refusal it gets. */
  refusal: RegExp;
}

const overrun = (fileName: string) =>
  new RegExp(`^${fileName.replace('.', '\\.')}: reading the PDF (took longer than \\d+ s|needed more than \\d+ MB of memory) and was stopped`);

/** The hostile PDFs, with the refusal each gets. */
export const HOSTILE_PDFS: readonly HostilePdf[] = [
  {
    fileName: 'inflation-bomb.pdf',
    attack: '60 zlib streams of text operators: 2.1 MB that unpack to 600 MB',
    bytes: () => inflationBomb(),
    stoppedBy: 'inflated bytes',
    refusal: /^inflation-bomb\.pdf: the PDF's compressed contents unpack to more than 256 MB/,
  },
  {
    fileName: 'images-in-name.pdf',
    attack: 'the 60 zlib streams of inflation-bomb.pdf, each saying it is an image (which text extraction does not unpack)',
    bytes: () => inflationBomb(60, 10, { entries: IMAGE_ENTRIES }),
    stoppedBy: 'inflated bytes',
    refusal: /^images-in-name\.pdf: the PDF's compressed contents unpack to more than 256 MB/,
  },
  {
    fileName: 'many-pages.pdf',
    attack: '20,000 pages',
    bytes: () => manyPages(),
    stoppedBy: 'pages',
    refusal: /^many-pages\.pdf: the PDF has 20,000 pages, more than the 1,000 that are read/,
  },
  {
    fileName: 'nested-forms.pdf',
    attack: 'form XObjects nested 7 deep, each drawing the next 10 times: a million letters from 2 KB',
    bytes: () => nestedForms(),
    stoppedBy: 'time or memory',
    refusal: overrun('nested-forms.pdf'),
  },
  {
    fileName: 'repeated-content.pdf',
    attack: 'one zlib stream of 10 MB of text operators drawn 60 times (unpacked once, it passes)',
    bytes: () => repeatedContent(),
    stoppedBy: 'time or memory',
    refusal: overrun('repeated-content.pdf'),
  },
  {
    fileName: 'damaged-pages.pdf',
    attack: 'a damaged page tree on which pdf.js leaves a rejection unhandled, which ends a Node process',
    bytes: () => damagedPageTree(),
    stoppedBy: 'its damage',
    refusal: /^damaged-pages\.pdf: the PDF has no text layer/,
  },
];
