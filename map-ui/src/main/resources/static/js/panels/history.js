// The audit trail of one record in a panel over the map: when (Beijing time),
// who, why, and each field before → after. Names, reasons and values come from
// people, so every one is set as text and never read as HTML.
import { api } from '../api.js';
import { i18n } from '../i18n.js';
import { element } from '../dom.js';

const panel = document.getElementById('history');
const title = panel.querySelector('.history-title');
const state = panel.querySelector('.history-state');
const list = panel.querySelector('.history-list');
const closeButton = panel.querySelector('.history-close');
let shown = null;
let request = null;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

// A field's value as a person reads it: codes in words, dates and lists written out.
function value(field, v) {
  if (v == null) {
    return '—';
  }
  if (Array.isArray(v)) {
    return v.length === 0 ? '—' : v.map((item) => value(field, item)).join(i18n.t('listSeparator'));
  }
  if (typeof v === 'object') {
    // a building or unit leader: 张秀兰（1号楼，13800001111）
    if (typeof v.name === 'string') {
      const about = [v.building, v.phone].filter((part) => part);
      return about.length ? `${v.name}（${about.join(i18n.t('listSeparator'))}）` : v.name;
    }
    return JSON.stringify(v);
  }
  switch (field) {
    case 'management.mode': return i18n.label(i18n.mode(v));
    case 'management.feeStance': return i18n.feeStance(v);
    case 'strategy': return i18n.label(i18n.strategy(v));
    case 'category': return i18n.category(v);
    case 'yearBuilt': return String(v);
    default: break;
  }
  if (typeof v === 'number') {
    return i18n.number(v);
  }
  return typeof v === 'string' && DATE.test(v) ? i18n.date(v) : String(v);
}

const squareMetres = (n) => (n == null ? '—' : `${i18n.number(n)} m²`);

// A micro-grid's code within its grid: the two digits after the grid's code, the whole code elsewhere.
const shortCode = (code, gridCode) => (gridCode && code.startsWith(gridCode) ? code.slice(gridCode.length) : code);

// A grid's field of one of its micro-grids, microGrids.<code>.helpers, reads as "微网格 01 网格辅助员".
function fieldName(field, gridCode) {
  const microGrid = /^microGrids\.(\d+)\.(.+)$/.exec(field);
  return microGrid ? i18n.t('microGridFields', shortCode(microGrid[1], gridCode), i18n.field(microGrid[2])) : i18n.field(field);
}

// An edit of a grid's division names the micro-grids before and after: 01 → 03、04.
function codes(e) {
  const line = element('div', 'history-codes');
  const list = (className, values) => {
    const span = element('span', className, values.length
      ? values.map((code) => shortCode(code, e.aggregateId)).join(i18n.t('listSeparator')) : '—');
    span.dataset.codes = values.join(',');
    return span;
  };
  line.append(element('span', 'history-label', i18n.t('microGridCodes')), ' ',
    list('history-codes-before', e.codes.before), ' → ', list('history-codes-after', e.codes.after));
  return line;
}

// A boundary shows its area, not its coordinates; the WKT stays in the API answer.
function change(c, gridCode) {
  const item = element('li', 'history-change');
  item.dataset.field = c.field;
  item.append(element('span', 'history-field', fieldName(c.field, gridCode)), ' ');
  if (c.area) {
    item.append(element('span', 'history-before', squareMetres(c.area.beforeSquareMetres)), ' → ',
      element('span', 'history-after', squareMetres(c.area.afterSquareMetres)));
    if (c.area.beforeSquareMetres != null && c.area.afterSquareMetres != null) {
      const delta = c.area.changeSquareMetres;
      item.append(' ', element('span', 'history-delta', `${delta > 0 ? '+' : ''}${i18n.number(delta)} m²`));
    }
  } else {
    item.append(element('span', 'history-before', value(c.field, c.before)), ' → ',
      element('span', 'history-after', value(c.field, c.after)));
  }
  return item;
}

function entry(e) {
  const item = element('li', 'history-entry');
  item.dataset.version = String(e.version);
  const when = element('time', 'history-when', i18n.dateTime(e.recordedAt));
  when.dateTime = e.recordedAt;
  item.append(when, element('span', 'history-operation', i18n.operation(e)));
  const labelled = (className, label, text) => {
    const line = element('div', className);
    line.append(element('span', 'history-label', i18n.t(label)), ' ', element('span', `${className}-text`, text));
    return line;
  };
  item.append(labelled('history-who', 'by', e.userName || e.user || '—'), labelled('history-reason', 'reason', e.reason || i18n.t('noReason')));
  if (e.codes) {
    item.append(codes(e));
  }
  const changes = element('ul', 'history-changes');
  e.changes.forEach((c) => changes.append(change(c, e.aggregateId)));
  item.append(changes);
  return item;
}

function render() {
  if (!shown) {
    return;
  }
  title.textContent = i18n.t('historyOf', shown.name || shown.recordId);
  closeButton.setAttribute('aria-label', i18n.t('close'));
  closeButton.title = i18n.t('close');
  const words = { loading: 'historyLoading', failed: 'historyFailed' };
  const empty = shown.entries && shown.entries.length === 0;
  state.textContent = words[panel.dataset.state] ? i18n.t(words[panel.dataset.state]) : empty ? i18n.t('historyEmpty') : '';
  state.hidden = state.textContent === '';
  // Newest first: an auditor usually asks what changed last.
  list.replaceChildren(...(shown.entries || []).slice().reverse().map(entry));
}

export async function openHistory(recordId, name) {
  if (request) {
    request.abort();
  }
  request = new AbortController();
  shown = { recordId, name, entries: null };
  panel.hidden = false;
  panel.dataset.state = 'loading';
  render();
  try {
    const response = await api(`/api/history/${encodeURIComponent(recordId)}`, { signal: request.signal });
    if (!response.ok) {
      throw new Error(`HTTP ${response.status}`);
    }
    shown.entries = await response.json();
    panel.dataset.state = 'ready';
  } catch (error) {
    if (error.name === 'AbortError') {
      return;
    }
    panel.dataset.state = 'failed';
  }
  render();
}

export function closeHistory() {
  if (request) {
    request.abort();
  }
  shown = null;
  panel.hidden = true;
  list.replaceChildren();
}

closeButton.addEventListener('click', closeHistory);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !panel.hidden) {
    closeHistory();
  }
});
i18n.onChange(render);
