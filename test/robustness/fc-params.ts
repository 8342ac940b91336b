// fast-check settings for the property tests. `npm test` runs a fixed number of inputs from a
// fixed seed, so that CI gives the same answer for the same commit; FC_RUNS raises the number,
// FC_SEED=<n> replays a failure fast-check reported, and FC_SEED=random explores new inputs
// (each failure it finds becomes a fixed test of its own).
const DEFAULT_SEED = 20261126

/** Runs per property: FC_RUNS, else `runs`. */
export function fcRuns(runs: number): number {
  return Number(process.env.FC_RUNS ?? runs)
}

/** fast-check parameters: `numRuns` and the seed chosen by FC_SEED. */
export function fcParams(runs: number): { numRuns: number; seed?: number } {
  const seed = process.env.FC_SEED
  if (seed === 'random') return { numRuns: fcRuns(runs) }
  return { numRuns: fcRuns(runs), seed: seed === undefined ? DEFAULT_SEED : Number(seed) }
}
