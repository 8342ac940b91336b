import fc from 'fast-check'

// Random status documents drawn from the constructs the extractor reads, with the noise real
// files carry (emoji, mojibake, placeholders, control characters, every line ending, BOMs).

const names = ['Login', 'Prometheus Metrics', 'Grafana Dashboards', 'API Gateway', 'Structured Logging', 'Backups', 'Rate Limiting', 'Deploy', 'Search Index', 'Cache', 'É', '日本語 機能', '']
const markers = ['✅', '❌', '⚠️', '⚠', '🟡', '🚧', '🔴', '✔', '☑', '✗', '⏳', '🎉', '']
const words = ['Complete', 'FULLY IMPLEMENTED', 'Not Implemented', 'Missing', 'Partial', 'In progress', 'Pending', 'Done', 'Blocked', 'N/A', 'TODO', 'Not Started', 'basic', '']
const mojibake = ['âœ…', '‚úÖ', 'â€™', 'ðŸ“Š', 'Ã©', 'â€"', 'âŒ']
const placeholders = ['[Current Date]', '[Project Name]', 'TBD', 'XX%', '{{owner}}', '<insert link>', 'YYYY-MM-DD', 'lorem ipsum']
const hostile = ['\x1b[31m', '\x1b]8;;https://x.example\x07link\x1b]8;;\x07', '\x07', '\b', '\r', '\u202e', '\x00', '\x9b', '\t', '|', '*', '**', '`', '[', ']', '\\', '<!--', '-->', '&amp;', '\u{1F600}', '\uD800']

const pick = (xs: readonly string[]) => fc.constantFrom(...xs)
const percent = fc.oneof(fc.integer({ min: 0, max: 100 }).map(String), fc.constantFrom('~72', '85.5', '100', '0', '150', '-5'))

/** A short piece of inline text: a name, a status, noise. */
const inline = fc.array(fc.oneof(
  { weight: 5, arbitrary: pick(names) },
  { weight: 3, arbitrary: pick(markers) },
  { weight: 3, arbitrary: pick(words) },
  { weight: 1, arbitrary: pick(mojibake) },
  { weight: 1, arbitrary: pick(placeholders) },
  { weight: 1, arbitrary: pick(hostile) },
  { weight: 1, arbitrary: percent.map((p) => `${p}%`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
), { maxLength: 5 }).map((parts) => parts.join(' '))

const status = fc.tuple(pick(markers), pick(words)).map(([m, w]) => `${m} ${w}`.trim())
const name = fc.oneof(pick(names), inline)

const heading = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom('', '2. ', '1.3 ', 'Phase 2: '), name, fc.oneof(
  status.map((s) => ` ${s}`), percent.map((p) => ` (${p}% Complete)`), status.map((s) => ` — ${s}`), fc.constant(''),
  pick(['Missing Items', 'Remaining Items', 'Next Steps', 'Summary', 'Action Plan', 'Completed Features']).map((g) => ` ${g}`),
)).map(([depth, num, n, tail]) => `${'#'.repeat(depth)} ${num}${n}${tail}`)

const field = fc.tuple(pick(['Status', 'Current Status', 'Last Updated', 'Date', 'Progress', 'Priority', 'Overall Status']), fc.oneof(status, percent.map((p) => `${p}% complete`), pick(['December 8, 2024', '2025-02-30', '2024-13-01', '[Current Date]', '12/08/2024'])), fc.boolean())
  .map(([label, value, bold]) => (bold ? `- **${label}:** ${value}` : `${label}: ${value}`))

const listItem = fc.tuple(fc.constantFrom('- ', '* ', '1. ', '- [x] ', '- [ ] ', '  - ', '    - ', '> - '), fc.oneof(
  fc.tuple(pick(markers), name).map(([m, n]) => `${m} **${n}** - ${n}`),
  fc.tuple(name, status).map(([n, s]) => `${n}: ${s}`),
  name,
)).map(([bullet, text]) => bullet + text)

const table = fc.tuple(
  fc.constantFrom(['Item', 'Status', 'Count'], ['Category', 'Complete', 'Partial', 'Total'], ['Feature', 'State'], ['a', 'b']),
  fc.array(fc.array(fc.oneof(name, status, percent.map((p) => `${p}%`), fc.nat(99).map(String), fc.constant('**Total**')), { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
).map(([head, rows]) => [
  `| ${head.join(' | ')} |`,
  `|${head.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n'))

const block = fc.oneof(
  { weight: 4, arbitrary: heading },
  { weight: 3, arbitrary: field },
  { weight: 4, arbitrary: fc.array(listItem, { minLength: 1, maxLength: 5 }).map((xs) => xs.join('\n')) },
  { weight: 2, arbitrary: table },
  { weight: 2, arbitrary: inline },
  { weight: 1, arbitrary: pick(['✅ Implemented:', '**Pending:**', 'Still missing:', '✅ ALL ITEMS COMPLETE', 'The project is 100% complete', 'Production ready', '---', '```', '```yaml\nstatus: done\n```', '<!-- audit-reconcile-disable -->']) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 40 }), pick(['> ', '- ', '  '])).map(([n, p]) => `${p.repeat(n)}deep ✅ Done`) },
)

/** A markdown document as text, with mixed line endings. */
export const markdownText = fc.tuple(
  fc.array(block, { maxLength: 14 }),
  fc.array(fc.constantFrom('\n', '\n\n', '\r\n', '\r', '\r\n\r\n'), { minLength: 14, maxLength: 14 }),
  fc.boolean(),
).map(([blocks, breaks, finalBreak]) => blocks.map((b, i) => b + (i < blocks.length - 1 || finalBreak ? breaks[i]! : '')).join(''))

/** The same documents as bytes: UTF-8, with or without BOM, UTF-16 LE/BE, or broken by random byte edits. */
export const markdownBytes = fc.tuple(markdownText, fc.constantFrom('utf8', 'utf8-bom', 'utf16le', 'utf16be', 'latin1'), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }))
  .map(([text, encoding, edits]) => {
    let bytes: Buffer
    if (encoding === 'utf16le' || encoding === 'utf16be') {
      bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
      if (encoding === 'utf16be') bytes.swap16()
    } else if (encoding === 'latin1') bytes = Buffer.from(text, 'latin1')
    else bytes = Buffer.concat([encoding === 'utf8-bom' ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')])
    for (const [at, value] of edits) if (bytes.length > 0) bytes[at % bytes.length] = value
    return new Uint8Array(bytes)
  })

/** Any bytes at all. */
export const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 2048 }), fc.string({ unit: 'binary', maxLength: 400 }).map((s) => new Uint8Array(Buffer.from(s))))
