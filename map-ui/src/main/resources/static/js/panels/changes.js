// Comparing two dates: what changed in the district between the end of one
// day and the end of another (Beijing time), from /api/changes. The panel
// counts the changes per kind and lists them grouped by kind; the changed
// compounds are outlined on the map in the colour of their first change,
// with a small legend. Clicking an entry zooms to it, and a compound's popup
// opens. The comparison does not follow the page's day: it names its own two.
import { api } from '../api.js';
import { i18n } from '../i18n.js';
import { element } from '../dom.js';
import { map } from '../map.js';
import { state } from '../state.js';
import { today } from './time.js';
import { openCompoundPopup } from '../layers/compounds.js';

const panel = document.getElementById('changes');
const openButton = document.getElementById('changes-open');
const body = document.getElementById('changes-body');
const form = panel.querySelector('.changes-form');
const fromInput = document.getElementById('changes-from');
const toInput = document.getElementById('changes-to');
const status = panel.querySelector('.changes-state');
const countsList = panel.querySelector('.changes-counts');
const list = panel.querySelector('.changes-list');

// The colour of a changed compound's outline: its first change's, the rest orange.
const HIGHLIGHTS = [
  ['CLEARED', '#2f9e44'],
  ['RELAPSED', '#e03131'],
  ['REGISTERED', '#1c7ed6'],
  ['OTHER', '#f08c00'],
];
const highlightOf = (kind) => (HIGHLIGHTS.some(([k]) => k === kind) ? kind : 'OTHER');
const colourOf = (kind) => HIGHLIGHTS.find(([k]) => k === highlightOf(kind))[1];

// A pane of their own above the compounds, so that reloading the compounds never covers the outlines.
const pane = map.createPane('changes');
pane.style.zIndex = '450';
pane.style.pointerEvents = 'none';

const highlight = L.geoJSON(null, {
  pane: 'changes',
  // Outlines only, and not clickable: a click goes through to the compound and its popup.
  interactive: false,
  style: (f) => ({
    color: colourOf(f.properties.change), weight: 4, opacity: 0.95, fill: false,
    className: `change-highlight change-${highlightOf(f.properties.change)}`,
  }),
  onEachFeature: (f, layer) => layer.on('add', () => layer.getElement().setAttribute('data-id', f.id)),
});

const legend = L.control({ position: 'bottomleft' });
legend.onAdd = () => L.DomUtil.create('div', 'legend changes-legend');

let shown = null;
let request = null;

const isoDay = (date) => date.toISOString().slice(0, 10);

/** The last day of the month before last, seen from a day: from 2026-12-02, 2026-10-31. */
function monthBeforeLastEnd(day) {
  const [y, m] = day.split('-').map(Number);
  return isoDay(new Date(Date.UTC(y, m - 2, 0)));
}

function defaults() {
  const to = state.get('asOf') || today();
  toInput.value = to;
  fromInput.value = monthBeforeLastEnd(to);
  fromInput.max = today();
  toInput.max = today();
}

function setOpen(open) {
  body.hidden = !open;
  openButton.setAttribute('aria-expanded', String(open));
  if (open && !fromInput.value) {
    defaults();
  }
  if (!open) {
    clear();
  }
}

function clear() {
  if (request) {
    request.abort();
  }
  shown = null;
  highlight.clearLayers();
  highlight.remove();
  legend.remove();
  panel.dataset.state = '';
  render();
}

/** What the server said was wrong, in its words (it names the field and the rule). */
async function problemOf(response) {
  try {
    const problem = await response.json();
    return problem.detail || `HTTP ${response.status}`;
  } catch (e) {
    return `HTTP ${response.status}`;
  }
}

async function compare() {
  const district = state.get('district');
  if (!district) {
    return;
  }
  if (request) {
    request.abort();
  }
  request = new AbortController();
  const query = `districtCode=${encodeURIComponent(district)}&from=${encodeURIComponent(fromInput.value)}`
    + `&to=${encodeURIComponent(toInput.value)}`;
  panel.dataset.state = 'loading';
  shown = null;
  render();
  try {
    const [summary, compounds] = await Promise.all([
      api(`/api/changes?${query}`, { signal: request.signal }),
      api(`/api/changes/compounds?${query}`, { signal: request.signal }),
    ]);
    if (!summary.ok || !compounds.ok) {
      shown = { problem: await problemOf(summary.ok ? compounds : summary) };
      panel.dataset.state = 'refused';
      highlight.clearLayers();
      render();
      return;
    }
    shown = { summary: await summary.json(), compounds: await compounds.json() };
    highlight.clearLayers();
    highlight.addData(shown.compounds);
    highlight.addTo(map);
    legend.addTo(map);
    panel.dataset.state = 'ready';
  } catch (error) {
    if (error.name === 'AbortError') {
      return;
    }
    panel.dataset.state = 'failed';
  }
  render();
}

