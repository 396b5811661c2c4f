// The Leaflet map (Leaflet stays the classic global L from its WebJar) and its
// load cycle: each layer registers a loader, and every move of the map loads
// the layers for the part of the district in view together.
import { api, json } from './api.js';
import { i18n } from './i18n.js';
import { element } from './dom.js';
import { state, withAsOf } from './state.js';

const problemEl = document.getElementById('load-problem');
let retry = null;
export const map = L.map('map', { zoomControl: true });
L.control.scale({ imperial: false }).addTo(map);
// Leaflet's default prefix carries a national flag; an office's map shows only the credit.
map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');

const inFlight = {};
const loaders = [];
let configured = null;
let districtShown = false;

/** Registers a layer's loader: called with the box in view whenever the map loads, it returns a promise. */
export function onLoad(loader) {
  loaders.push(loader);
}

/** Fetches a layer for the view as of the day shown, dropping an answer that a newer request has overtaken. */
export async function fetchInto(name, url, layer) {
  if (inFlight[name]) {
    inFlight[name].abort();
  }
  const controller = new AbortController();
  inFlight[name] = controller;
  const response = await api(withAsOf(url), { signal: controller.signal });
  if (!response.ok) {
    throw new Error(`HTTP ${response.status}`);
  }
  const collection = await response.json();
  layer.clearLayers();
  layer.addData(collection);
  return collection;
}

function bbox() {
  const b = map.getBounds().pad(0.2);
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]
    .map((v, i) => Math.max(i % 2 ? -90 : -180, Math.min(i % 2 ? 90 : 180, v)).toFixed(6)).join(',');
}

function renderProblem() {
  if (!retry) {
    problemEl.hidden = true;
    problemEl.replaceChildren();
    return;
  }
  const again = element('button', 'retry', i18n.t('retry'));
  again.type = 'button';
  again.addEventListener('click', () => {
    const task = retry;
    retry = null;
    renderProblem();
    document.body.dataset.state = 'loading';
    task();
  });
  problemEl.replaceChildren(element('span', null, i18n.t('failed')), again);
  problemEl.hidden = false;
}

/** Says in the bar that loading failed, with a button that runs {@code again}: the step that failed, no more. */
export function fail(again = reload) {
  retry = again;
  document.body.dataset.state = 'failed';
  renderProblem();
}

/** Loads every layer for the view; the page is ready once all have answered. */
export async function reload() {
  const box = bbox();
  try {
    await Promise.all(loaders.map((loader) => loader(box)));
    retry = null;
    renderProblem();
    document.body.dataset.state = 'ready';
  } catch (error) {
    if (error.name !== 'AbortError') {
      fail(reload);
    }
  }
}

async function configure() {
  const config = await json('/api/map/config');
  if (config.tileUrl) {
    L.tileLayer(config.tileUrl, { attribution: config.tileAttribution || '', maxZoom: 19 }).addTo(map);
  }
  return config;
}

/** The map's settings from /api/map/config, asked once. */
export function mapConfig() {
  configured = configured || configure();
  return configured;
}

/** Shows a district: fits the map to its compounds, or to the configured centre when it has none. */
export async function showDistrict(districtCode) {
  const config = await mapConfig();
  const extent = await json(`/api/compounds/extent?districtCode=${encodeURIComponent(districtCode)}`);
  document.body.dataset.state = 'loading';
  if (extent.bbox) {
    const [w, s, e, n] = extent.bbox;
    map.fitBounds([[s, w], [n, e]], { padding: [20, 20] });
  } else {
    map.setView([config.center[1], config.center[0]], config.zoom);
  }
  districtShown = true;
  // A district whose extent is the view already causes no moveend.
  await reload();
}

// A popup's own pan to fit in view loads nothing: the layers were loaded for a box 20% larger than the view,
// and loading them again would redraw the layer under the popup, and so close it.
let popupPanning = false;
map.on('autopanstart', () => { popupPanning = true; });
map.on('moveend', () => {
  if (popupPanning) {
    popupPanning = false;
    return;
  }
  reload();
});
// A day named in the address is chosen before the first district is shown: that one loads it.
state.on('asOf', () => (districtShown ? reload() : undefined));
i18n.onChange(() => {
  map.closePopup();
  renderProblem();
});
