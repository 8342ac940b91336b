import { describe, expect, it } from 'vitest'
import { gitProgram } from '../../src/io/git-path.js'

// On Windows, spawning a bare "git" with the repository as working directory finds a git.exe
// committed to it before PATH. The program is resolved from PATH's absolute folders instead.
describe('the git program', () => {
  const files = (...paths: string[]) => (path: string) => paths.map((p) => p.toLowerCase()).includes(path.toLowerCase())

  it('on Windows, is the first git.exe in an absolute PATH folder, never one in the working directory', () => {
    const exists = files('C:\\repo\\git.exe', 'C:\\Program Files\\Git\\cmd\\git.exe', '.\\git.exe', 'bin\\git.exe')
    const env = { PATH: '.;bin;;C:\\Tools;C:\\Program Files\\Git\\cmd', PATHEXT: '.COM;.EXE;.BAT;.CMD' }
    expect(gitProgram({ platform: 'win32', env, exists })).toBe('C:\\Program Files\\Git\\cmd\\git.EXE')
  })

  it('on Windows, skips a git.cmd (not spawnable without a shell), and gives a path that fails to spawn when there is none', () => {
    const exists = files('C:\\Tools\\git.CMD')
    const program = gitProgram({ platform: 'win32', env: { Path: 'C:\\Tools', PATHEXT: '.CMD;.EXE', SystemRoot: 'C:\\Windows' }, exists })
    expect(program).toBe('C:\\Windows\\System32\\git-not-found.exe')
  })

  it('elsewhere, is "git", which spawn looks up in PATH only', () => {
    expect(gitProgram({ platform: 'linux', env: { PATH: '.:/usr/bin' }, exists: () => true })).toBe('git')
  })
})
