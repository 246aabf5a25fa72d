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

/** A PDF of the given objects, numbered from 1 (1 is the catalog), with its cross-reference table. */
export function pdfFile(objects: (string | Uint8Array)[]): Uint8Array {
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

/** Text operators: a line of text drawn again and again, `megabytes` of them. */
function textOperators(megabytes: number): Uint8Array {
  const line = 'BT /F1 12 Tf 72 720 Td (All work and no play makes a dull report) Tj ET\n';
  return strToU8(line.repeat(Math.ceil((megabytes * 1048576) / line.length)));
}

/**
 * One page whose content is `streams` zlib streams of `megabytesEach` MB of text operators each
 * (the same compressed bytes in every one): by default 2.1 MB that unpack to 600 MB.
 */
export function inflationBomb(streams = 60, megabytesEach = 10): Uint8Array {
  const compressed = zlibSync(textOperators(megabytesEach), { level: 9 });
  const contents = Array.from({ length: streams }, (_, i) => `${5 + i} 0 R`).join(' ');
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R ${PAGE_BOX} /Resources << /Font << /F1 4 0 R >> >> /Contents [${contents}] >>`,
    FONT,
    ...Array.from({ length: streams }, () => pdfStream('/Filter /FlateDecode', compressed)),
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
        : pdfStream(`/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X${k + 1} ${form(k + 1)} 0 R >> >>`, Array(fan).fill(`/X${k + 1} Do`).join(' ')),
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

const overrun = (fileName: string) => new RegExp(`^${fileName.replace('.', '\\.')}: reading the PDF (took longer than \\d+ s|needed more than \\d+ MB of memory) and was stopped`);

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
