// The side panel's compound filters: sub-district, then one of its
// communities (from /api/districts/{code}), management mode, clearance
// strategy, category and party coverage. The chosen ones go into the page
// state as /api/compounds takes them; the compound layer follows, and the map
// zooms to the compounds they keep.
import { json } from '../api.js';
import { i18n } from '../i18n.js';
import { element } from '../dom.js';
import { state } from '../state.js';
import { map, reload } from '../map.js';

const panel = document.getElementById('filters');
const subDistrict = document.getElementById('filter-sub-district');
const community = document.getElementById('filter-community');
const mode = document.getElementById('filter-mode');
const strategy = document.getElementById('filter-strategy');
const category = document.getElementById('filter-category');
const party = document.getElementById('filter-party');
const count = panel.querySelector('.filter-count');
const clear = document.getElementById('clear-filters');
let tree = null;
let shown = null;

/** The filters as query parameters to append to /api/compounds?bbox=…: '' for none. */
export function filterQuery(filters) {
  return Object.entries(filters || {})
    .map(([name, value]) => `&${name}=${encodeURIComponent(value)}`).join('');
}

function hasFilters(filters) {
  return Object.keys(filters || {}).length > 0;
}

/** Says how many compounds of the view the filters keep (nothing while none is chosen). */
export function showFilteredCount(n) {
  shown = n;
  const filtering = hasFilters(state.get('filters'));
  count.textContent = filtering ? i18n.t('filteredCount', n) : '';
  count.dataset.count = filtering ? String(n) : '';
  clear.disabled = !filtering;
}

// A select's options: "all" first, then [value, label] pairs; the choice is kept when it is still offered.
function offer(select, choices) {
  const before = select.value;
  select.replaceChildren(element('option', null, i18n.t('filterAll')),
    ...choices.map(([value, label]) => {
      const option = element('option', null, label);
      option.value = value;
      return option;
    }));
  select.options[0].value = '';
  select.value = choices.some(([value]) => value === before) ? before : '';
}

function communitiesOf(code) {
  const sub = tree && tree.subDistricts.find((s) => s.subDistrictCode === code);
  return sub ? sub.communities.map((c) => [c.communityCode, c.name]) : [];
}

function renderChoices() {
  offer(subDistrict, tree ? tree.subDistricts.map((s) => [s.subDistrictCode, s.name]) : []);
  offer(community, communitiesOf(subDistrict.value));
  community.disabled = !subDistrict.value;
  offer(mode, i18n.modes.map((m) => [m.code, i18n.label(m)]));
  offer(strategy, i18n.strategies.map((s) => [s.code, i18n.label(s)]));
  offer(category, i18n.categories().map((c) => [c, i18n.category(c)]));
  offer(party, i18n.party.map((p) => [p.code, i18n.label(p)]));
  if (shown !== null) {
    showFilteredCount(shown);
  }
}

function chosen() {
  const filters = {};
  const area = community.value || subDistrict.value;
  if (area) {
    filters.areaCode = area;
  }
  [[mode, 'mode'], [strategy, 'strategy'], [category, 'category'], [party, 'partyCoverage']].forEach(([select, name]) => {
    if (select.value) {
      filters[name] = select.value;
    }
  });
  return filters;
}

// The map shows the compounds the filters keep: it zooms to them, and loads the layer anew when the view stays.
async function apply() {
  const filters = chosen();
  state.set('filters', filters);
  panel.dataset.state = 'loading';
  const district = state.get('district');
  const extent = await json(`/api/compounds/extent?districtCode=${encodeURIComponent(district || '')}${filterQuery(filters)}`);
  if (extent.bbox) {
    const [w, s, e, n] = extent.bbox;
    map.fitBounds([[s, w], [n, e]], { padding: [20, 20], maxZoom: 17, animate: false });
  }
  await reload();
  panel.dataset.state = 'ready';
}

function applyLogged() {
  apply().catch(() => { panel.dataset.state = 'failed'; });
}

subDistrict.addEventListener('change', () => {
  offer(community, communitiesOf(subDistrict.value));
  community.disabled = !subDistrict.value;
  applyLogged();
});
[community, mode, strategy, category, party].forEach((select) => select.addEventListener('change', applyLogged));
clear.addEventListener('click', () => {
  [subDistrict, community, mode, strategy, category, party].forEach((select) => { select.value = ''; });
  community.disabled = true;
  applyLogged();
});

// Another district has other areas: its tree is asked for, and the filters start empty.
state.on('district', async (districtCode) => {
  tree = null;
  [subDistrict, community, mode, strategy, category, party].forEach((select) => { select.value = ''; });
  state.set('filters', {});
  renderChoices();
  try {
    tree = await json(`/api/districts/${encodeURIComponent(districtCode)}`);
  } catch (error) {
    tree = null;
  }
  renderChoices();
  panel.dataset.state = 'ready';
});
i18n.onChange(renderChoices);
renderChoices();
