// A compound's popup: what the layer's feature carries at once, then everything
// /api/compounds/{id} holds (its areas, grids and micro-grid, leaders), and the
// button that opens its history. Built as elements, not markup: names,
// addresses and providers are whatever someone typed.
import { json } from '../api.js';
import { i18n } from '../i18n.js';
import { element } from '../dom.js';
import { openHistory } from '../panels/history.js';

const codeAndName = (item) => `${item.code} ${item.name || ''}`.trim();

// Named leaders when the register has them (张秀兰（1号楼）), else how many there are.
function leaders(named, count) {
  if (named && named.length) {
    return named.map((l) => (l.building ? `${l.name}（${l.building}）` : l.name)).join(i18n.t('listSeparator'));
  }
  return count ? i18n.t('leadersCount', count) : null;
}

function render(box, id, p, detailed) {
  const rows = element('dl');
  const row = (key, value, field) => {
    const dd = element('dd', null, value);
    if (field) {
      dd.dataset.field = field;
    }
    rows.append(element('dt', null, i18n.t(key)), dd);
  };
  row('popupCode', id, 'code');
  if (detailed) {
    row('popupArea', [p.subDistrictName, p.communityName].filter((n) => n).join(' · '), 'area');
    row('popupAddress', p.address, 'address');
    row('popupGrids', (p.grids || []).map(codeAndName).join(i18n.t('listSeparator')) || null, 'grids');
    row('popupMicroGrid', p.microGrid ? codeAndName(p.microGrid) : null, 'microGrid');
  }
  row('mode', i18n.label(i18n.mode(p.managementMode)), 'mode');
  row('provider', p.provider);
  row('feeStance', i18n.feeStance(p.feeStance));
  row('strategy', p.clearanceStrategy ? i18n.label(i18n.strategy(p.clearanceStrategy)) : null, 'strategy');
  row('party', i18n.t(p.partyCovered ? 'covered' : 'uncovered'));
  row('popupCategory', i18n.category(p.category));
  row('households', p.households);
  if (detailed) {
    row('popupBuildingLeaders', leaders(p.namedBuildingLeaders, p.buildingLeaders), 'buildingLeaders');
    row('popupUnitLeaders', leaders(p.namedUnitLeaders, p.unitLeaders), 'unitLeaders');
  }
  row('relapses', p.relapses);
  row('registeredAt', i18n.dateTime(p.registeredAt));
  const history = element('button', 'history-open', i18n.t('history'));
  history.type = 'button';
  history.addEventListener('click', () => openHistory(id, p.name));
  const state = element('p', 'popup-state', detailed ? '' : i18n.t('popupLoading'));
  state.hidden = detailed;
  box.dataset.state = detailed ? 'ready' : 'loading';
  box.replaceChildren(element('h3', null, p.name), rows, state, history);
}

/**
 * The popup's content for compound {@code id}: drawn from {@code properties}
 * (the layer's, or none), then again once the feature's details have come;
 * {@code onDetail} is called then, for the popup to fit its new size.
 */
export function compoundPopup(id, properties, onDetail) {
  const box = element('div', 'compound-popup');
  box.dataset.compoundId = id;
  if (properties) {
    render(box, id, properties, false);
  }
  json(`/api/compounds/${encodeURIComponent(id)}`).then((feature) => {
    render(box, id, feature.properties, true);
    if (onDetail) {
      onDetail(feature);
    }
  }).catch(() => {
    box.dataset.state = 'failed';
    box.dispatchEvent(new Event('failed'));
  });
  return box;
}
