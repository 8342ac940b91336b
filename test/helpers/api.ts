import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { REPO } from './cli.js'

/**
 * The Node API as users load it: the built bundle (`dist/index.js`, built by `npm test`),
 * typed by the sources it is built from. A test of `audit()` through the sources would miss
 * what only the bundle does (a CommonJS package arriving as a default export, say).
 */
const api = (await import(pathToFileURL(join(REPO, 'dist/index.js')).href)) as typeof import('../../src/index.js')

export const { audit, formatters, exitCode, ruleCatalog, VERSION } = api
export type { AuditOptions } from '../../src/index.js'
