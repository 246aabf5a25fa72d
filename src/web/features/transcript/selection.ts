import { codePointLength, sliceCodePoints, wordEndAtOrAfter, wordStartAtOrBefore } from '../../../domain/text.js';

/** A passage the reader selected: code-point offsets into the transcript, as the API counts them. */
export interface PassageSelection {
  start: number;
  end: number;
  quote: string;
}

/** A point of the selection: the turn text element around it, and the code-point offset into that turn's text. */
interface Point {
  element: HTMLElement;
  text: string;
  at: number;
}

function pointOf(node: Node, offset: number): Point | null {
  const element = (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement)?.closest<HTMLElement>('[data-text-offset]');
  if (!element) return null;
  const range = document.createRange();
  range.selectNodeContents(element);
  range.setEnd(node, offset);
  return { element, text: element.textContent ?? '', at: codePointLength(range.toString()) };
}

const base = (p: Point) => Number(p.element.dataset.textOffset);

/**
 * The selection inside the container as the passage it will be stored as: widened to whole words
 * (as the server widens it), so that the words shown are the words cited.
 */
export function passageSelection(container: HTMLElement): PassageSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const from = pointOf(range.startContainer, range.startOffset);
  const to = pointOf(range.endContainer, range.endOffset);
  if (!from || !to) return null;
  const startAt = wordStartAtOrBefore(from.text, from.at);
  const endAt = wordEndAtOrAfter(to.text, to.at);
  const start = base(from) + startAt;
  const end = base(to) + endAt;
  if (end <= start) return null;
  const quote = (sliceCodePoints(from.text, startAt, from.at) + range.toString() + sliceCodePoints(to.text, to.at, endAt)).trim();
  return quote ? { start, end, quote } : null;
}
