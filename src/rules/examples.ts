import type { RuleId } from '../contract/result.js'

/** A small document a rule reports on, and what it reports (test/integrations/rule-examples.test.ts runs each). */
export interface RuleExample {
  /** The document, as `STATUS.md`. */
  markdown: string
  /** Another document of the same run, for the rule across documents. */
  also?: { path: string; markdown: string }
  /** The document as committed before, for the rules across time (run with `--since HEAD`). */
  before?: string
  /** The finding, as `line:column severity message`. */
  reports: string
  /** What must hold besides the text. */
  note?: string
}

/** One example per rule, for `explain_rule` and the docs. */
export const ruleExamples: Record<RuleId, RuleExample> = {
  'status-conflict': {
    markdown: '# Status\n\n### Login ✅\n\n| Item | Status |\n|------|--------|\n| Login | ❌ Missing |\n',
    reports: '7:1 error Unexpected status `todo` for `Login`, line 3 says `done`',
  },
  'section-conflict': {
    markdown: '# Status\n\n## Missing Items\n\n### Login ✅\n- **Status:** ✅ Complete\n',
    reports: '5:1 warning Unexpected `done` item `Login` under `Missing Items` (line 3), which files items as `todo`',
  },
  'marker-conflict': {
    markdown: '# Status\n\n| Module | Status |\n|--------|--------|\n| Parser | ✅ Not implemented |\n',
    reports: '5:1 error Unexpected `Not implemented` with `✅`: `✅` says `done`, `Not implemented` says `todo`',
  },
  'count-mismatch': {
    markdown: '# Status\n\n| Area | Done | Missing | Total |\n|------|------|---------|-------|\n| API | 2 | 1 | 4 |\n| UI | 1 | 2 | 3 |\n',
    reports: '5:15 error Unexpected total `4` for `API`, expected `3` (2 + 1)',
  },
  'percent-mismatch': {
    markdown: '# Progress\n\nMigration: 3 of 4 tasks done (60%)\n',
    reports: '3:1 warning Unexpected 60% for `Migration`, expected 75% (3 of 4)',
  },
  'overall-claim': {
    markdown: '# Status\n\n| Item | Status |\n|------|--------|\n| Login | ✅ Done |\n| Search | ❌ Not started |\n\n**Status:** ✅ ALL ITEMS COMPLETE\n',
    reports: '8:1 error Unexpected verdict `ALL ITEMS COMPLETE`: 1 item is not done (`Search`)',
  },
  'plan-conflict': {
    markdown: '# Status\n\n### Login ✅\n\n## Next Steps\n\n1. Implement Login\n',
    reports: '7:1 warning Unexpected plan entry `Implement Login`: `Login` is claimed done at line 3',
  },
  placeholder: {
    markdown: '# Status\n\nLast Updated: [Current Date]\n',
    reports: '3:15 warning Unexpected placeholder `[Current Date]`, expected real content',
  },
  'date-conflict': {
    markdown: '# Status\n\nLast Updated: 2024-12-08\n\n### Login ✅\n\n---\nLast Updated: 2024-11-02\n',
    reports: '8:1 warning Unexpected `Last Updated` date `2024-11-02`, line 3 says `2024-12-08`',
  },
  encoding: {
    markdown: '# Status\n\n### Login ‚úÖ\n',
    reports: '3:11 warning Unexpected mojibake: 1 sequence of UTF-8 read as Mac Roman (`‚úÖ` for `✅`), repaired for analysis',
  },
  'evidence-missing': {
    markdown: '# Status\n\n### App shell ✅\n- **Location:** `src/app.ts`\n\n### Login ✅\n- **Location:** `src/login.ts`\n',
    reports: '7:18 warning Unexpected missing file `src/login.ts` cited for `Login`, which is claimed done at line 6',
    note: 'In a repository that has `src/app.ts` but no `src/login.ts`.',
  },
  'cross-doc-conflict': {
    markdown: '# Status\n\nLast Updated: 2024-11-02\n\n### Login ✅\n',
    also: { path: 'REMAINING.md', markdown: '# Remaining work\n\nLast Updated: 2024-12-08\n\n| Item | Status |\n|------|--------|\n| Login | ❌ Missing |\n' },
    reports: '5:1 warning Unexpected status `done` for `Login` (this document: 2024-11-02, line 3), the newer `REMAINING.md` (2024-12-08, line 3) says `todo` at line 7',
    note: 'Both documents checked in one run.',
  },
  'status-regression': {
    before: '# Status\n\n| Item | Status |\n|------|--------|\n| Login | ✅ Done |\n',
    markdown: '# Status\n\n| Item | Status |\n|------|--------|\n| Login | 🚧 In progress |\n',
    reports: '5:1 warning Unexpected status `partial` for `Login`, it was `done` in `HEAD` (line 5)',
    note: 'Run with --since HEAD, the first version committed.',
  },
  'unbacked-progress': {
    before: '# Status\n\n| Item | Status |\n|------|--------|\n| Login | ✅ Done |\n',
    markdown: '# Status\n\n| Item | Status |\n|------|--------|\n| Login | ✅ Done |\n\n**Status:** ✅ ALL ITEMS COMPLETE\n',
    reports: '7:1 warning Unexpected new verdict `ALL ITEMS COMPLETE`: no item it covers changed since `HEAD`',
    note: 'Run with --since HEAD, the first version committed.',
  },
  directive: {
    markdown: '# Status\n\n<!-- audit-reconcile-disable-next-line status-conflit -->\n### Login ✅\n',
    reports: '3:1 error Unexpected rule `status-conflit` in `audit-reconcile-disable-next-line status-conflit`, expected a rule id (did you mean `status-conflict`?)',
  },
}
