// Leaflet-Geoman (the classic script /vendor/geoman/leaflet-geoman.min.js,
// built from npm by Maven) for the two things the editor draws: a line to
// split along, and a shared edge whose vertices are dragged with snapping.
import { i18n } from '../i18n.js';
import { map } from '../map.js';
import './layer.js';

/** Geoman is on the page (it extends Leaflet's global L and gave the map its pm). */
export const available = () => Boolean(window.L && L.PM && map.pm);

if (available()) {
  // Only shapes made with pmIgnore: false (the editor's) are edited or snapped to, not every compound.
  L.PM.setOptIn(true);
}

function language() {
  map.pm.setLang(i18n.language() === 'zh' ? 'zh' : 'en');
}

const SNAP_PIXELS = 12;

/** Lets the coordinator draw a line; calls {@code onLine(geometry)} once with it. Returns a function that stops drawing. */
export function drawLine(onLine) {
  language();
  const created = (event) => {
    map.off('pm:create', created);
    const geometry = event.layer.toGeoJSON(7).geometry;
    map.removeLayer(event.layer);
    onLine(geometry);
  };
  map.on('pm:create', created);
  map.pm.enableDraw('Line', {
    snappable: true, snapDistance: SNAP_PIXELS, allowSelfIntersection: false, tooltips: true, continueDrawing: false,
    templineStyle: { color: '#d00000', weight: 3 }, hintlineStyle: { color: '#d00000', dashArray: '5 5' },
    pathOptions: { color: '#d00000', weight: 3 },
  });
  return () => {
    map.off('pm:create', created);
    map.pm.disableDraw();
  };
}

const same = (a, b) => Math.abs(a.lat - b.lat) < 1e-9 && Math.abs(a.lng - b.lng) < 1e-9;

/**
 * Draws a GeoJSON LineString as an editable polyline whose two ends stay
 * put; snapping is on. {@code onChange(geometry)} hears every drag (the caller
 * debounces) and every vertex added or removed. Returns a function that
 * removes it.
 */
export function editLine(line, onChange) {
  language();
  const latlngs = line.coordinates.map(([lng, lat]) => L.latLng(lat, lng));
  const ends = [latlngs[0], latlngs[latlngs.length - 1]];
  // Above the micro-grids (the editor's panes are made in layer.js).
  const polyline = L.polyline(latlngs, { pmIgnore: false, pane: 'editor-problems', color: '#d00000', weight: 4,
    className: 'editor-edge' }).addTo(map);
  const pins = ends.map((end) => L.circleMarker(end, { pane: 'editor-problems', radius: 9, color: '#102a43', weight: 3,
    fillColor: '#102a43',
    fillOpacity: 1, interactive: false, className: 'editor-edge-end' }).addTo(map));
  const notAnEnd = ({ marker }) => !ends.some((end) => same(end, marker.getLatLng()));
  polyline.pm.enable({
    snappable: true, snapDistance: SNAP_PIXELS, allowSelfIntersection: false, draggable: false,
    moveVertexValidation: notAnEnd, removeVertexValidation: notAnEnd,
  });
  const report = () => {
    const coordinates = polyline.toGeoJSON(7).geometry.coordinates;
    // The ends are the shared boundary's own, to the last digit.
    coordinates[0] = line.coordinates[0];
    coordinates[coordinates.length - 1] = line.coordinates[line.coordinates.length - 1];
    onChange({ type: 'LineString', coordinates });
  };
  ['pm:markerdrag', 'pm:markerdragend', 'pm:vertexadded', 'pm:vertexremoved'].forEach((name) => polyline.on(name, report));
  return () => {
    polyline.pm.disable();
    map.removeLayer(polyline);
    pins.forEach((pin) => map.removeLayer(pin));
  };
}
