import { describe, expect, it } from 'vitest'
import { detectLanguages } from '../../src/model/detect-language.js'
import { readDate } from '../../src/model/extract/dates.js'
import { findVerdict } from '../../src/model/extract/verdicts.js'
import { isPlanTitle, readHeading } from '../../src/model/extract/headings.js'
import { LANGUAGES, languageTable } from '../../src/model/languages.js'
import { foldCase } from '../../src/model/language-words.js'
import { nameKey, planKey } from '../../src/model/names.js'
import { createVocabulary, readStatus } from '../../src/model/vocabulary.js'
import { findingsOf, modelOf } from '../helpers/fixtures.js'

const all = createVocabulary({}, [...LANGUAGES])

describe('language tables', () => {
  it('each holds done, partial, todo and blocked words and the words that turn them', () => {
    for (const code of LANGUAGES) {
      const table = languageTable(code)
      expect(table.language).toBe(code)
      for (const status of ['done', 'partial', 'todo', 'blocked'] as const) expect(table.status[status]?.length, `${code} ${status}`).toBeGreaterThan(0)
      expect(table.negations.length, code).toBeGreaterThan(0)
      if (code !== 'en') {
        for (const kind of ['todo', 'open', 'done', 'plan', 'excluded', 'document'] as const) expect(table.sections?.[kind]?.length, `${code} ${kind}`).toBeGreaterThan(0)
        expect(table.verdicts?.length, code).toBeGreaterThan(0)
        expect(table.nouns?.length, code).toBeGreaterThan(0)
      }
      // A phrase given two statuses in one table would depend on the order of the file.
      const seen = new Map<string, string>()
      for (const [status, list] of Object.entries(table.status)) {
        for (const phrase of list) {
          expect(seen.get(foldCase(phrase)) ?? status, `${code} "${phrase}"`).toBe(status)
          seen.set(foldCase(phrase), status)
        }
      }
    }
  })
})

describe('status words of the issue', () => {
  it.each([
    ['❌ NÃO IMPLEMENTADO', 'todo'], ['Abgeschlossen', 'done'], ['nicht implementiert', 'todo'], ['Terminé', 'done'],
    ['ЗАВЕРШЕНО', 'done'], ['не реализовано', 'todo'], ['已完成', 'done'], ['未完成', 'todo'], ['non implementato', 'todo'],
    ['未実装', 'todo'], ['対応中', 'partial'], ['Em andamento', 'partial'], ['teilweise umgesetzt', 'partial'], ['bloqueado', 'blocked'],
    ['nao implementado', 'todo'], ['na\u0303o implementado', 'todo'], ['NICHT IMPLEMENTIERT', 'todo'],
  ])('%s is %s', (text, status) => {
    expect(readStatus(text, all)?.status).toBe(status)
  })

  it('reads verdicts, plan titles, section labels, count nouns and dates', () => {
    expect(findVerdict('ВСЕ ПРОВЕРКИ ПРОЙДЕНЫ', true, all)?.text).toBe('ВСЕ ПРОВЕРКИ ПРОЙДЕНЫ')
    expect(findVerdict('✅ 100% funcional', true, all)?.claims).toBe('done')
    expect(findVerdict('O sistema ainda não está pronto para produção', true, all)).toBeUndefined()
    expect(isPlanTitle('Próximos passos', all) && isPlanTitle('Nächste Schritte', all)).toBe(true)
    expect(readHeading('Bekannte Probleme', all).label).toBe('todo')
    expect(readHeading('Fora do escopo', all).kind).toBe('excluded')
    expect(all.other.countNoun('Arquivos')).toBe(true)
    for (const [text, iso] of [['8 de dezembro de 2024', '2024-12-08'], ['8. Dezember 2024', '2024-12-08'], ['8 décembre 2024', '2024-12-08'],
      ['8 декабря 2024 г.', '2024-12-08'], ['2024年12月8日', '2024-12-08'], ['31 de febrero de 2024', undefined]] as const) {
      expect(readDate(text, all)?.iso, text).toBe(iso)
    }
  })

  it('knows no other language\'s words in an English vocabulary', () => {
    expect(readStatus('Abgeschlossen', createVocabulary())).toBeUndefined()
  })
})

