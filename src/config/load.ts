import { existsSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { homedir } from 'node:os'
import { basename, dirname, extname, join, relative, resolve } from 'node:path'
import type { Loader } from 'lilconfig'
import { ConfigError } from '../contract/errors.js'
import { readBoundedFile, UnreadableFile } from '../io/read-bounded.js'
import type { Config } from './schema.js'

/** The config files looked for in each directory from the working directory upward, first found wins. */
export const CONFIG_FILES = ['.audit-reconcile.json', '.audit-reconcile.yaml', '.audit-reconcile.yml', 'audit-reconcile.config.json', 'package.json']
/** The key read from package.json. */
export const PACKAGE_KEY = 'audit-reconcile'
/** A config file larger than this is refused before it is parsed. */
export const MAX_CONFIG_BYTES = 1_000_000
/** YAML aliases allowed per file: enough to share a list, too few for a "billion laughs" expansion. */
const MAX_YAML_ALIASES = 20

/** A validated config and where it came from. */
export interface LoadedConfig {
  config: Config
  /** Absolute path of the file read; absent when none was found or --no-config was given. */
  file?: string
  /** Directory the config's `ignore` globs are relative to: the file's, else the working directory. */
  base: string
}

/** Where to get the config: found from `cwd` upward, a given file, or none at all (`false`). */
export interface LoadConfigOptions {
  cwd: string
  file?: string | false
}


/** Finds (or reads the given) config file, parses it as JSON or YAML, and validates it. */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  if (options.file === false) return { config: {}, base: options.cwd }
  // Most runs have no config file: say so without loading lilconfig and zod.
  const searched = options.file ? undefined : await findConfigFile(options.cwd)
  if (!options.file && searched === undefined) return { config: {}, base: options.cwd }
  const [lilconfigModule, { configSchema, keysAt }, { describeIssues }] = await Promise.all([import('lilconfig'), import('./schema.js'), import('./issues.js')])
  // Bundled, a CommonJS package arrives as the default export; unbundled, Node also gives named ones.
  const lilconfig = (lilconfigModule.lilconfig as typeof lilconfigModule.lilconfig | undefined) ?? lilconfigModule.default.lilconfig
  const explorer = lilconfig(PACKAGE_KEY, { searchPlaces: CONFIG_FILES, packageProp: PACKAGE_KEY, loaders: loaders(options.cwd), cache: false })
  let found
  if (options.file) {
    const path = resolve(options.cwd, options.file)
    await checkFile(path, options.cwd)
    found = await explorer.load(path)
  } else {
    found = await explorer.load(searched!)
  }
  if (!found) return { config: {}, base: options.cwd }
  const label = labelOf(found.filepath, options.cwd)
  const parsed = configSchema.safeParse(found.config ?? {})
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error.issues, found.config, label, keysAt).join('\n'), found.filepath)
  return { config: parsed.data, file: found.filepath, base: dirname(found.filepath) }
}

/**
 * The config file lilconfig's search from `cwd` would find (up to the home directory, as
 * lilconfig stops there): the first of CONFIG_FILES in the nearest folder that has one, a
 * package.json only when it has our key (or cannot be read as JSON, which lilconfig reports).
 * Each is read through readBoundedFile first, so that a FIFO, a device or a link to one (a
 * `.audit-reconcile.json` pointing at /dev/zero) is refused before lilconfig would read it whole.
 */
async function findConfigFile(cwd: string): Promise<string | undefined> {
  const stop = resolve(homedir())
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const path = join(dir, name)
      if (!existsSync(path)) continue
      const bytes = await readConfigBytes(path, cwd)
      if (name !== 'package.json') return path
      try {
        const pkg: unknown = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''))
        if (pkg === null || typeof pkg !== 'object' || (pkg as Record<string, unknown>)[PACKAGE_KEY] != null) return path
      } catch {
        return path
      }
    }
    if (dir === stop || dirname(dir) === dir) return undefined
  }
}

