import { describe, expect, it } from 'vitest'
import { collectFiles } from '../../src/io/collect-files.js'
import { tempRepo, tempTree } from '../helpers/tmp.js'

describe('file discovery', () => {
  const tree = {
    '.gitignore': 'build/\nsecret.md\n',
    'docs/a.md': '# A\n',
    'docs/b.markdown': '# B\n',
    'docs/z/c.md': '# C\n',
    'docs/notes.txt': 'not markdown',
    'docs/secret.md': '# ignored by .gitignore\n',
    'build/out.md': '# ignored by .gitignore\n',
    'node_modules/pkg/README.md': '# never read\n',
    'docs/drafts/.gitignore': 'wip-*.md\n',
    'docs/drafts/wip-1.md': '# ignored by a nested .gitignore\n',
    'docs/drafts/final.md': '# kept\n',
  }

  it('walks directories for markdown, skipping node_modules, .git and .gitignored files, in a stable order', async () => {
    const cwd = tempRepo(tree)
    const { files, errors } = await collectFiles(['.'], { cwd })
    expect(errors).toEqual([])
    expect(files).toEqual(['docs/a.md', 'docs/b.markdown', 'docs/drafts/final.md', 'docs/z/c.md'])
    expect((await collectFiles(['.'], { cwd })).files).toEqual(files)
  })

  it('still reads a file named explicitly even when .gitignore excludes it', async () => {
    const cwd = tempRepo(tree)
    expect((await collectFiles(['docs/secret.md'], { cwd })).files).toEqual(['docs/secret.md'])
  })

  it('applies --ignore-pattern to walks, globs and named files alike', async () => {
    const cwd = tempRepo(tree)
    const { files } = await collectFiles(['docs', 'docs/*.md', 'docs/a.md'], { cwd, ignore: ['z/', 'a.md'] })
    expect(files).toEqual(['docs/b.markdown', 'docs/drafts/final.md'])
  })

  it('keeps the order of the arguments and drops duplicates', async () => {
    const cwd = tempTree({ 'b.md': '', 'a.md': '' })
    expect((await collectFiles(['b.md', '*.md', 'a.md'], { cwd })).files).toEqual(['b.md', 'a.md'])
  })

  it('reports paths and globs that name nothing, and still collects the rest', async () => {
    const cwd = tempTree({ 'a.md': '' })
    const { files, errors } = await collectFiles(['missing.md', 'none-*.md', 'a.md'], { cwd })
    expect(files).toEqual(['a.md'])
    expect(errors).toEqual([
      { path: 'missing.md', message: 'No such file or directory' },
      { path: 'none-*.md', message: 'No files match this pattern (or all are ignored)' },
    ])
  })
})
