// The side panel's choices: which district (kept in the address, so a link
// opens the same district) and how compounds are coloured. Both go into the
// page state; the map and the campaign follow it.
import { i18n, applyTexts, wireLanguageButton } from '../i18n.js';
import { text } from '../dom.js';
import { state } from '../state.js';

const select = document.getElementById('district');

function renderTexts() {
  applyTexts();
  document.title = `${i18n.t('title')} GridAtlas`;
}

/** Offers the districts and chooses the one the address names, or the first; returns it, or null when there is none. */
export function offerDistricts(districts) {
  select.innerHTML = districts.map((d) => `<option value="${text(d.districtCode)}">${text(d.name)}</option>`).join('');
  const wanted = new URL(window.location.href).searchParams.get('district');
  const first = districts.find((d) => d.districtCode === wanted) || districts[0];
  if (!first) {
    return null;
  }
  select.value = first.districtCode;
  state.set('district', first.districtCode);
  return first.districtCode;
}

state.on('district', (districtCode) => {
  select.value = districtCode;
  const url = new URL(window.location.href);
  url.searchParams.set('district', districtCode);
  window.history.replaceState(null, '', url);
});
select.addEventListener('change', () => state.set('district', select.value));
document.querySelectorAll('input[name=colouring]').forEach((input) => input.addEventListener('change', () => {
  state.set('colouring', input.value);
}));
wireLanguageButton();
i18n.onChange(renderTexts);
