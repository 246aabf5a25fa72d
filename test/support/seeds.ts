/**
 * The seed a test's random choices start from: the environment variable `variable` when it is set
 * (to replay a run), else `otherwise`. Tests that choose at random show their seed when they fail.
 */
export function seedFrom(variable: string, otherwise: number): number {
  const given = process.env[variable];
  if (given === undefined || given === '') return otherwise;
  if (!/^\d{1,10}$/.test(given) || Number(given) > 0xffffffff)
    throw new Error(`${variable} is a seed, a whole number below 2^32 (as a failed run printed it), not "${given}"`);
  return Number(given);
}
