import { describe, expect, it } from 'vitest'
import { audit } from '../helpers/api.js'
import { tempRepo, tempTree } from '../helpers/tmp.js'

const doc = `# Backend status

### Login ✅
- **Status:** ✅ Done
- **Location:** \`src/auth/login.py\`, \`src/auth/views.py:42\`

### Billing ✅
- **Status:** ✅ Done
- **Location:** \`src/billing/invoice.py\`, [tests](src/billing/test_invoice.py#L10)

### Search ✅
- **Status:** ✅ Done
- **Files:** src/search/index.py

### Exports ❌
- **Status:** ❌ Not started
- **Location:** \`src/exports/csv.py\`

Routes such as \`/api/v1/login/\` and links like [docs](https://example.com/a.py) are not files.
`

const evidence = (r: Awaited<ReturnType<typeof audit>>) => r.findings.filter((f) => f.ruleId === 'evidence-missing').map((f) => [f.line, f.items, f.related.map((x) => x.line)])

describe('evidence-missing', () => {
  it('fires only for done items all of whose cited paths are absent', async () => {
    const cwd = tempRepo({ 'docs/STATUS.md': doc, 'src/auth/login.py': '', 'src/billing/test_invoice.py': '' })
    const result = await audit({ paths: ['docs/STATUS.md'], cwd })
    // Login: one of two paths exists. Billing: the linked test exists (anchor stripped). Exports: not claimed done.
    expect(evidence(result)).toEqual([[13, ['Search'], [11]]])
    expect(result.findings.find((f) => f.ruleId === 'evidence-missing')!.message).toBe('Unexpected missing file `src/search/index.py` cited for `Search`, which is claimed done at line 11')
  })

  it('stays silent when no cited path exists (a document from elsewhere), unless --root is given', async () => {
    const cwd = tempRepo({ 'docs/STATUS.md': doc })
    expect(evidence(await audit({ paths: ['docs/STATUS.md'], cwd }))).toEqual([])
    const rooted = await audit({ paths: ['docs/STATUS.md'], cwd, root: '.' })
    expect(evidence(rooted).map((e) => e[1])).toEqual([['Login'], ['Billing'], ['Search']])
  })

  it('checks paths from the repository root, not the working directory', async () => {
    const repo = tempRepo({ 'docs/STATUS.md': doc, 'src/auth/login.py': '', 'src/search/index.py': '' })
    const fromDocs = await audit({ paths: ['STATUS.md'], cwd: `${repo}/docs` })
    expect(evidence(fromDocs).map((e) => e[1])).toEqual([['Billing']])
  })

  it('uses the working directory as the root outside a git repository', async () => {
    const cwd = tempTree({ 'STATUS.md': doc, 'src/auth/login.py': '' })
    expect(evidence(await audit({ paths: ['STATUS.md'], cwd })).map((e) => e[1])).toEqual([['Billing'], ['Search']])
  })
})
