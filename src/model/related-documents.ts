import { basename } from 'node:path'
import { coreTokens, stem } from './names.js'
import type { RunDocument } from './run-document.js'

// Names that say what kind of thing an item is, not which one: categories, phases, priorities,
// section words. They never tie two documents together, and never meet across documents.
const GENERIC = new Set(`priority high medium low critical urgent major minor blocker phase step stage sprint milestone week
  day month part section option tier level category area file files test tests testing unit e2e documentation docs doc readme
  security performance deploy deployment frontend backend front back end api apis ui ux design responsive mobile web desktop
  database db data infrastructure infra monitoring logging log logs summary overview status progress completion next steps
  setup configuration config core feature features bug bugs fix fixes issue issues task tasks todo item items other misc
  general quality accessibility integration integrations support error errors handling validation cleanup refactor refactoring
  ci cd pipeline build release tooling dependencies total overall mvp v1 v2 v3 beta alpha goal goals objective objectives
  metric metrics result results recommendation recommendations note notes conclusion`.split(/\s+/).filter(Boolean).map((w) => stem(w)))

/** Whether an item key is generic: every core word is a category, phase or section word, or a number. */
export function isGenericKey(key: string): boolean {
  const core = coreTokens(key.split(' '))
  return core.every((t) => GENERIC.has(t) || /^\d+$/.test(t) || t.length <= 2)
}

// A name shared by this many documents of a run is common vocabulary, not evidence of shared work.
const COMMON = 50
// Specific item names two documents must share to be taken to describe the same work: this many,
// or half of the smaller document's (all of them, for a document of one).
const SHARED = 3

/**
 * Which documents of a run describe the same work, as groups of indexes: two documents are
 * related when they share several specific item names (not generic ones) or one cites the
 * other by file name; a group holds documents related directly or through each other.
 */
export function relatedGroups(docs: readonly Pick<RunDocument, 'path' | 'items' | 'mentions'>[]): number[][] {
  const parent = docs.map((_d, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const join = (a: number, b: number) => { parent[find(a)] = find(b) }
  const byKey = new Map<string, number[]>()
  const sizes: number[] = []
  docs.forEach((doc, i) => {
    const keys = new Set(doc.items.filter((item) => item.parent === undefined).flatMap((item) => [item.key, ...item.claims.map((c) => c.key)]).filter((k) => k !== '' && !isGenericKey(k)))
    for (const key of keys) append(byKey, key, i)
    sizes.push(keys.size)
  })
  const shared = new Map<string, number>()
  for (const holders of byKey.values()) {
    if (holders.length < 2 || holders.length > COMMON) continue
    for (let a = 0; a < holders.length; a++) for (let b = a + 1; b < holders.length; b++) {
      const [x, y] = [holders[a]!, holders[b]!]
      const pair = `${x} ${y}`
      const n = (shared.get(pair) ?? 0) + 1
      shared.set(pair, n)
      if (n >= SHARED || 2 * n >= Math.min(sizes[x]!, sizes[y]!)) join(x, y)
    }
  }
  const byName = new Map<string, number[]>()
  docs.forEach((doc, i) => append(byName, basename(doc.path).toLowerCase(), i))
  docs.forEach((doc, i) => { for (const name of doc.mentions ?? []) for (const j of byName.get(name) ?? []) if (j !== i) join(i, j) })
  const groups = new Map<number, number[]>()
  docs.forEach((_d, i) => append(groups, find(i), i))
  return [...groups.values()]
}

function append<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
