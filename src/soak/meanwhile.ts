import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Runs `work` and, until it settles, sends `probe` (one at a time, `everyMs` apart), timing each
 * answer: how long others wait while the server does the work. The work's outcome comes back with
 * the probes' times in milliseconds.
 */
export async function meanwhile<T>(work: Promise<T>, probe: () => Promise<unknown>, everyMs = 100): Promise<{ outcome: T; probes: number[] }> {
  let settled = false;
  const done = work.finally(() => {
    settled = true;
  });
  const probes: number[] = [];
  while (!settled) {
    const started = performance.now();
    await probe();
    probes.push(performance.now() - started);
    await Promise.race([done.catch(() => {}), sleep(everyMs)]);
  }
  return { outcome: await done, probes };
}
