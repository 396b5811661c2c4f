// What the editor draws on the map: the open grid's micro-grids, each its own
// colour with a label; a preview of a dry run's outcome with its pieces
// numbered; and the geometry of each problem the server found, highlighted.
// Labels hold names people typed, so they are built as text.
import { i18n } from '../i18n.js';
import { element } from '../dom.js';
import { map } from '../map.js';
import { flagText, flagClass } from './households.js';

// Above the grid outlines (and the compounds), below the problem points.
map.createPane('editor').style.zIndex = 430;
map.createPane('editor-preview').style.zIndex = 435;
map.createPane('editor-problems').style.zIndex = 440;

const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f'];

/** The colour of the i-th micro-grid of a grid, so that neighbours in the code order differ. */
export const colour = (i) => PALETTE[i % PALETTE.length];

function label(feature) {
  const p = feature.properties || {};
  const box = element('div', 'micro-grid-label-text');
  box.append(element('strong', null, feature.id), element('div', null, p.name));
  if (p.households != null) {
    box.append(element('div', null, `${i18n.t('households')} ${i18n.number(p.households)}`));
  }
  const flag = flagText(p.householdsFlag);
  if (flag) {
    const badge = element('div', 'households-flag', flag);
    badge.dataset.flag = p.householdsFlag;
    box.append(badge);
  }
  if (p.helpers && p.helpers.length) {
    box.append(element('div', 'helpers', p.helpers.join(i18n.t('listSeparator'))));
  }
  return box;
}

let clicked = () => {};
const colours = new Map();
let selected = new Set();

// A micro-grid with too few or too many households keeps its colour but is outlined dashed and thicker.
function styleOf(feature) {
  const on = selected.has(feature.id);
  const flagged = flagClass((feature.properties || {}).householdsFlag);
  return {
    pane: 'editor', color: colours.get(feature.id), weight: (on ? 4 : 2) + (flagged ? 1 : 0), fillColor: colours.get(feature.id),
    dashArray: flagged ? '10 6' : null,
    fillOpacity: on ? 0.45 : 0.18, className: `editor-micro-grid${flagged}${on ? ' selected' : ''}`,
  };
}

// pmIgnore false: with Geoman's opt-in, only the editor's own shapes are snapped to.
export const microGrids = L.geoJSON(null, {
  pane: 'editor',
  pmIgnore: false,
  style: styleOf,
  onEachFeature: (feature, layer) => {
    layer.bindTooltip(() => label(feature), {
      permanent: true, direction: 'center', className: 'micro-grid-label',
    });
    layer.on('click', (event) => clicked(feature, event));
    layer.on('add', () => {
      const path = layer.getElement && layer.getElement();
      if (path) {
        path.dataset.code = feature.id;
      }
    });
  },
});

/** Shows a grid's micro-grids, coloured in code order; clicking one calls {@code onClick(feature)}. */
export function showMicroGrids(collection, onClick) {
  clicked = onClick;
  colours.clear();
  collection.features.forEach((f, i) => colours.set(f.id, colour(i)));
  microGrids.clearLayers();
  microGrids.addData(collection);
  if (!map.hasLayer(microGrids)) {
    microGrids.addTo(map);
  }
}

export function colourOf(code) {
  return colours.get(code);
}

export function markSelected(codes) {
  selected = new Set(codes);
  microGrids.setStyle(styleOf);
  // Leaflet sets a path's class only when it is drawn first.
  microGrids.eachLayer((layer) => {
    const path = layer.getElement && layer.getElement();
    if (path) {
      path.classList.toggle('selected', selected.has(layer.feature.id));
    }
  });
}

const preview = L.geoJSON(null, {
  pane: 'editor-preview',
  interactive: false,
  style: () => ({ pane: 'editor-preview', color: '#102a43', weight: 3, dashArray: '6 4', fillColor: '#f0b429', fillOpacity: 0.35,
    className: 'editor-preview' }),
  onEachFeature: (feature, layer) => {
    if (feature.properties && feature.properties.piece) {
      layer.bindTooltip(String(feature.properties.piece), {
        permanent: true, direction: 'center', className: 'piece-number',
      });
    }
  },
});

/**
 * Draws a dry run's outcome; the features whose codes are in {@code numbered}
 * are labelled 1..n in that order (a split's pieces), the others (neighbours
 * that gained a shared vertex) are drawn unnumbered.
 */
export function showPreview(collection, numbered = []) {
  preview.clearLayers();
  if (!collection || !collection.features) {
    return;
  }
  preview.addData({
    type: 'FeatureCollection',
    features: collection.features.map((f) => {
      const piece = numbered.indexOf(f.id) + 1;
      return { ...f, properties: { ...(f.properties || {}), piece: piece || null } };
    }),
  });
  if (!map.hasLayer(preview)) {
    preview.addTo(map);
  }
}

const problems = L.geoJSON(null, {
  pane: 'editor-problems',
  interactive: false,
  style: () => ({ pane: 'editor-problems', color: '#d00000', weight: 4, fillColor: '#d00000', fillOpacity: 0.5,
    className: 'editor-problem' }),
  pointToLayer: (feature, latlng) => L.circleMarker(latlng, { pane: 'editor-problems', radius: 9, color: '#d00000',
    weight: 3, fillOpacity: 0.5, className: 'editor-problem' }),
});

/** Highlights the geometries of the problems the server reported. */
export function showProblems(geometries) {
  problems.clearLayers();
  geometries.forEach((geometry) => problems.addData({ type: 'Feature', geometry, properties: {} }));
  if (geometries.length && !map.hasLayer(problems)) {
    problems.addTo(map);
  }
}

const drawn = L.geoJSON(null, {
  pane: 'editor-problems',
  interactive: false,
  style: () => ({ pane: 'editor-problems', color: '#d00000', weight: 3, dashArray: '8 6', className: 'editor-line' }),
});

/** Keeps a drawn line on the map while its outcome is checked. */
export function showLine(geometry) {
  drawn.clearLayers();
  drawn.addData({ type: 'Feature', geometry, properties: {} });
  if (!map.hasLayer(drawn)) {
    drawn.addTo(map);
  }
}

export function clearOverlays() {
  drawn.clearLayers();
  preview.clearLayers();
  problems.clearLayers();
}

export function clearAll() {
  clearOverlays();
  microGrids.clearLayers();
  markSelected([]);
}
