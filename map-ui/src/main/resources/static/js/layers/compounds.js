// The compounds layer: compounds coloured by management mode, party coverage
// or clearance strategy (the page state's colouring), its legend with counts,
// the status line saying how many are shown, and the page state's filters
// applied to what it asks for.
import { i18n } from '../i18n.js';
import { text } from '../dom.js';
import { map, onLoad, fetchInto } from '../map.js';
import { state } from '../state.js';
import { compoundPopup } from './compound-popup.js';
import { filterQuery, showFilteredCount } from '../panels/filters.js';

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

// The popup has grown by the compound's details: it is laid out again and pans into view as it opened; its
// own pan loads nothing (map.js), so the layer under it is not redrawn and it stays open.
function grown(popup) {
  popup.update();
}

// Leaflet calls a content function on every update, so the open popup's content is kept until it closes.
function bindCompoundPopup(feature, layer) {
  let shown = null;
  layer.bindPopup(() => {
    shown = shown || compoundPopup(feature.id, feature.properties, () => grown(layer.getPopup()));
    return shown;
  });
  layer.on('popupclose', () => { shown = null; });
  // Each drawn compound names its identifier, so a search result or a test can find it on the map.
  layer.on('add', () => layer.getElement().setAttribute('data-id', feature.id));
}

const compounds = L.geoJSON(null, { style, onEachFeature: bindCompoundPopup }).addTo(map);

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

// A compound whose popup is to open once the map has loaded where it was asked to zoom.
let popupWanted = null;

/** Opens the compound's popup at the next load of the map (a zoom to it causes one). */
export function openCompoundPopup(compoundId) {
  popupWanted = compoundId;
}

function openWantedPopup() {
  const wanted = popupWanted;
  popupWanted = null;
  const layer = wanted && compounds.getLayers().find((l) => l.feature.id === wanted);
  if (layer) {
    layer.openPopup();
  }
}

onLoad(async (box) => {
  if (loaded === 'failed') {
    loaded = 'loading';
    renderLegend();
    renderStatus();
  }
  try {
    lastCollection = await fetchInto('compounds', `/api/compounds?bbox=${box}${filterQuery(state.get('filters'))}`, compounds);
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
  openWantedPopup();
  renderLegend();
  renderStatus();
  showFilteredCount(lastCollection.features.length);
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
