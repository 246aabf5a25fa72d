import { InvalidArgumentError } from 'commander';

/** Option parsers shared by the commands. */
export function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`"${value}" is not a whole number`);
  return n;
}

/** For repeatable options: --cite a --cite b. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Where people reach the server: an http(s) origin such as https://warrant.example.edu, without a path. */
export function publicUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(`"${value}" is not a URL (e.g. https://warrant.example.edu)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError(`"${value}" is not an http or https URL`);
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') {
    throw new InvalidArgumentError(`"${value}" has more than a scheme, host and port: Warrant is served from the root of its address (e.g. https://warrant.example.edu)`);
  }
  return url.origin;
}
