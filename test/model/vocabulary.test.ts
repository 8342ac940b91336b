import { describe, expect, it } from 'vitest'
import { createVocabulary, readStatus } from '../../src/model/vocabulary.js'

describe('readStatus', () => {
  it.each([
    ['✅', 'done'], ['✔️ Shipped', 'done'], ['☑️', 'done'], ['🟢 Complete', 'done'], ['FULLY IMPLEMENTED', 'done'],
    ['⚠️ Partial', 'partial'], ['🟡', 'partial'], ['🟠', 'partial'], ['🚧 In progress', 'partial'], ['WIP', 'partial'], ['⚠️ Basic', 'partial'],
    ['❌', 'todo'], ['🔴', 'todo'], ['✗', 'todo'], ['⏳', 'todo'], ['🕐', 'todo'], ['Not implemented', 'todo'], ['not started', 'todo'],
    ['Incomplete', 'todo'], ['⚠️ Missing', 'todo'], ['❌ Not Created', 'todo'], ['Pending', 'todo'],
    ['⛔ Blocked', 'blocked'], ['N/A', 'na'], ['Deferred', 'na'],
  ])('%s → %s', (text, status) => {
    expect(readStatus(text)?.status).toBe(status)
  })

  it('is case-insensitive and prefers the negation', () => {
    expect(readStatus('NOT IMPLEMENTED')?.status).toBe('todo')
    expect(readStatus('not complete')?.status).toBe('todo')
  })

  it('marks a bare ⚠️ as vague and a marker contradicted by the next words as a conflict', () => {
    expect(readStatus('⚠️')?.vague).toBe(true)
    expect(readStatus('✅ Not implemented')).toMatchObject({ status: 'done', markerConflict: true })
    expect(readStatus('✅ Complete (was missing)')).toMatchObject({ status: 'done', markerConflict: false })
    expect(readStatus('✅ Not implemented yet')).toMatchObject({ status: 'done', markerConflict: true })
  })

  it('reads a task opening with a verb as the marker\'s status, not a conflict', () => {
    expect(readStatus('⏳ Complete 3 more MVP variants')).toMatchObject({ status: 'todo', markerConflict: false })
  })

  it('reads a caveated done as partial', () => {
    expect(readStatus('⚠️ Pass with issues')?.status).toBe('partial')
    expect(readStatus('⚠️ Complete')?.status).toBe('partial')
  })

  it('does not read words inside other words', () => {
    expect(readStatus('Undone business')).toBeUndefined()
    expect(readStatus('Completeness review')).toBeUndefined()
  })

  it('takes extra words from config', () => {
    const vocab = createVocabulary({ done: ['landed'], todo: ['icebox'] })
    expect(readStatus('Landed', vocab)?.status).toBe('done')
    expect(readStatus('icebox', vocab)?.status).toBe('todo')
  })
})

describe('negated done words', () => {
  it.each(['Not verified', 'not yet merged', 'Never deployed', 'NOT TESTED'])('%s → todo', (text) => {
    expect(readStatus(text)?.status).toBe('todo')
  })
})
