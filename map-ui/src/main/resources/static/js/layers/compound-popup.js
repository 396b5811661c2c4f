// A compound's popup: what the layer's feature carries at once, then everything
// /api/compounds/{id} holds (its areas, grids and micro-grid, leaders), and the
// button that opens its history. Built as elements, not markup: names,
// addresses and providers are whatever someone typed.
import { json } from '../api.js';
import { i18n } from '../i18n.js';
import { element } from '../dom.js';
import { openHistory } from '../panels/history.js';
import { withAsOf } from '../state.js';

const codeAndName = (item) => `${item.code} ${item.name || ''}`.trim();

// Named leaders when the register has them (张秀兰（1号楼）), else how many there are.
function leaders(named, count) {
  if (named && named.length) {
    return named.map((l) => (l.building ? `${l.name}（${l.building}）` : l.name)).join(i18n.t('listSeparator'));
  }
  return count ? i18n.t('leadersCount', count) : null;
}

// The rows in their order; those marked detail wait for /api/compounds/{id}.
const ROWS = [
  ['popupCode', 'code', (p, id) => id],
  ['popupArea', 'area', (p) => [p.subDistrictName, p.communityName].filter((n) => n).join(' · ') || null, true],
  ['popupAddress', 'address', (p) => p.address, true],
  ['popupGrids', 'grids', (p) => (p.grids || []).map(codeAndName).join(i18n.t('listSeparator')) || null, true],
  ['popupMicroGrid', 'microGrid', (p) => (p.microGrid ? codeAndName(p.microGrid) : null), true],
  ['mode', 'mode', (p) => i18n.label(i18n.mode(p.managementMode))],
  ['provider', 'provider', (p) => p.provider],
  ['feeStance', 'feeStance', (p) => i18n.feeStance(p.feeStance)],
  ['strategy', 'strategy', (p) => (p.clearanceStrategy ? i18n.label(i18n.strategy(p.clearanceStrategy)) : null)],
  ['party', 'party', (p) => i18n.t(p.partyCovered ? 'covered' : 'uncovered')],
  ['popupCategory', 'category', (p) => i18n.category(p.category)],
  ['households', 'households', (p) => p.households],
  ['popupBuildingLeaders', 'buildingLeaders', (p) => leaders(p.namedBuildingLeaders, p.buildingLeaders), true],
  ['popupUnitLeaders', 'unitLeaders', (p) => leaders(p.namedUnitLeaders, p.unitLeaders), true],
  ['relapses', 'relapses', (p) => p.relapses],
  ['registeredAt', 'registeredAt', (p) => i18n.dateTime(p.registeredAt)],
];

// Drawn once and then only filled in: the elements stay the same when the details come, so nothing a
// reader (or a test) holds goes stale, and the history button does not move under the pointer.
function build(box, id) {
  const title = element('h3');
  const history = element('button', 'history-open', i18n.t('history'));
  history.type = 'button';
  history.addEventListener('click', () => openHistory(id, title.textContent));
  const rows = element('dl');
  ROWS.forEach(([key, field, , detail]) => {
    const dt = element('dt', null, i18n.t(key));
    const dd = element('dd');
    dd.dataset.field = field;
    dt.hidden = Boolean(detail);
    dd.hidden = Boolean(detail);
    rows.append(dt, dd);
  });
  const state = element('p', 'popup-state', i18n.t('popupLoading'));
  box.append(title, history, rows, state);
}

function fill(box, id, p, detailed) {
  box.querySelector('h3').textContent = p.name == null ? '' : String(p.name);
  const cells = box.querySelectorAll('dd');
  ROWS.forEach(([, , value, detail], i) => {
    if (detailed || !detail) {
      const v = value(p, id);
      cells[i].textContent = v == null ? '—' : String(v);
      cells[i].hidden = false;
      cells[i].previousElementSibling.hidden = false;
    }
  });
  box.querySelector('.popup-state').hidden = detailed;
  box.dataset.state = detailed ? 'ready' : 'loading';
}

/**
 * The popup's content for compound {@code id}: drawn from {@code properties}
 * (the layer's, or none), then again once the feature's details have come;
 * {@code onDetail} is called then, for the popup to fit its new size.
 */
export function compoundPopup(id, properties, onDetail) {
  const box = element('div', 'compound-popup');
  box.dataset.compoundId = id;
  box.dataset.state = 'loading';
  build(box, id);
  if (properties) {
    fill(box, id, properties, false);
  }
  // the compound as it stood on the day the map shows, like the layer it was clicked on
  json(withAsOf(`/api/compounds/${encodeURIComponent(id)}`)).then((feature) => {
    fill(box, id, feature.properties, true);
    if (onDetail) {
      onDetail(feature);
    }
  }).catch(() => {
    box.dataset.state = 'failed';
    box.dispatchEvent(new Event('failed'));
  });
  return box;
}
