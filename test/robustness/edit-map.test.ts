import fc from 'fast-check'
import { EditMap } from 'micromark-util-edit-map'
import { describe, expect, it } from 'vitest'
import { originalConsume } from '../../src/parse/edit-map.js'
import { fcParams } from './fc-params.js'

// src/parse/edit-map.ts replaces micromark's EditMap.consume with one that copies only the
// events from the first edit on. It must give exactly what micromark's own gives.
type Events = Parameters<EditMap['consume']>[0]
const params = fcParams(300)
const RUNS = params.numRuns
const event = (n: number) => ['enter', { type: `t${n}` }, {}] as unknown as Events[number]

describe('EditMap.consume, patched', () => {
  it('is the patched one', () => expect(EditMap.prototype.consume).not.toBe(originalConsume))

  it(`gives micromark's result for any edits (${RUNS} runs)`, () => {
    const edits = fc.array(fc.tuple(fc.nat(40), fc.nat(5), fc.array(fc.integer({ min: 100, max: 999 }), { maxLength: 4 }), fc.boolean()), { maxLength: 8 })
    fc.assert(fc.property(fc.nat(40), edits, (length, changes) => {
      const run = (consume: EditMap['consume']) => {
        const events = Array.from({ length }, (_, i) => event(i))
        const map = new EditMap()
        for (const [at, remove, add, before] of changes) {
          if (before) map.addBefore(at, remove, add.map(event))
          else map.add(at, remove, add.map(event))
        }
        consume.call(map, events)
        return JSON.stringify(events) + JSON.stringify(map.map)
      }
      expect(run(EditMap.prototype.consume)).toBe(run(originalConsume))
    }), params)
  })
})
