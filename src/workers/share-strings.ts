/** Strings longer than this are left as they are: they are seldom repeated (messages, raw lines). */
const MAX_SHARED_LENGTH = 256

/**
 * Makes equal strings of plain data (objects and arrays, as a worker's outcome arrives) one
 * string, in place, and returns the data. A worker's outcome comes through a structured clone,
 * which makes a new string for every occurrence: a run of 100 documents held "done" 15,000
 * times, and such copies were half of what an outcome takes. `table` is shared by the outcomes
 * of one run.
 */
export function shareStrings<T>(data: T, table: Map<string, string>): T {
  return share(data, table) as T
}

function share(value: unknown, table: Map<string, string>): unknown {
  if (typeof value === 'string') {
    if (value.length > MAX_SHARED_LENGTH) return value
    const shared = table.get(value)
    if (shared !== undefined) return shared
    table.set(value, value)
    return value
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = share(value[i], table)
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    for (const key of Object.keys(record)) record[key] = share(record[key], table)
  }
  return value
}