function kindLabel(kind) {
  return i18n.t('changeKinds')[kind] || kind;
}

/** A before or after value in words: a management mode or an organisation type by name, codes and dates as they are. */
function valueText(entry, value) {
  if (value == null) {
    return '—';
  }
  if (entry.subject === 'COMPOUND' && /^[A-Z_]+$/.test(value)) {
    return i18n.label(i18n.mode(value));
  }
  if (entry.subject === 'PARTY_ORGANISATION') {
    return i18n.t('partyTypes')[value] || value;
  }
  return value;
}

function when(entry) {
  if (entry.at) {
    return i18n.dateTime(entry.at);
  }
  return entry.on ? i18n.date(entry.on) : '';
}

function zoomTo(entry) {
  if (entry.subject === 'COMPOUND') {
    // the popup opens once the map has loaded the compound where it zoomed to
    openCompoundPopup(entry.code);
  }
  if (entry.bbox) {
    const [w, s, e, n] = entry.bbox;
    map.fitBounds([[s, w], [n, e]], { maxZoom: 17, padding: [40, 40] });
  }
}

function entryItem(entry) {
  const item = element('li', 'change-entry');
  const button = element('button', 'change-open');
  button.type = 'button';
  button.dataset.kind = entry.kind;
  button.dataset.code = entry.code;
  button.append(element('span', 'change-name', entry.name || entry.code));
  if (entry.communityName) {
    button.append(element('span', 'change-community', entry.communityName));
  }
  button.addEventListener('click', () => zoomTo(entry));
  const detail = element('div', 'change-detail');
  if (entry.before != null || entry.after != null) {
    detail.append(element('span', 'change-values', `${valueText(entry, entry.before)} → ${valueText(entry, entry.after)}`));
  }
  const at = when(entry);
  if (at) {
    detail.append(element('span', 'change-when', at));
  }
  item.append(button, detail);
  if (entry.by || entry.reason) {
    item.append(element('div', 'change-why', [entry.by, entry.reason].filter(Boolean).join(i18n.t('listSeparator'))));
  }
  return item;
}

function renderLegend() {
  const container = legend.getContainer();
  if (!container) {
    return;
  }
  container.replaceChildren(element('h2', null, i18n.t('changesLegend')));
  const rows = element('ul');
  HIGHLIGHTS.forEach(([kind, colour]) => {
    const row = element('li');
    row.dataset.category = kind;
    const swatch = element('span', 'swatch change-swatch');
    swatch.style.borderColor = colour;
    row.append(swatch, document.createTextNode(i18n.t('changeHighlights')[kind]));
    rows.append(row);
  });
  container.append(rows);
}

function render() {
  openButton.textContent = i18n.t('changesOpen');
  const words = { loading: 'changesLoading', failed: 'changesFailed' };
  const ready = shown && shown.summary;
  status.textContent = words[panel.dataset.state] ? i18n.t(words[panel.dataset.state])
    : shown && shown.problem ? shown.problem
      : ready ? i18n.t('changesTotal', shown.summary.total, i18n.date(fromInput.value), i18n.date(toInput.value)) : '';
  countsList.replaceChildren();
  list.replaceChildren();
  if (!ready) {
    return;
  }
  const { summary } = shown;
  Object.entries(summary.counts).filter(([, n]) => n > 0).forEach(([kind, n]) => {
    const row = element('li', `change-count change-${highlightOf(kind)}`);
    row.dataset.kind = kind;
    row.append(element('span', 'change-kind', kindLabel(kind)), element('span', 'count', i18n.number(n)));
    countsList.append(row);
  });
  const groups = new Map();
  summary.changes.forEach((c) => groups.set(c.kind, [...(groups.get(c.kind) || []), c]));
  groups.forEach((entries, kind) => {
    const group = element('section', 'change-group');
    group.dataset.kind = kind;
    group.append(element('h3', null, i18n.t('changesGroup', kindLabel(kind), i18n.number(summary.counts[kind]))));
    const items = element('ul', 'change-entries');
    entries.forEach((e) => items.append(entryItem(e)));
    group.append(items);
    list.append(group);
  });
  if (summary.truncated) {
    list.append(element('p', 'notice', i18n.t('changesTruncated', summary.changes.length)));
  }
  renderLegend();
}

openButton.addEventListener('click', () => setOpen(body.hidden));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  compare();
});
state.on('district', () => {
  if (!body.hidden) {
    clear();
  }
});
i18n.onChange(render);
render();
