// The page's layout as a person uses it: the side panel shown or folded away
// (beside the map on a wide screen, a sheet over the map's lower half on a
// phone, folded by default there), and popups that open clear of whatever
// lies over the map: the panel's sheet, the legend, the history and the editor.
import { i18n } from './i18n.js';
import { map } from './map.js';

/** Where the panel is a sheet over the map rather than a column beside it; app.css uses the same width. */
export const PHONE = window.matchMedia('(max-width: 800px)');

const panel = document.getElementById('panel');
const toggle = document.getElementById('panel-toggle');
const OVER_THE_MAP = ['#panel', '#history', '#editor', '.legend'];
const MARGIN = 8;

function showPanel(open) {
  panel.hidden = !open;
  toggle.setAttribute('aria-expanded', String(open));
  // Beside the map, the map's width changes with the panel.
  map.invalidateSize();
}

/**
 * The padding popups keep from the map's edges so that none opens under what covers the map. Each visible
 * covering element holds off the popups from the edge it leaves less room at: a sheet along the bottom
 * from the bottom, a column on the right from the right.
 */
function popupPadding() {
  const m = map.getContainer().getBoundingClientRect();
  let right = MARGIN;
  let bottom = MARGIN;
  document.querySelectorAll(OVER_THE_MAP.join(',')).forEach((el) => {
    const r = el.getBoundingClientRect();
    const overlaps = r.width > 0 && r.height > 0 && r.left < m.right && r.right > m.left && r.top < m.bottom && r.bottom > m.top;
    if (!overlaps) {
      return;
    }
    const roomLeft = r.left - m.left;
    const roomAbove = r.top - m.top;
    if (roomAbove >= roomLeft) {
      bottom = Math.max(bottom, m.bottom - r.top + MARGIN);
    } else {
      right = Math.max(right, m.right - r.left + MARGIN);
    }
  });
  return { autoPanPaddingTopLeft: [MARGIN, MARGIN], autoPanPaddingBottomRight: [right, bottom] };
}

// Before a click opens a popup (Leaflet fires preclick first), every popup learns what is over the map now.
map.on('preclick', () => L.Popup.mergeOptions(popupPadding()));

toggle.addEventListener('click', () => showPanel(panel.hidden));
PHONE.addEventListener('change', (event) => showPanel(!event.matches));
i18n.onChange(() => toggle.setAttribute('title', i18n.t('panelToggle')));
showPanel(!PHONE.matches);
