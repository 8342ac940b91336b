/**
 * How much of a document a report quotes. Kept apart from the result schema (`result.ts`) so that a
 * run, which only cuts excerpts, does not load zod at start-up to read two numbers.
 */

/** How many lines of a finding's span are quoted. */
export const EXCERPT_SPAN_LINES = 5
/** How many characters of a line are quoted. */
export const EXCERPT_MAX_CHARS = 1000
