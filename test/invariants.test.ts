import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Document } from '../src/model/types.js'
import type { Span } from '../src/contract/span.js'
import { rules } from '../src/rules/index.js'
import { FIXTURES, modelOf } from './helpers/fixtures.js'

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? markdownFiles(path) : path.endsWith('.md') ? [path] : []
  })
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

const inside = (span: Span, doc: Document) =>
  span.line >= 1 && span.endLine >= span.line && span.endLine <= doc.lineCount && span.column >= 1

const files = markdownFiles(FIXTURES)
const quiet = (path: string) => /\/silent-[^/]+\/input\.md$/.test(path) || path.includes('/consistent/')

describe('every rule on every fixture', () => {
  it('finds fixtures', () => expect(files.length).toBeGreaterThan(20))
  for (const path of files) {
    it(relative(FIXTURES, path), () => {
      const doc = deepFreeze(modelOf(readFileSync(path), path))
      const before = JSON.stringify(doc)
      for (const rule of rules) {
        const drafts = rule.check(doc, { percentTolerance: 1 })
        for (const d of drafts) {
          expect(inside(d.span, doc), `${rule.meta.id} span ${JSON.stringify(d.span)}`).toBe(true)
          for (const r of d.related ?? []) expect(inside(r, doc), `${rule.meta.id} related ${JSON.stringify(r)}`).toBe(true)
          expect(rule.meta.messages).toHaveProperty(d.messageId)
        }
        if (quiet(path)) expect(drafts.map((d) => `${rule.meta.id}:${d.span.line}`)).toEqual([])
        expect(JSON.stringify(rule.check(doc, { percentTolerance: 1 }))).toBe(JSON.stringify(drafts))
      }
      expect(JSON.stringify(doc)).toBe(before)
    })
  }
})
