/**
 * The demo's own time: each change a second after the one before, from a date in its story, so
 * the demo carries the same dates and the same order every time it is loaded.
 */
export function demoClock(start: string): () => Date {
  let at = Date.parse(start);
  return () => new Date((at += 1000));
}
