/** The documents of the history tests, commit by commit (null deletes a file). */

const STATUS_1 = `# Payments status

## Items

| Item | Status |
|---|---|
| Refunds | ❌ Missing |
| Invoices | ✅ Done |
| Payouts | 🚧 In progress |
| Legacy export | 🚧 In progress |
| Receipts | ✅ Done |
`

// Refunds done (progress), Invoices back in progress (regression), Legacy export gone,
// Receipts reworded, Disputes new.
const STATUS_2 = `# Payments status

## Items

| Item | Status |
|---|---|
| Refunds | ✅ Done |
| Invoices | 🚧 In progress |
| Payouts | 🚧 In progress |
| Receipts | ✅ Shipped |
| Disputes | ❌ Missing |
`

// Only a verdict: no item changed.
const STATUS_3 = `${STATUS_2}
**Status:** ✅ ALL ITEMS COMPLETE
`

const ROADMAP = `# Roadmap

**Date:** 2024-01-10

| Item | Status |
|---|---|
| Webhooks | ❌ Not started |
| Refunds | ❌ Not started |
| Exports | ❌ Not started |

Where each item stands today: [the status page](STATUS.md).
`

/** Three commits: the first state, the items moving (and ROADMAP.md renamed to PLAN.md, NOTES.md new), a verdict alone. */
export const STEPS: Record<string, string | null>[] = [
  { 'docs/STATUS.md': STATUS_1, 'docs/ROADMAP.md': ROADMAP },
  {
    'docs/STATUS.md': STATUS_2,
    'docs/ROADMAP.md': null,
    'docs/PLAN.md': ROADMAP.replace('| Webhooks | ❌ Not started |', '| Webhooks | 🚧 In progress |'),
    'docs/NOTES.md': '# Notes\n\n- [ ] Write the changelog\n',
  },
  { 'docs/STATUS.md': STATUS_3 },
]
