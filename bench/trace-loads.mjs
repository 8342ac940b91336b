// Preloaded (node --import) by bench/run.mjs: prints to stderr each module file the process
// loads, with its size, one per line as "load <url> <bytes>", to show what start-up pulls in.
import { register } from 'node:module'

register('data:text/javascript,' + encodeURIComponent(`
export async function load(url, context, next) {
  const result = await next(url, context)
  if (url.startsWith('file:')) process._rawDebug('load ' + url + ' ' + (result.source?.length ?? 0))
  return result
}`))
