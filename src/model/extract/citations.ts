import { trimChars } from './numbers.js'

/** File extensions that make a bare word a file name ("two_factor.py"), not a version or a sentence. */
const EXTENSIONS = new Set(('py js ts tsx jsx mjs cjs json yaml yml toml md mdx go rs java kt kts rb php cs cpp cc c h hpp swift sql sh bash zsh ps1 ' +
  'html htm css scss sass less vue svelte dart ex exs erl tf hcl ini cfg conf env lock xml gradle txt csv proto graphql gql ' +
  'prisma ipynb r scala lua pl pm dockerfile makefile').split(' '))
const NAMED = new Set(['dockerfile', 'makefile', 'procfile', 'gemfile', 'rakefile', 'jenkinsfile', 'vagrantfile'])

/** A repository path a document cites, normalised: no anchors, no leading "./", forward slashes. */
export interface PathRef {
  path: string
  /** True when the path has a directory part and can be checked from the root. */
  rooted: boolean
}

/**
 * Reads a cited file path from inline code, a `Location:` value or a link target:
 * `backend/x.py`, `src/app.ts:42`, `docs/a.md#L10`, `./infra/k8s/`, GitHub blob links.
 * Returns undefined for URLs to elsewhere, API routes, commands, versions and prose.
 */
export function readPathRef(ref: string): PathRef | undefined {
  let text = ref.trim()
  if (text.length === 0 || text.length > 300) return undefined
  const blob = /^https?:\/\/github\.com\/[^/]+\/[^/]+\/(?:blob|tree)\/[^/]+\/(.+)$/.exec(text)
  if (blob) text = blob[1]!
  else if (/^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('//') || text.startsWith('#')) return undefined
  text = text.replace(/#L\d+(?:-L?\d+)?$/i, '').replace(/#.*$/, '').replace(/:\d+(?:[-:]\d+)?$/, '').replace(/^\.\//, '')
  if (/[\s{}?=*<>|"'`(),;$@!]/.test(text) || text.startsWith('-') || text.startsWith('/') || text.startsWith('~')) return undefined
  const segments = text.replace(/\/$/, '').split('/')
  const last = segments.at(-1)!.toLowerCase()
  const dot = last.lastIndexOf('.')
  const named = NAMED.has(last) || (dot > 0 && EXTENSIONS.has(last.slice(dot + 1)))
  const directory = text.endsWith('/') && segments.length >= 1 && segments.every((s) => /^[\w.-]+$/.test(s))
  if (!named && !directory) return undefined
  if (segments.some((s) => s === '' || s === '.')) return undefined
  return { path: text.replace(/\/$/, ''), rooted: segments.length > 1 || text.endsWith('/') }
}

const FIELD_SPLIT = /[,;]\s*|\s+and\s+|\s+/

/** Paths listed in a `Location:` / `Files:` value written without backticks. */
export function pathsInValue(value: string): string[] {
  return value.split(FIELD_SPLIT).filter((v) => v.length <= 300).map((v) => trimChars(v, '`*_[]().:')).filter((v) => v !== '')
}
