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
legend.onAdd = () => L.DomUtil.create('div', 'legend');
legend.addTo(map);

function renderLegend() {
  const c = colouring();
  const counts = {};
  (lastCollection ? lastCollection.features : []).forEach((f) => {
    const code = c.of(f.properties).code;
    counts[code] = (counts[code] || 0) + 1;
  });
  // Colours are set through the DOM afterwards: the Content-Security-Policy refuses style attributes in markup.
  const rows = c.categories().map((cat) => `<li data-category="${cat.code}"><span class="swatch" data-colour="${cat.colour}"></span>`
    + `${text(i18n.label(cat))}<span class="count">${counts[cat.code] || 0}</span></li>`).join('');
  const note = c.note ? `<div class="note">${i18n.t(c.note)}</div>` : '';
  legend.getContainer().dataset.colouring = state.get('colouring');
  legend.getContainer().innerHTML = `<h2>${i18n.t(c.title)}</h2><ul>${rows}</ul>${note}`;
  legend.getContainer().querySelectorAll('.swatch').forEach((swatch) => { swatch.style.background = swatch.dataset.colour; });
}

function renderStatus() {
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
  lastCollection = await fetchInto('compounds', `/api/compounds?bbox=${box}`, compounds);
  openWantedPopup();
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
