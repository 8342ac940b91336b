import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { diffDocuments } from '../../src/model/history/diff.js'
import { historyRules } from '../../src/rules/index.js'
import { FIXTURES, modelOf } from '../helpers/fixtures.js'

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? markdownFiles(path) : path.endsWith('.md') ? [path] : []
  })
}

describe('every fixture against itself and against nothing', () => {
  for (const path of markdownFiles(FIXTURES)) {
    it(relative(FIXTURES, path), () => {
      const doc = modelOf(readFileSync(path), path)
      const same = diffDocuments(modelOf(readFileSync(path), path), doc, 'strict')
      expect([same.items, same.numbers, same.verdicts]).toEqual([[], [], { added: [], removed: [] }])
      const pair = { since: 'HEAD', beforeRef: `HEAD:${path}`, diff: same }
      for (const rule of historyRules) expect(rule.check([pair], { percentTolerance: 1 })).toEqual([])
      // Against an empty earlier version every item is new, and each is listed once.
      const fresh = diffDocuments(modelOf('', path), doc, 'strict')
      expect(fresh.items.map((d) => d.kind)).toEqual(doc.items.map(() => 'added'))
      expect(new Set(fresh.items.map((d) => d.after!.item)).size).toBe(doc.items.length)
    })
  }
})
