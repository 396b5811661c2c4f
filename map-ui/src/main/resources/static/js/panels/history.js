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

// A boundary shows its area, not its coordinates; the WKT stays in the API answer.
function change(c) {
  const item = element('li', 'history-change');
  item.dataset.field = c.field;
  item.append(element('span', 'history-field', i18n.field(c.field)), ' ');
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
  const changes = element('ul', 'history-changes');
  e.changes.forEach((c) => changes.append(change(c)));
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
