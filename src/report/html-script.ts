import { createHash } from 'node:crypto'

/**
 * The html report's only script, a constant (no document text is ever in it): the item filter
 * (one attribute on `<body>`, so the style sheet hides the rows in one pass), sorting a table by
 * a column, opening the folded block a link points into, and opening every block to print.
 */
export const HTML_SCRIPT = `(() => {
  const body = document.body
  for (const input of document.querySelectorAll('input[name=filter]')) {
    input.addEventListener('change', () => { if (input.checked) body.dataset.filter = input.value })
  }
  const rank = { disputed: 0, todo: 1, blocked: 2, partial: 3, unknown: 4, na: 5, done: 6 }
  const key = (row, column) => {
    const cell = row.cells[column]
    if (cell.dataset.status) return rank[cell.dataset.status] ?? 9
    if (cell.dataset.line) return Number(cell.dataset.line)
    return cell.textContent.toLowerCase()
  }
  for (const button of document.querySelectorAll('th button[data-column]')) {
    button.addEventListener('click', () => {
      const th = button.parentElement
      const table = th.closest('table')
      const column = Number(button.dataset.column)
      const order = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending'
      for (const other of table.querySelectorAll('th[aria-sort]')) other.removeAttribute('aria-sort')
      th.setAttribute('aria-sort', order)
      const sign = order === 'ascending' ? 1 : -1
      const rows = [...table.tBodies[0].rows].map((row, i) => [key(row, column), i, row])
      rows.sort((a, b) => (a[0] < b[0] ? -sign : a[0] > b[0] ? sign : a[1] - b[1]))
      table.tBodies[0].append(...rows.map((r) => r[2]))
    })
  }
  const reveal = () => {
    const id = decodeURIComponent(location.hash.slice(1))
    const target = id && document.getElementById(id)
    if (!target) return
    for (let el = target.parentElement; el; el = el.parentElement) if (el.tagName === 'DETAILS') el.open = true
    target.scrollIntoView({ block: 'center' })
  }
  addEventListener('hashchange', reveal)
  reveal()
  addEventListener('beforeprint', () => { for (const d of document.querySelectorAll('details')) d.open = true })
})()`

/** The script's hash for the page's Content-Security-Policy: no other script may run, whatever a document holds. */
export const HTML_SCRIPT_HASH = `sha256-${createHash('sha256').update(HTML_SCRIPT).digest('base64')}`
