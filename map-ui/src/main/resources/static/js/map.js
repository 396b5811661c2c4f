// The coverage map: compounds coloured by management mode, reloaded for the
// part of the district in view.
(function () {
  'use strict';

  const i18n = window.GridAtlasI18n;
  const statusEl = document.getElementById('status');
  const languageButton = document.getElementById('language');
  const map = L.map('map', { preferCanvas: false, zoomControl: true });
  L.control.scale({ imperial: false }).addTo(map);
  // Leaflet's default prefix carries a national flag; an office's map shows only the credit.
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');

  const compounds = L.geoJSON(null, {
    style: (feature) => {
      const mode = i18n.mode(feature.properties.managementMode);
      return {
        color: '#334e68', weight: 1, fillColor: mode.colour, fillOpacity: 0.7,
        className: `compound mode-${mode.code}`,
      };
    },
    onEachFeature: (feature, layer) => layer.bindPopup(() => popup(feature)),
  }).addTo(map);

  let lastCollection = null;
  let inFlight = null;

  function text(value) {
    const span = document.createElement('span');
    span.textContent = value;
    return span.innerHTML;
  }

  function popup(feature) {
    const p = feature.properties;
    const mode = i18n.mode(p.managementMode);
    return `<div class="compound-popup">
      <h3>${text(p.name)}</h3>
      <dl>
        <dt>${i18n.t('mode')}</dt><dd>${text(mode.label[i18n.language()])}</dd>
        <dt>${i18n.t('households')}</dt><dd>${p.households}</dd>
        <dt>${i18n.t('registeredAt')}</dt><dd>${i18n.dateTime(p.registeredAt)}</dd>
      </dl></div>`;
  }

  const legend = L.control({ position: 'bottomright' });
  legend.onAdd = () => L.DomUtil.create('div', 'legend');
  legend.addTo(map);

  function renderLegend() {
    const counts = {};
    (lastCollection ? lastCollection.features : []).forEach((f) => {
      counts[f.properties.managementMode] = (counts[f.properties.managementMode] || 0) + 1;
    });
    const rows = i18n.modes.map((m) => `<li data-mode="${m.code}"><span class="swatch" style="background:${m.colour}"></span>`
      + `${text(m.label[i18n.language()])}<span class="count">${counts[m.code] || 0}</span></li>`).join('');
    legend.getContainer().innerHTML = `<h2>${i18n.t('legendTitle')}</h2><ul>${rows}</ul>`;
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

  function renderTexts() {
    document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = i18n.t(el.dataset.i18n); });
    document.title = `${i18n.t('title')} GridAtlas`;
    languageButton.textContent = i18n.t('switchTo');
    renderLegend();
    renderStatus();
  }

  async function load() {
    if (inFlight) {
      inFlight.abort();
    }
    inFlight = new AbortController();
    const b = map.getBounds().pad(0.2);
    const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]
      .map((v, i) => Math.max(i % 2 ? -90 : -180, Math.min(i % 2 ? 90 : 180, v)).toFixed(6)).join(',');
    try {
      const response = await fetch(`/api/compounds?bbox=${bbox}`, { signal: inFlight.signal });
      if (!response.ok) {
        throw new Error(`HTTP ${response.status}`);
      }
      lastCollection = await response.json();
      compounds.clearLayers();
      compounds.addData(lastCollection);
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

  async function configure() {
    const config = await (await fetch('/api/map/config')).json();
    if (config.tileUrl) {
      L.tileLayer(config.tileUrl, { attribution: config.tileAttribution || '', maxZoom: 19 }).addTo(map);
    }
    const extent = await (await fetch('/api/compounds/extent')).json();
    if (extent.bbox) {
      const [w, s, e, n] = extent.bbox;
      map.fitBounds([[s, w], [n, e]], { padding: [20, 20] });
    } else {
      map.setView([config.center[1], config.center[0]], config.zoom);
    }
  }

  languageButton.addEventListener('click', () => {
    i18n.setLanguage(i18n.language() === 'zh' ? 'en' : 'zh');
    renderTexts();
    map.closePopup();
  });
  map.on('moveend', load);

  i18n.setLanguage(i18n.language());
  renderTexts();
  configure().catch(() => {
    statusEl.textContent = i18n.t('failed');
    document.body.dataset.state = 'failed';
  });
})();
