// The search box in the top bar: suggestions from /api/search as one types
// (after a pause), chosen with the mouse or with up, down and Enter. A chosen
// compound is zoomed to and its popup opened; a grid, micro-grid or area is
// zoomed to and outlined. Names come from people: set as text, never markup.
import { api, json } from '../api.js';
import { i18n } from '../i18n.js';
import { element } from '../dom.js';
import { state } from '../state.js';
import { map } from '../map.js';
import { compoundPopup } from '../layers/compound-popup.js';

const PAUSE_MS = 250;
const input = document.getElementById('search');
const list = document.getElementById('search-results');
const highlight = L.featureGroup().addTo(map);
const HIGHLIGHT = { color: '#f59f00', weight: 3, fill: false, interactive: false, className: 'search-highlight' };
let hits = [];
let active = -1;
let timer = null;
let request = null;

function close() {
  list.hidden = true;
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
  active = -1;
}

function mark(index) {
  active = index;
  [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
  if (index >= 0 && list.children[index]) {
    input.setAttribute('aria-activedescendant', list.children[index].id);
    list.children[index].scrollIntoView({ block: 'nearest' });
  }
}

function render(state) {
  list.replaceChildren();
  list.dataset.state = state;
  if (state !== 'ready' || hits.length === 0) {
    if (state !== 'loading') {
      list.append(element('li', 'search-empty', i18n.t(state === 'failed' ? 'searchFailed' : 'searchNone')));
    }
  } else {
    hits.forEach((hit, i) => {
      const li = element('li', 'search-hit');
      li.id = `search-hit-${i}`;
      li.setAttribute('role', 'option');
      li.dataset.kind = hit.kind;
      li.dataset.code = hit.code;
      const head = element('div', 'search-hit-head');
      head.append(element('span', 'search-kind', i18n.kind(hit.kind)), ' ', element('span', 'search-name', hit.name),
        ' ', element('span', 'search-code', hit.code));
      li.append(head, element('div', 'search-context', hit.context || ''));
      // mousedown, not click: the input keeps its focus, and the list is not closed by its blur first.
      li.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(hit);
      });
      list.append(li);
    });
  }
  list.hidden = false;
  input.setAttribute('aria-expanded', 'true');
  mark(hits.length ? 0 : -1);
}

async function suggest(text) {
  if (request) {
    request.abort();
  }
  request = new AbortController();
  const district = state.get('district');
  const url = `/api/search?q=${encodeURIComponent(text)}${district ? `&districtCode=${encodeURIComponent(district)}` : ''}`;
  try {
    const response = await api(url, { signal: request.signal });
    if (!response.ok) {
      throw new Error(`HTTP ${response.status}`);
    }
    hits = await response.json();
    render('ready');
  } catch (error) {
    if (error.name !== 'AbortError') {
      hits = [];
      render('failed');
    }
  }
}

function zoomTo(bbox) {
  const [w, s, e, n] = bbox;
  map.fitBounds([[s, w], [n, e]], { padding: [30, 30], maxZoom: 18, animate: false });
}

// The outline of what was chosen: a grid's or micro-grid's own boundary, an area's box.
async function outline(hit) {
  if (hit.kind === 'GRID') {
    highlight.addLayer(L.geoJSON(await json(`/api/grids/${encodeURIComponent(hit.code)}`), { style: () => HIGHLIGHT }));
  } else if (hit.kind === 'MICRO_GRID') {
    const gridCode = hit.code.slice(0, -2);
    const collection = await json(`/api/grids/${encodeURIComponent(gridCode)}/micro-grids`);
    const own = collection.features.filter((f) => f.id === hit.code || f.properties.microGridCode === hit.code);
    highlight.addLayer(L.geoJSON({ type: 'FeatureCollection', features: own }, { style: () => HIGHLIGHT }));
  } else if (hit.bbox) {
    const [w, s, e, n] = hit.bbox;
    highlight.addLayer(L.rectangle([[s, w], [n, e]], { ...HIGHLIGHT, dashArray: '8 6' }));
  }
}

async function choose(hit) {
  close();
  input.value = hit.name;
  highlight.clearLayers();
  document.body.dataset.searchChosen = '';
  if (hit.bbox) {
    zoomTo(hit.bbox);
  }
  try {
    if (hit.kind === 'COMPOUND') {
      await new Promise((resolve, reject) => {
        const box = compoundPopup(hit.code, null, () => {
          const [w, s, e, n] = hit.bbox;
          L.popup({ maxWidth: 320 }).setLatLng([(s + n) / 2, (w + e) / 2]).setContent(box).openOn(map);
          resolve();
        });
        box.addEventListener('failed', reject);
      });
    } else {
      await outline(hit);
    }
    document.body.dataset.searchChosen = `${hit.kind}:${hit.code}`;
  } catch (error) {
    document.body.dataset.searchChosen = 'failed';
  }
}

input.addEventListener('input', () => {
  clearTimeout(timer);
  const text = input.value.trim();
  if (!text) {
    if (request) {
      request.abort();
    }
    hits = [];
    close();
    return;
  }
  timer = setTimeout(() => suggest(text), PAUSE_MS);
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    if (list.hidden && hits.length) {
      render('ready');
      return;
    }
    const step = event.key === 'ArrowDown' ? 1 : -1;
    if (hits.length) {
      mark((active + step + hits.length) % hits.length);
    }
  } else if (event.key === 'Enter') {
    event.preventDefault();
    if (!list.hidden && hits[active]) {
      choose(hits[active]);
    }
  } else if (event.key === 'Escape') {
    close();
  }
});
input.addEventListener('blur', close);
state.on('district', () => {
  highlight.clearLayers();
  hits = [];
  close();
});
i18n.onChange(() => {
  if (!list.hidden) {
    render(list.dataset.state || 'ready');
  }
});
