// The blood count grid from the keyboard: Tab to the next value, Enter to the first value of the next row, arrow
// up and down to the same value of the row above or below, Ctrl+Enter to save everything. A date of +7 is seven
// days after the date of the row above.
(function () {
  'use strict';
  const grid = document.querySelector('form.count-grid');
  if (!grid) return;
  const rows = [...grid.querySelectorAll('tr.grid-row')];
  const cell = (row, column) => rows[row]?.querySelectorAll('td')[column]?.querySelector('input:not([type=hidden])');
  const position = (input) => {
    const td = input.closest('td');
    const tr = td.closest('tr');
    return { row: rows.indexOf(tr), column: [...tr.querySelectorAll('td')].indexOf(td) };
  };

  function relativeDate(input) {
    const m = /^\+(\d{1,3})$/.exec(input.value.trim());
    if (!m) return;
    const { row, column } = position(input);
    for (let r = row - 1; r >= 0; r--) {
      const above = cell(r, column)?.value.trim();
      if (/^\d{4}-\d{2}-\d{2}$/.test(above)) {
        const d = new Date(above + 'T00:00:00Z');
        d.setUTCDate(d.getUTCDate() + Number(m[1]));
        input.value = d.toISOString().slice(0, 10);
        return;
      }
    }
  }

  grid.addEventListener('keydown', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type === 'hidden') return;
    if (input.dataset.date && ['Tab', 'Enter', 'ArrowUp', 'ArrowDown'].includes(event.key)) relativeDate(input);
    const { row, column } = position(input);
    let target = null;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      grid.requestSubmit();
      return;
    }
    if (event.key === 'Enter') target = cell(row + 1, 0);
    else if (event.key === 'ArrowDown' && input.type !== 'checkbox') target = cell(row + 1, column);
    else if (event.key === 'ArrowUp' && input.type !== 'checkbox') target = cell(row - 1, column);
    if (event.key === 'Enter' || target) {
      event.preventDefault();
      target?.focus();
    }
  });
  grid.addEventListener('focusout', (event) => {
    if (event.target.dataset?.date) relativeDate(event.target);
  });
  cell(rows.findIndex((tr) => !tr.classList.contains('saved')), 0)?.focus();
}());
