// The day the page shows: today, or a past day chosen with the slider or the
// date picker. It goes into the page state as asOf, a plain date that the API
// reads as the end of that day in Beijing time (`at=`); the map's layers and
// the campaign follow it, the address keeps it (a link opens the same day),
// and a banner over the map says that the map shows the past. Editing is for
// the present only, so the editor's button waits while the past is shown.
import { i18n } from '../i18n.js';
import { map } from '../map.js';
import { state } from '../state.js';

const DAY = 86_400_000;

// A Leaflet control over the map's lower left: it takes no room from the
// page, so nothing moves when it appears, and a drag on it never pans the map.
const timeControl = L.control({ position: 'bottomleft' });
timeControl.onAdd = () => {
  const box = L.DomUtil.create('div', 'time-control');
  box.id = 'time';
  box.hidden = true;
  box.innerHTML = `<label for="time-picker" data-i18n="asOfLabel">${i18n.t('asOfLabel')}</label>
    <input id="time-slider" type="range" min="0" max="0" step="1" aria-label="time slider">
    <input id="time-picker" type="date">
    <button id="time-now" type="button" data-i18n="asOfNow">${i18n.t('asOfNow')}</button>`;
  L.DomEvent.disableClickPropagation(box);
  L.DomEvent.disableScrollPropagation(box);
  return box;
};
timeControl.addTo(map);
const control = timeControl.getContainer();
const slider = control.querySelector('#time-slider');
const picker = control.querySelector('#time-picker');
const nowButton = control.querySelector('#time-now');
const banner = document.getElementById('as-of-banner');
const bannerText = banner.querySelector('.as-of-text');
const editButton = document.getElementById('edit-micro-grids');

let first = null;

/** Today in Beijing, as YYYY-MM-DD. */
export function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

const daysBetween = (from, to) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);
const dayAt = (n) => new Date(Date.parse(first) + n * DAY).toISOString().slice(0, 10);

/** Offers the days from the district's first record to today. */
export function offerDays(since) {
  first = since && since < today() ? since : today();
  slider.min = '0';
  slider.max = String(daysBetween(first, today()));
  picker.min = first;
  picker.max = today();
  control.hidden = false;
  show(state.get('asOf'));
}

/** A day before today is the past; today or later is now. */
function choose(day) {
  state.set('asOf', day && /^\d{4}-\d{2}-\d{2}$/.test(day) && day < today() ? day : null);
}

function show(asOf) {
  const day = asOf || today();
  picker.value = day;
  if (first) {
    slider.value = String(Math.max(0, daysBetween(first, day)));
  }
  slider.setAttribute('aria-valuetext', i18n.date(day));
  nowButton.disabled = asOf === null;
  banner.hidden = asOf === null;
  document.body.dataset.asOf = asOf || 'now';
  bannerText.textContent = asOf === null ? '' : i18n.t('asOfBanner', i18n.date(asOf));
  if (editButton) {
    editButton.disabled = asOf !== null;
    editButton.title = asOf === null ? '' : i18n.t('editPresentOnly');
  }
  const dashboard = document.getElementById('dashboard-link');
  if (dashboard) {
    const link = new URL(dashboard.href, window.location.href);
    link.searchParams.set('district', state.get('district') || '');
    if (asOf === null) {
      link.searchParams.delete('at');
    } else {
      link.searchParams.set('at', asOf);
    }
    dashboard.href = link.pathname + link.search;
  }
  const url = new URL(window.location.href);
  if (asOf === null) {
    url.searchParams.delete('at');
  } else {
    url.searchParams.set('at', asOf);
  }
  window.history.replaceState(null, '', url);
}

// Dragging shows the day under the thumb; letting go loads it. Arrow keys
// step a day at a time: the day is loaded once they rest, not at every step.
const SETTLE_MS = 300;
let settling = null;
slider.addEventListener('input', () => { picker.value = dayAt(Number(slider.value)); });
slider.addEventListener('change', () => {
  clearTimeout(settling);
  settling = setTimeout(() => choose(dayAt(Number(slider.value))), SETTLE_MS);
});
picker.addEventListener('change', () => choose(picker.value));
nowButton.addEventListener('click', () => choose(null));
banner.querySelector('.as-of-now').addEventListener('click', () => choose(null));
state.on('asOf', show);
i18n.onChange(() => show(state.get('asOf')));

// A link that names a day opens on it.
const named = new URL(window.location.href).searchParams.get('at');
if (named) {
  choose(named);
}
