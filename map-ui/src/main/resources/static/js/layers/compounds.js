// The compounds layer: compounds coloured by management mode, party coverage
// or clearance strategy (the page state's colouring), its legend with counts,
// and the status line saying how many are shown.
import { i18n } from '../i18n.js';
import { element, text } from '../dom.js';
import { map, onLoad, fetchInto } from '../map.js';
import { state } from '../state.js';
import { openHistory } from '../panels/history.js';

const statusEl = document.getElementById('status');
let lastCollection = null;
// loading until the layer first answers, ready, or failed: the legend counts only what was loaded.
let loaded = 'loading';
// On a phone the legend starts folded to its title, leaving the map to the reader.
let legendFolded = window.matchMedia('(max-width: 800px)').matches;

// How each colouring reads a compound: its category, and whether it is drawn pale.
const COLOURINGS = {
  mode: { categories: () => i18n.modes, of: (p) => i18n.mode(p.managementMode), title: 'legendMode' },
  party: {
    categories: () => i18n.party,
    of: (p) => i18n.party[p.partyCovered ? 0 : 1],
    title: 'legendParty',
  },
  strategy: {
    categories: () => i18n.strategies,
    of: (p) => i18n.strategy(p.clearanceStrategy),
    pale: (p) => p.clearanceStrategy && p.managementMode !== 'UNMANAGED',
    title: 'legendStrategy',
    note: 'strategyNote',
  },
};

const colouring = () => COLOURINGS[state.get('colouring')];

function style(feature) {
  const p = feature.properties;
  const c = colouring();
  return {
    color: '#334e68', weight: 1, fillColor: c.of(p).colour,
    fillOpacity: c.pale && c.pale(p) ? 0.3 : 0.75,
    className: `compound mode-${p.managementMode} ${p.partyCovered ? 'party-covered' : 'party-uncovered'} strategy-${p.clearanceStrategy || 'NONE'}`,
  };
}

// Built as elements, not markup: a compound's name and provider are whatever someone typed.
function popup(feature) {
  const p = feature.properties;
  const box = element('div', 'compound-popup');
  const rows = element('dl');
  const row = (key, value) => rows.append(element('dt', null, i18n.t(key)), element('dd', null, value));
  row('mode', i18n.label(i18n.mode(p.managementMode)));
  row('provider', p.provider);
  row('feeStance', i18n.feeStance(p.feeStance));
  row('strategy', p.clearanceStrategy ? i18n.label(i18n.strategy(p.clearanceStrategy)) : null);
  row('party', i18n.t(p.partyCovered ? 'covered' : 'uncovered'));
  row('households', p.households);
  row('relapses', p.relapses);
  row('registeredAt', i18n.dateTime(p.registeredAt));
  const history = element('button', 'history-open', i18n.t('history'));
  history.type = 'button';
  history.addEventListener('click', () => openHistory(feature.id, p.name));
  box.append(element('h3', null, p.name), rows, history);
  return box;
}

// Each drawn compound names its identifier, so a search result or a test can find it on the map.
function eachFeature(feature, layer) {
  layer.bindPopup(() => popup(feature));
  layer.on('add', () => layer.getElement().setAttribute('data-id', feature.id));
}

const compounds = L.geoJSON(null, { style, onEachFeature: eachFeature }).addTo(map);

const legend = L.control({ position: 'bottomright' });
legend.onAdd = () => {
  const container = L.DomUtil.create('div', 'legend');
  // A tap on the legend folds it; it must not reach the map underneath and close a popup.
  L.DomEvent.disableClickPropagation(container);
  L.DomEvent.disableScrollPropagation(container);
  container.addEventListener('click', (event) => {
    if (event.target.closest('.legend-toggle')) {
      legendFolded = !legendFolded;
      renderLegend();
    }
  });
  return container;
};
legend.addTo(map);

function renderLegend() {
  const c = colouring();
  const counts = {};
  (lastCollection ? lastCollection.features : []).forEach((f) => {
    const code = c.of(f.properties).code;
    counts[code] = (counts[code] || 0) + 1;
  });
  // No counts until the layer has answered for the view: zeros would say the district has none.
  const count = (code) => (loaded === 'ready' ? `<span class="count">${counts[code] || 0}</span>` : '');
  // Colours are set through the DOM afterwards: the Content-Security-Policy refuses style attributes in markup.
  const rows = c.categories().map((cat) => `<li data-category="${cat.code}"><span class="swatch" data-colour="${cat.colour}"></span>`
    + `${text(i18n.label(cat))}${count(cat.code)}</li>`).join('');
  const note = c.note ? `<div class="note">${i18n.t(c.note)}</div>` : '';
  const said = { loading: 'loading', failed: 'legendFailed' }[loaded];
  const stateLine = said ? `<p class="legend-state ${loaded}">${i18n.t(said)}</p>` : '';
  const container = legend.getContainer();
  const hadFocus = container.contains(document.activeElement);
  container.dataset.colouring = state.get('colouring');
  container.dataset.state = loaded;
  container.classList.toggle('collapsed', legendFolded);
  container.innerHTML = `<h2><button type="button" class="legend-toggle" aria-expanded="${!legendFolded}">${i18n.t(c.title)}</button></h2>`
    + `<div class="legend-body">${stateLine}<ul>${rows}</ul>${note}</div>`;
  container.querySelectorAll('.swatch').forEach((swatch) => { swatch.style.background = swatch.dataset.colour; });
  if (hadFocus) {
    container.querySelector('.legend-toggle').focus();
  }
}

function renderStatus() {
  if (loaded === 'failed') {
    statusEl.textContent = ''; // the bar's retry (map.js) says what failed
    return;
  }
  if (!lastCollection) {
    statusEl.textContent = i18n.t('loading');
    return;
  }
  const n = lastCollection.features.length;
  statusEl.textContent = n === 0 ? i18n.t('empty') : i18n.t('shown', n);
  if (lastCollection.truncated) {
    statusEl.insertAdjacentHTML('beforeend', ` <span class="notice">${i18n.t('truncated')}</span>`);
  }
}

onLoad(async (box) => {
  if (loaded === 'failed') {
    loaded = 'loading';
    renderLegend();
    renderStatus();
  }
  try {
    lastCollection = await fetchInto('compounds', `/api/compounds?bbox=${box}`, compounds);
  } catch (error) {
    if (error.name !== 'AbortError') {
      loaded = 'failed';
      lastCollection = null;
      renderLegend();
      renderStatus();
    }
    throw error;
  }
  loaded = 'ready';
  renderLegend();
  renderStatus();
  document.body.dataset.compounds = String(lastCollection.features.length);
});

state.on('colouring', () => {
  compounds.setStyle(style);
  renderLegend();
});
i18n.onChange(() => {
  renderLegend();
  renderStatus();
});
renderLegend();
renderStatus();
