/** Every state an item can be said to be in, in a fixed order (schemas and tables use it). */
export const STATUSES = ['done', 'partial', 'todo', 'blocked', 'na', 'unknown'] as const

/** The state an item is said to be in. */
export type Status = (typeof STATUSES)[number]
