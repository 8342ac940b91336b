import { closest } from '../contract/suggest.js'
import type { z } from 'zod'

type Issue = z.core.$ZodIssue

/**
 * One line per problem in a config: `file: key.path: expected X, found Y`, with
 * `(did you mean "…"?)` for a misspelt key or value. `known(path)` lists the keys the
 * schema accepts at an object path, for unknown-key suggestions.
 */
export function describeIssues(issues: readonly Issue[], input: unknown, file: string, known: (path: PropertyKey[]) => string[]): string[] {
  return issues.flatMap((issue) => describe(issue, [], input, known)).map((line) => `${file}: ${line}`)
}

function describe(issue: Issue, base: PropertyKey[], input: unknown, known: (path: PropertyKey[]) => string[]): string[] {
  const path = [...base, ...issue.path]
  const found = valueAt(input, path)
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const keys = known(path)
        const guess = closest(key, keys)
        const expected = guess ? 'a known key' : `one of ${keys.map((k) => JSON.stringify(k)).join(', ')}`
        return `${keyPath([...path, key])}: expected ${expected}, found unknown key ${JSON.stringify(key)}${didYouMean(guess)}`
      })
    case 'invalid_union': {
      // A branch whose type matched (an object given where an object is allowed) says what is wrong inside it.
      const matched = issue.errors.filter((branch) => !branch.some((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value')))
      if (matched.length === 1) return matched[0]!.flatMap((i) => describe(i, path, input, known))
      const rootIssues = issue.errors.flatMap((branch) => branch.filter((i) => i.path.length === 0))
      const expected = rootIssues.map(expectation).join(' or ')
      const values = rootIssues.flatMap((i) => (i.code === 'invalid_value' ? i.values.map(String) : []))
      return [`${keyPath(path)}: expected ${expected}, found ${show(found)}${didYouMean(typeof found === 'string' ? closest(found, values) : undefined)}`]
    }
    case 'invalid_value': {
      const guess = typeof found === 'string' ? closest(found, issue.values.map(String)) : undefined
      return [`${keyPath(path)}: expected ${expectation(issue)}, found ${show(found)}${didYouMean(guess)}`]
    }
    default:
      return [`${keyPath(path)}: expected ${expectation(issue)}, found ${show(found)}`]
  }
}

/** What an issue says was expected, in words. */
function expectation(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_value':
      return issue.values.map((v) => JSON.stringify(v)).join(' | ')
    case 'invalid_type':
      return issue.expected === 'object' ? 'an object' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`
    case 'too_small':
      return issue.origin === 'string' ? 'a non-empty string' : `a ${issue.origin} ${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}`
    case 'too_big':
      return `a ${issue.origin} ${issue.inclusive ? '<=' : '<'} ${String(issue.maximum)}`
    default:
      return issue.message
  }
}

/** `rules.status-conflict`, `aliases["Foo. Bar"][0]`, or `(top level)`. */
export function keyPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)'
  return path.map((k, i) => {
    if (typeof k === 'number') return `[${k}]`
    const key = String(k)
    return /^[\w$-]+$/.test(key) ? (i === 0 ? key : `.${key}`) : `[${JSON.stringify(key)}]`
  }).join('')
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined
  return value
}

/** A found value, short: `"fatal"`, `3`, `a list`, `an object`, `nothing`. */
function show(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (value !== null && typeof value === 'object') return 'an object'
  const text = JSON.stringify(value)
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

function didYouMean(guess: string | undefined): string {
  return guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''
}
