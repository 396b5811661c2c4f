// The coverage map: compounds coloured by management mode, party coverage or
// clearance strategy, with grid and micro-grid outlines on request. Data is
// reloaded for the part of the district in view.
(function () {
  'use strict';

  const i18n = window.GridAtlasI18n;
  const statusEl = document.getElementById('status');
  const map = L.map('map', { zoomControl: true });
  L.control.scale({ imperial: false }).addTo(map);
  // Leaflet's default prefix carries a national flag; an office's map shows only the credit.
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');

  const MICRO_GRID_MIN_ZOOM = 14;
  let colouring = 'mode';
  let lastCollection = null;
  const inFlight = {};
  // Other layers (problems.js) load with the compounds for the same box: each listener returns a promise.
  const loadListeners = [];

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

  function style(feature) {
    const p = feature.properties;
    const c = COLOURINGS[colouring];
    return {
      color: '#334e68', weight: 1, fillColor: c.of(p).colour,
      fillOpacity: c.pale && c.pale(p) ? 0.3 : 0.75,
      className: `compound mode-${p.managementMode} ${p.partyCovered ? 'party-covered' : 'party-uncovered'} strategy-${p.clearanceStrategy || 'NONE'}`,
    };
  }

  const compounds = L.geoJSON(null, { style, onEachFeature: (f, layer) => layer.bindPopup(() => popup(f)) }).addTo(map);
  const grids = L.geoJSON(null, {
    interactive: false,
    style: () => ({ color: '#102a43', weight: 1.6, dashArray: '6 4', fill: false, className: 'grid' }),
  });
  const microGrids = L.geoJSON(null, {
    interactive: false,
    style: () => ({ color: '#486581', weight: 1, dashArray: '2 4', fill: false, className: 'micro-grid' }),
  });

  function text(value) {
    const span = document.createElement('span');
    span.textContent = value == null ? '—' : value;
    return span.innerHTML;
  }

  function element(tag, className, value) {
    const el = document.createElement(tag);
    if (className) {
      el.className = className;
    }
    if (value !== undefined) {
      el.textContent = value == null ? '—' : String(value);
    }
    return el;
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
    history.addEventListener('click', () => window.GridAtlasHistory.open(feature.id, p.name));
    box.append(element('h3', null, p.name), rows, history);
    return box;
  }

  const legend = L.control({ position: 'bottomright' });
  legend.onAdd = () => L.DomUtil.create('div', 'legend');
  legend.addTo(map);

  function renderLegend() {
    const c = COLOURINGS[colouring];
    const counts = {};
    (lastCollection ? lastCollection.features : []).forEach((f) => {
      const code = c.of(f.properties).code;
      counts[code] = (counts[code] || 0) + 1;
    });
    // Colours are set through the DOM afterwards: the Content-Security-Policy refuses style attributes in markup.
    const rows = c.categories().map((cat) => `<li data-category="${cat.code}"><span class="swatch" data-colour="${cat.colour}"></span>`
      + `${text(i18n.label(cat))}<span class="count">${counts[cat.code] || 0}</span></li>`).join('');
    const note = c.note ? `<div class="note">${i18n.t(c.note)}</div>` : '';
    legend.getContainer().dataset.colouring = colouring;
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

  function bbox() {
    const b = map.getBounds().pad(0.2);
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]
      .map((v, i) => Math.max(i % 2 ? -90 : -180, Math.min(i % 2 ? 90 : 180, v)).toFixed(6)).join(',');
  }

  // Fetches a layer for the view, dropping an answer that a newer request has overtaken.
  async function fetchInto(name, url, layer) {
    if (inFlight[name]) {
      inFlight[name].abort();
    }
    const controller = new AbortController();
    inFlight[name] = controller;
    const response = await window.GridAtlasSession.api(url, { signal: controller.signal });
    if (!response.ok) {
      throw new Error(`HTTP ${response.status}`);
    }
    const collection = await response.json();
    layer.clearLayers();
    layer.addData(collection);
    return collection;
  }

  async function load() {
    const box = bbox();
    try {
      const overlays = [];
      if (map.hasLayer(grids)) {
        overlays.push(fetchInto('grids', `/api/grids?bbox=${box}`, grids));
      }
      if (map.hasLayer(microGrids)) {
        overlays.push(map.getZoom() >= MICRO_GRID_MIN_ZOOM
          ? fetchInto('microGrids', `/api/micro-grids?bbox=${box}`, microGrids)
          : Promise.resolve(microGrids.clearLayers()));
      }
      loadListeners.forEach((listener) => overlays.push(listener(box)));
      lastCollection = await fetchInto('compounds', `/api/compounds?bbox=${box}`, compounds);
      await Promise.all(overlays);
      renderLegend();
      renderStatus();
      document.body.dataset.compounds = String(lastCollection.features.length);
      document.body.dataset.state = 'ready';
    } catch (error) {
      if (error.name !== 'AbortError') {
        statusEl.textContent = i18n.t('failed');
        document.body.dataset.state = 'failed';
      }
    }
  }

  function toggle(layer, on) {
    if (on) {
      layer.addTo(map);
      layer.bringToBack();
    } else {
      map.removeLayer(layer);
    }
    load();
  }

  document.querySelectorAll('input[name=colouring]').forEach((input) => input.addEventListener('change', () => {
    colouring = input.value;
    compounds.setStyle(style);
    renderLegend();
  }));
  document.getElementById('show-grids').addEventListener('change', (e) => toggle(grids, e.target.checked));
  document.getElementById('show-micro-grids').addEventListener('change', (e) => toggle(microGrids, e.target.checked));
  map.on('moveend', load);
  i18n.onChange(() => {
    map.closePopup();
    renderLegend();
    renderStatus();
  });

  let configured = null;
  async function configure() {
    const config = await window.GridAtlasSession.json('/api/map/config');
    if (config.tileUrl) {
      L.tileLayer(config.tileUrl, { attribution: config.tileAttribution || '', maxZoom: 19 }).addTo(map);
    }
    return config;
  }

  window.GridAtlasMap = {
    leaflet: map,
    fetchInto,
    element,
    // Registers a layer's loader, called with the box in view whenever the map loads; then loads.
    onLoad(listener) {
      loadListeners.push(listener);
    },
    reload: () => load(),
    // Shows a district: fits the map to its compounds, or to the configured centre when it has none.
    async showDistrict(districtCode) {
      configured = configured || configure();
      const config = await configured;
      const extent = await window.GridAtlasSession.json(`/api/compounds/extent?districtCode=${encodeURIComponent(districtCode)}`);
      document.body.dataset.state = 'loading';
      if (extent.bbox) {
        const [w, s, e, n] = extent.bbox;
        map.fitBounds([[s, w], [n, e]], { padding: [20, 20] });
      } else {
        map.setView([config.center[1], config.center[0]], config.zoom);
      }
      // A district whose extent is the view already causes no moveend.
      await load();
    },
    fail() {
      statusEl.textContent = i18n.t('failed');
      document.body.dataset.state = 'failed';
    },
  };
  renderLegend();
  renderStatus();
})();
