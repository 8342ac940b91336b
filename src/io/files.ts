import { mkdir, readFile, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { baselineSchema, type Baseline } from '../contract/baseline.js'
import { InputError, UsageError } from '../contract/errors.js'
import { replaceFile } from './write-atomic.js'

/** Writes a report or a baseline (atomically, never through a symlink), creating its directory; a failure is an I/O error (exit 2). */
export async function writeOutput(file: string, text: string, cwd: string, what: string): Promise<void> {
  const path = resolve(cwd, file)
  try {
    await mkdir(dirname(path), { recursive: true })
    await replaceFile(path, text)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(`${file}: cannot write the ${what}: ${code === 'ESYMLINK' || !code ? (error as Error).message : code}`, file)
  }
}

/** Reads and validates a baseline file written by --write-baseline. */
export async function readBaseline(file: string, cwd: string): Promise<Baseline> {
  const path = resolve(cwd, file)
  const info = await stat(path).catch(() => undefined)
  if (!info?.isFile()) throw new UsageError(`${file}: baseline file not found (create it with --write-baseline ${file})`, file)
  let data: unknown
  try {
    data = JSON.parse(await readFile(path, 'utf8'))
  } catch (error) {
    throw new InputError(`${file}: not a baseline file: ${(error as Error).message}`, file)
  }
  const parsed = baselineSchema.safeParse(data)
  if (!parsed.success) throw new InputError(`${file}: not a baseline file written by this version of audit-reconcile (${parsed.error.issues[0]?.message ?? 'invalid'})`, file)
  return parsed.data
}
