// Grid and micro-grid outlines, each on request; micro-grids only once the map
// is zoomed in far enough for them to be told apart.
import { map, onLoad, fetchInto, reload } from '../map.js';

const MICRO_GRID_MIN_ZOOM = 14;

const grids = L.geoJSON(null, {
  interactive: false,
  style: () => ({ color: '#102a43', weight: 1.6, dashArray: '6 4', fill: false, className: 'grid' }),
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
