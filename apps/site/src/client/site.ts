// Progressive enhancement: every page reads fine without this. It adds a filter box above each
// filterable table that hides the rows not matching what is typed (case- and accent-insensitive).

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()

const sv = document.documentElement.lang === 'sv'
const label = sv ? 'Filtrera rader' : 'Filter rows'
const count = (shown: number, total: number) =>
  sv ? `${shown} av ${total} rader visas` : `${shown} of ${total} rows shown`

document.querySelectorAll<HTMLTableElement>('table.filterable').forEach((table, index) => {
  const rows = [...table.tBodies[0]!.rows]
  const id = `filter-${index}`
  const box = document.createElement('div')
  box.className = 'filter'
  const labelElement = document.createElement('label')
  labelElement.htmlFor = id
  labelElement.textContent = label
  const input = document.createElement('input')
  input.type = 'search'
  input.id = id
  input.autocomplete = 'off'
  const status = document.createElement('span')
  status.setAttribute('role', 'status')
  status.className = 'filter-status'
  box.append(labelElement, input, status)
  table.closest('.table-scroll')!.before(box)
  input.addEventListener('input', () => {
    const words = fold(input.value).split(/\s+/).filter(Boolean)
    let shown = 0
    for (const row of rows) {
      const text = fold(row.textContent ?? '')
      const visible = words.every((word) => text.includes(word))
      row.hidden = !visible
      if (visible) shown++
    }
    status.textContent = words.length ? count(shown, rows.length) : ''
  })
})
