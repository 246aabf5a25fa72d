/** The parts of jStat (https://jstat.github.io) Warrant uses; the package ships no types. */
declare module 'jstat' {
  interface Distribution {
    cdf(x: number, ...parameters: number[]): number;
    inv(p: number, ...parameters: number[]): number;
  }
  const jstat: { jStat: { studentt: Distribution; normal: Distribution } };
  export default jstat;
}