describe('languages of a document', () => {
  it('tells them from scripts and function words, a mixed document having both', () => {
    expect(detectLanguages('A migração das telas não está concluída e os testes são executados em CI.')).toEqual(['pt'])
    expect(detectLanguages('Система переезжает на новый сервер')).toEqual(['ru'])
    expect(detectLanguages('系统正在迁移到新服务器，主要模块已经上线')).toEqual(['zh'])
    expect(detectLanguages('予約システムを新しいサーバーへ移行中です')).toEqual(['ja'])
    const mixed = '## Status of the modules\n\nThe login and the reports are in the table below, with what is left.\n\n' +
      'O login foi migrado para a nova API e os relatórios das contas são gerados em PDF. A tela de notificações não está pronta e é a última.'
    expect(detectLanguages(mixed).sort()).toEqual(['en', 'pt'])
  })

})

describe('item names across languages', () => {
  it('stems with the language\'s Snowball stemmer and folds case the Unicode way', () => {
    expect(nameKey('Configuração de usuários', 'pt').key).toBe(nameKey('Configurações do usuário', 'pt').key)
    expect(nameKey('Регистрация пользователей').key).toBe(nameKey('регистрации пользователя').key)
    expect(nameKey('STRASSENVERZEICHNIS', 'de').key).toBe(nameKey('Straßenverzeichnis', 'de').key)
    expect(planKey('Rechnungsarchiv implementieren', 'de').key).toBe(nameKey('Rechnungsarchiv', 'de').key)
  })

  it('matches CJK names, which have no spaces, by character bigrams', () => {
    expect(nameKey('用户认证', 'zh').tokens).toEqual(['用户', '户认', '认证'])
    expect(nameKey('API接口', 'zh').tokens).toEqual(['api', '接口'])
    expect(planKey('利用レポートを実装', 'ja').key).toBe(nameKey('利用レポート', 'ja').key)
  })
})

describe('figures in the document\'s words', () => {
  it('reads "70% completado" as a completion, "Progreso total" as the whole and "Arquivos" as a count noun', () => {
    const es = '# Estado\n\nEl proyecto está casi completado y las pruebas pendientes están en la lista.\n\n' +
      '- **Backend**: ✅ **100% COMPLETADO**\n- **Frontend**: 🟡 **70% COMPLETADO**\n- **Pruebas**: ✅ **100% COMPLETADO**\n- **Progreso total**: **70% completado**\n'
    const findings = findingsOf('percent-mismatch', es)
    expect(findings.map((f) => [f.messageId, f.line, f.related.map((r) => r.line)])).toEqual([['overall', 8, [5, 6, 7]]])
    const de = '# Stand\n\nDie Module sind noch nicht alle fertig und werden mit der neuen API verbunden.\n\n### Export (100% Abgeschlossen)\n'
    expect(modelOf(de).counts.map((c) => [c.subject, c.kind, c.value])).toEqual([['Export', 'percent', 100]])
  })
})

describe('section titles in the document\'s words', () => {
  it('files the entries under the label that opens a title, over the words after it', () => {
    const pt = '# Estado real\n\nA tabela abaixo mostra o que não existe no código, embora estivesse marcado como pronto.\n\n' +
      '## O que não existe (mas estava marcado como CONCLUÍDO)\n\n| Funcionalidade | Realidade |\n|---|---|\n| Exportação em CSV | ✅ Implementado |\n| Filtro por data | ❌ A fazer |\n'
    expect(findingsOf('section-conflict', pt).map((f) => [f.line, f.related.map((r) => r.line), f.confidence])).toEqual([[9, [5], 'high']])
  })

  it('takes "known issues" and "remaining" for loose labels', () => {
    expect(readHeading('Problemas conhecidos', all)).toMatchObject({ label: 'todo', labelVague: true })
    expect(readHeading('Itens pendentes', all)).toMatchObject({ label: 'todo' })
    expect(readHeading('Itens pendentes', all).labelVague).toBeUndefined()
  })
})

describe('reservations and mixed documents', () => {
  it('takes a reservation in the document\'s words for one: no verdict, no done', () => {
    expect(findVerdict('✅ Todos os itens concluídos, exceto a exportação', true, all)).toBeUndefined()
    expect(readStatus('✅ Abgeschlossen, außer dem Export', all)?.status).toBe('partial')
  })

  it('reads a page with English headings and a Portuguese body in both', () => {
    const mixed = '# Implementation status\n\nO portal foi migrado para a nova API e os relatórios das contas são gerados em PDF, mas a tela de login não está pronta.\n\n' +
      '## Modules\n\n### Login ✅\n\n## Status table\n\n| Módulo | Estado |\n|---|---|\n| Login | Não implementado |\n\n## Next steps\n\n1. Revisar os textos\n'
    expect(findingsOf('status-conflict', mixed).map((f) => [f.line, f.related.map((r) => r.line)])).toEqual([[13, [7]]])
  })
})
