import { describe, expect, it } from 'vitest'
import { analyseBytes } from '../../src/engine/analyse.js'
import { loadedLanguages } from '../../src/model/languages.js'

// Its own file, so that no other test has loaded a table before (vitest isolates test files).
describe('loading the vocabulary', () => {
  it('reads only the tables of the languages a run meets', () => {
    analyseBytes(Buffer.from('# Status\n\nThe login is done and the export is not.\n\n| Item | Status |\n|---|---|\n| Login | ✅ Done |\n'), 'en.md')
    expect(loadedLanguages()).toEqual(['en'])
    analyseBytes(Buffer.from('# Estado\n\nO login está concluído e a exportação não está pronta.\n\n| Item | Status |\n|---|---|\n| Login | ✅ Concluído |\n'), 'pt.md')
    expect(loadedLanguages().sort()).toEqual(['en', 'pt'])
  })

  it('reads the forced languages of the config, not the detected ones', () => {
    const result = analyseBytes(Buffer.from('| Item | Status |\n|---|---|\n| Login | Erledigt |\n'), 'de.md', { language: ['de'] })
    expect(result?.document.claims.map((c) => c.status)).toEqual(['done'])
    expect(loadedLanguages()).toContain('de')
    expect(loadedLanguages()).not.toContain('ru')
  })
})
