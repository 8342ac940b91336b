import { describe, expect, it } from 'vitest'
import { legendCodes } from '../../src/model/legend.js'
import { createVocabulary, defaultVocabulary, readStatus } from '../../src/model/vocabulary.js'

const codes = (text: string, vocab = defaultVocabulary) => Object.fromEntries(legendCodes(text, vocab))

describe('legendCodes', () => {
  it('reads the codes of a legend table under a legend heading, by the status of their meanings', () => {
    const text = ['# Status', '', '## Legend', '', '| Code | Meaning |', '|---|---|', '| DONE | Implemented and tested |', '| PLAN | Planned, design exists |', '| IDEA | An idea, no design yet |', '| BLK | Blocked by the vendor |', '', '## Features', '', '| OTHER | Not implemented |'].join('\n')
    // DONE is a word the vocabulary knows; IDEA's meaning says no status; OTHER is not in the legend.
    expect(codes(text)).toEqual({ PLAN: 'todo', BLK: 'blocked' })
  })

  it('reads list entries under a label, up to the end of its block, in the languages we read', () => {
    const vocab = createVocabulary({}, ['de'])
    const text = ['**Legende:**', '- **IMPL** = implementiert, noch nicht produktiv getestet', '- PLAN: geplant', '- Plan - geplant', '- TEIL – teilweise umgesetzt', '', '- LATER = geplant'].join('\n')
    // "Plan" is no code (codes are upper case); the list after the blank line is no longer the legend.
    expect(codes(text, vocab)).toEqual({ IMPL: 'done', PLAN: 'todo', TEIL: 'partial' })
  })

  it('finds nothing without a legend, or under a heading that only mentions one', () => {
    expect(codes('| PLAN | Planned |\n| IMPL | Implemented |')).toEqual({})
    expect(codes('## Legend of the map\n\n- PLAN = planned')).toEqual({})
  })

  it('gives a status text that is a code, exactly and in its case, the code\'s status', () => {
    const vocab = { ...defaultVocabulary, codes: legendCodes('## Legend\n\n- PLAN = planned', defaultVocabulary) }
    expect(readStatus('PLAN', vocab)?.status).toBe('todo')
    expect(readStatus('**PLAN**', vocab)?.status).toBe('todo')
    expect(readStatus('plan', vocab)).toBeUndefined()
    expect(readStatus('The PLAN is a container', vocab)).toBeUndefined()
  })
})
