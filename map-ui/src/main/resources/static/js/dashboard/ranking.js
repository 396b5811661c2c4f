// The campaign's sub-districts or communities side by side, sortable by any
// column: a click on its header sorts by it, a second click reverses.
import { i18n } from '../i18n.js';
import { element } from '../dom.js';

// [field, i18n key, numeric]
const COLUMNS = [
  ['name', 'colArea', false],
  ['baseline', 'colBaseline', true],
  ['baselineCleared', 'colBaselineCleared', true],
  ['clearanceRate', 'colClearanceRate', true],
  ['remaining', 'colRemaining', true],
  ['clearances', 'colClearances', true],
  ['relapses', 'colRelapses', true],
  ['found', 'colFound', true],
];

const table = document.getElementById('ranking');
let ranking = null;
let sort = { field: 'remaining', descending: true };

export const percent = (rate) => (rate === null || rate === undefined ? '—' : `${(Number(rate) * 100).toFixed(1)}%`);

function cell(field, row) {
  if (field === 'clearanceRate') return percent(row.clearanceRate);
  if (field === 'name') return row.name || row.code;
  return i18n.number(row[field]);
}

function compare(a, b) {
  const numeric = COLUMNS.find((c) => c[0] === sort.field)[2];
  let order;
  if (numeric) {
    // an area without a baseline has no rate: it sorts last either way
    const x = a[sort.field];
    const y = b[sort.field];
    if (x === null || y === null) return (x === null) - (y === null);
    order = Number(x) - Number(y);
  } else {
    order = String(a.name || a.code).localeCompare(String(b.name || b.code), 'zh-CN');
  }
  return (sort.descending ? -order : order) || a.code.localeCompare(b.code);
}

export function renderRanking() {
  if (!ranking) {
    return;
  }
  const head = document.createElement('tr');
  COLUMNS.forEach(([field, key, numeric]) => {
    const th = element('th', numeric ? 'num' : '');
    th.scope = 'col';
    th.dataset.sort = field;
    const button = element('button', 'sort', i18n.t(key));
    button.type = 'button';
    th.setAttribute('aria-sort', sort.field === field ? (sort.descending ? 'descending' : 'ascending') : 'none');
    th.append(button);
    button.addEventListener('click', () => {
      sort = { field, descending: sort.field === field ? !sort.descending : numeric };
      renderRanking();
    });
    head.append(th);
  });
  table.tHead.replaceChildren(head);
  const rows = [...ranking.areas].sort(compare).map((row) => {
    const tr = document.createElement('tr');
    tr.dataset.area = row.code;
    COLUMNS.forEach(([field, , numeric]) => {
      const td = element('td', numeric ? 'num' : 'area', cell(field, row));
      td.dataset.field = field;
      if (field === 'name') td.title = row.code;
      tr.append(td);
    });
    return tr;
  });
  table.tBodies[0].replaceChildren(...rows);
  const t = ranking.totals;
  const total = document.createElement('tr');
  COLUMNS.forEach(([field, , numeric]) => {
    const value = field === 'name' ? i18n.t('colTotal') : cell(field, t);
    total.append(element(field === 'name' ? 'th' : 'td', numeric ? 'num' : 'area', value));
  });
  table.tFoot.replaceChildren(total);
}

export function showRanking(next) {
  ranking = next;
  renderRanking();
}
