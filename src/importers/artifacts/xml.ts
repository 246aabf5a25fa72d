import { SaxesParser, type SaxesTagNS } from 'saxes';
import { Refusal } from './errors.js';

export interface XmlHandlers {
  open?: (tag: SaxesTagNS) => void;
  close?: (tag: SaxesTagNS) => void;
  text?: (text: string) => void;
}

/** Parses one XML part of an Office archive with namespaces; malformed XML and DOCTYPEs are refused, naming the part. */
export function parseXmlPart(bytes: Uint8Array, part: string, handlers: XmlHandlers): void {
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Refusal(`${part} is not valid UTF-8; the file is damaged`);
  }
  const parser = new SaxesParser({ xmlns: true });
  // Office parts never have a DOCTYPE; refusing one rules out entity-expansion tricks.
  parser.on('doctype', () => {
    throw new Refusal(`${part} contains a DOCTYPE, which Office files never do`);
  });
  if (handlers.open) parser.on('opentag', handlers.open);
  if (handlers.close) parser.on('closetag', handlers.close);
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof Refusal) throw e;
    throw new Refusal(`malformed XML in ${part} (${e instanceof Error ? e.message : String(e)}); the file is damaged`);
  }
}

/** An attribute's value by namespace URI (any of the given ones) and local name. */
export function attribute(tag: SaxesTagNS, uris: ReadonlySet<string> | '', local: string): string | undefined {
  for (const a of Object.values(tag.attributes)) {
    if (a.local === local && (uris === '' ? a.uri === '' : uris.has(a.uri))) return a.value;
  }
  return undefined;
}
