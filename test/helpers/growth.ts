import { performance } from 'node:perf_hooks'

/** Input sizes from 195 characters up to 50,000, each four times the one before. */
export const LADDER = [195, 781, 3125, 12_500, 50_000]

/**
 * How much longer, on average over the ladder, a size may take than a quarter of it: linear is 4,
 * quadratic 16. Averaged (geometrically) because one step alone can be doubled by a collection or
 * the compiler stepping in.
 */
export const MAX_MEAN_RATIO = 8

/** A single step this much slower than the one before stops the ladder: the pattern backtracks. */
const RUNAWAY = 40

/** A timing this long (ms) ends the ladder early: a linear function gets nowhere near it. */
const BUDGET = 1000

/** How the time of a function grew along a ladder of input sizes. */
export interface Growth {
  /** For each size after the first, its time over the previous size's. */
  steps: { size: number; ratio: number }[]
  /** The geometric mean of the steps: how much longer four times the input takes. */
  mean: number
}

/**
 * How the time of `fn` grows along `sizes`. A time is the fastest of five timings of enough
 * repetitions (chosen at the first size, after a warm-up) to last a millisecond, so that timer
 * grain does not decide it. The ladder stops at a step over RUNAWAY, so a pattern that backtracks
 * fails in a second instead of running for hours on the longest input, and one that takes a
 * second is not run on larger inputs. It measures growth, never seconds.
 */
export function growth(fn: (input: string) => unknown, make: (size: number) => string, sizes: readonly number[] = LADDER): Growth {
  const first = make(sizes[0]!)
  for (let i = 0; i < 20; i++) fn(first)
  let repeat = 1
  while (timeOf(fn, first, repeat) < 1 && repeat < 1 << 16) repeat *= 2
  const steps: { size: number; ratio: number }[] = []
  let previous = fastest(fn, first, repeat)
  for (const size of sizes.slice(1)) {
    const time = fastest(fn, make(size), repeat)
    steps.push({ size, ratio: time / previous })
    if (time / previous > RUNAWAY) return { steps, mean: Infinity }
    // Linear from a millisecond stays under a second; past that the steps so far tell.
    if (time > BUDGET) break
    previous = time
  }
  return { steps, mean: Math.exp(steps.reduce((sum, s) => sum + Math.log(s.ratio), 0) / steps.length) }
}

function fastest(fn: (input: string) => unknown, input: string, repeat: number): number {
  let best = Infinity
  for (let i = 0; i < 5; i++) best = Math.min(best, timeOf(fn, input, repeat))
  // Below the timer's grain a ratio means nothing: count it as the grain.
  return Math.max(best, 0.05)
}

function timeOf(fn: (input: string) => unknown, input: string, repeat: number): number {
  const start = performance.now()
  for (let i = 0; i < repeat; i++) fn(input)
  return performance.now() - start
}

/** `unit` repeated to `size` characters, then `tail`: a run of what a pattern may backtrack over, and what makes it fail. */
export function run(unit: string, tail = ''): (size: number) => string {
  return (size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size) + tail
}

/** Asserts that `fn` grows linearly on inputs built by `make`, naming the steps when it does not. */
export function linearIn(fn: (input: string) => unknown, make: (size: number) => string): { ok: boolean; detail: string } {
  const { steps, mean } = growth(fn, make)
  return { ok: mean < MAX_MEAN_RATIO, detail: `×${mean.toFixed(1)} per 4× input (steps ${steps.map((s) => `${s.size}: ×${s.ratio.toFixed(1)}`).join(', ')})` }
}