/** A config file's bytes, or a ConfigError when it is no regular file, is too large or cannot be read. */
async function readConfigBytes(path: string, cwd: string): Promise<Buffer> {
  const label = labelOf(path, cwd)
  try {
    return await readBoundedFile(path, MAX_CONFIG_BYTES)
  } catch (error) {
    if (error instanceof UnreadableFile && error.code === 'EFBIG') throw tooLarge(label, (await stat(path).catch(() => undefined))?.size ?? MAX_CONFIG_BYTES + 1)
    if (error instanceof UnreadableFile) throw new ConfigError(`${label}: config path is not a regular file (a FIFO, a device, or a link to one)`, path)
    throw new ConfigError(`${label}: cannot read the config file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, path)
  }
}

/** A file named with --config must exist, be a file, have a JSON or YAML name and not be huge. */
async function checkFile(path: string, cwd: string): Promise<void> {
  const label = relative(cwd, path) || path
  const info = await stat(path).catch(() => undefined)
  if (!info) throw new ConfigError(`${label}: config file not found`, path)
  if (!info.isFile()) throw new ConfigError(`${label}: config path is not a file`, path)
  if (!['.json', '.yaml', '.yml'].includes(extname(path))) {
    throw new ConfigError(`${label}: expected a .json, .yaml or .yml config file; no code is executed`, path)
  }
  if (info.size > MAX_CONFIG_BYTES) throw tooLarge(label, info.size)
  await readConfigBytes(path, cwd)
}

/** JSON and YAML parsers for lilconfig; every code loader it would otherwise use refuses. */
function loaders(cwd: string): Record<string, Loader> {
  const refuse: Loader = (filepath) => {
    throw new ConfigError(`${labelOf(filepath, cwd)}: only JSON and YAML config files are read; no code is executed`, filepath)
  }
  const json: Loader = (filepath, content) => {
    guardSize(filepath, content, cwd)
    try {
      return JSON.parse(content.replace(/^\uFEFF/, ''))
    } catch (error) {
      throw new ConfigError(`${labelOf(filepath, cwd)}: invalid JSON: ${(error as Error).message}`, filepath)
    }
  }
  // The YAML parser is loaded only when a YAML config is found: most runs never need it.
  const yaml: Loader = async (filepath, content) => {
    guardSize(filepath, content, cwd)
    // Bundled, a CommonJS package arrives as the default export; unbundled, Node also gives named ones.
    const mod: typeof import('yaml') & { default?: typeof import('yaml') } = await import('yaml')
    const { parseDocument } = mod.default ?? mod
    const doc = parseDocument(content, { uniqueKeys: true, merge: false, prettyErrors: true, logLevel: 'silent' })
    const problems = [...doc.errors, ...doc.warnings]
    const label = labelOf(filepath, cwd)
    if (problems.length > 0) {
      throw new ConfigError(problems.map((p) => `${label}:${p.linePos?.[0].line ?? 1}: invalid YAML: ${p.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`).join('\n'), filepath)
    }
    try {
      return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES })
    } catch (error) {
      throw new ConfigError(`${label}: invalid YAML: ${(error as Error).message}`, filepath)
    }
  }
  return { '.json': json, '.yaml': yaml, '.yml': yaml, noExt: refuse, '.js': refuse, '.mjs': refuse, '.cjs': refuse, '.ts': refuse }
}

function guardSize(filepath: string, content: string, cwd: string): void {
  const bytes = Buffer.byteLength(content)
  if (bytes > MAX_CONFIG_BYTES) throw tooLarge(labelOf(filepath, cwd), bytes)
}

function tooLarge(label: string, bytes: number): ConfigError {
  return new ConfigError(`${label}: config file is ${bytes} bytes, expected at most ${MAX_CONFIG_BYTES}`)
}

/** How a config file is named in messages: relative to cwd, with the key for package.json. */
function labelOf(filepath: string, cwd: string): string {
  const rel = relative(cwd, filepath) || filepath
  return basename(filepath) === 'package.json' ? `${rel} ("${PACKAGE_KEY}" key)` : rel
}
