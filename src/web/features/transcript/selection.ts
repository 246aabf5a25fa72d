import { codePointLength } from '../../../domain/text.js';

/** A passage the reader selected: code-point offsets into the transcript, as the API counts them. */
export interface PassageSelection {
  start: number;
  end: number;
  quote: string;
}

/** The code-point offset in the transcript of a point in the DOM, from the turn text element around it. */
function offsetOf(node: Node, offset: number): number | null {
  const element = (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement)?.closest<HTMLElement>('[data-text-offset]');
  if (!element) return null;
  const range = document.createRange();
  range.selectNodeContents(element);
  range.setEnd(node, offset);
  return Number(element.dataset.textOffset) + codePointLength(range.toString());
}

export function passageSelection(container: HTMLElement): PassageSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  const quote = range.toString().trim();
  return quote ? { start, end, quote } : null;
}
