// Grid and micro-grid outlines, each on request; micro-grids only once the map
// is zoomed in far enough for them to be told apart.
import { map, onLoad, fetchInto, reload } from '../map.js';

const MICRO_GRID_MIN_ZOOM = 14;

// Above the compounds while the editor picks a grid, so that a click inside a compound picks its grid.
map.createPane('grid-pick').style.zIndex = 420;
let pick = null;

// Outlines only, until the editor asks to pick one: then each grid is a faintly filled, clickable area.
const grids = L.geoJSON(null, {
  interactive: false,
  style: () => (pick
    ? { color: '#102a43', weight: 1.6, dashArray: '6 4', fill: true, fillOpacity: 0.06, className: 'grid pickable' }
    : { color: '#102a43', weight: 1.6, dashArray: '6 4', fill: false, className: 'grid' }),
  onEachFeature: (feature, layer) => layer.on('click', () => pick && pick(feature)),
});
const microGrids = L.geoJSON(null, {
  interactive: false,
  style: () => ({ color: '#486581', weight: 1, dashArray: '2 4', fill: false, className: 'micro-grid' }),
});

onLoad((box) => (map.hasLayer(grids) ? fetchInto('grids', `/api/grids?bbox=${box}`, grids) : Promise.resolve()));
onLoad((box) => {
  if (!map.hasLayer(microGrids)) {
    return Promise.resolve();
  }
  return map.getZoom() >= MICRO_GRID_MIN_ZOOM
    ? fetchInto('microGrids', `/api/micro-grids?bbox=${box}`, microGrids)
    : Promise.resolve(microGrids.clearLayers());
});

function toggle(layer, on) {
  if (on) {
    layer.addTo(map);
    layer.bringToBack();
  } else {
    map.removeLayer(layer);
  }
  reload();
}

document.getElementById('show-grids').addEventListener('change', (e) => toggle(grids, e.target.checked));
document.getElementById('show-micro-grids').addEventListener('change', (e) => toggle(microGrids, e.target.checked));

/**
 * Makes the grid outlines clickable (and shows them) until called with null:
 * a click on a grid calls {@code onPick(feature)}. The features are drawn anew,
 * as Leaflet reads a path's interactivity and pane when it draws it.
 */
export function pickGrids(onPick) {
  pick = onPick;
  grids.options.interactive = Boolean(onPick);
  grids.options.pane = onPick ? 'grid-pick' : 'overlayPane';
  const box = document.getElementById('show-grids');
  if (onPick && !map.hasLayer(grids)) {
    box.checked = true;
    grids.addTo(map);
  }
  grids.bringToBack();
  return reload();
}
