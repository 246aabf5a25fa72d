import { zipSync } from 'fflate';

export const LATER_GUID = (n: number) => `60000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A project whose first source is sound, its second not UTF-8 and its third selected past its end. */
export function brokenLaterSources(): Uint8Array {
  const G = LATER_GUID;
  const coded = (sel: number, start: number, end: number) =>
    `<PlainTextSelection guid="${G(sel)}" startPosition="${start}" endPosition="${end}"><Coding guid="${G(sel + 100)}"><CodeRef targetGUID="${G(1)}"/></Coding></PlainTextSelection>`;
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Later">
<CodeBook><Codes><Code guid="${G(1)}" name="A" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="${G(2)}" name="Sound"><PlainTextContent>Ana: hello there</PlainTextContent>${coded(7, 5, 10)}</TextSource>
<TextSource guid="${G(3)}" name="Latin-1" plainTextPath="internal://b.txt"/>
<TextSource guid="${G(4)}" name="Short"><PlainTextContent>Ana: hello.</PlainTextContent>
${coded(9, 5, 99)}</TextSource></Sources></Project>`;
  return zipSync({ 'project.qde': new TextEncoder().encode(qde), 'sources/b.txt': new Uint8Array([0x41, 0x6e, 0x61, 0x3a, 0x20, 0xe9, 0x74, 0xe9]) });
}
