// Choropleths of the district's areas: sub-districts, communities or grids
// filled by one measure (compounds still unmanaged, clearance rate against the
// campaign's baseline, party coverage, owners'-committee rate), a legend with
// the classes and how many areas fall in each, name labels at zooms where they
// can be read, and an area's figures on a click.
//
// Classes: the rates take fixed breaks at every 20 % (a planner reads "below
// 20 %" the same in every district and month); the count of compounds still
// unmanaged takes 0 as a class of its own ("cleared") and quartiles of the
// rest, since what is many depends on how large the areas are.
import { api } from '../api.js';
import { classColours, NONE } from '../colours.js';
import { element } from '../dom.js';
import { i18n } from '../i18n.js';
import { fail, map, onLoad } from '../map.js';
import { state, withAsOf } from '../state.js';

/** From which zoom on an area's name is written on it: sub-districts at the district's view, the rest closer in. */
const LABEL_MIN_ZOOM = { SUB_DISTRICT: 0, COMMUNITY: 14, GRID: 16 };
const RATE_BREAKS = [0.2, 0.4, 0.6, 0.8];

const percent = (v) => `${Math.round(v * 100)}%`;

// How each measure reads an area's properties; a measure a level lacks is not offered there.
const MEASURES = {
  unmanaged: { moreIsBetter: false, count: true, value: (p) => p.unmanaged, levels: ['SUB_DISTRICT', 'COMMUNITY', 'GRID'] },
  clearance: { moreIsBetter: true, value: (p) => p.clearanceRate, levels: ['SUB_DISTRICT', 'COMMUNITY'] },
  party: {
    moreIsBetter: true,
    value: (p) => (p.level ? p.partyCompoundCoverage : p.partyCovered ? 1 : 0),
    levels: ['SUB_DISTRICT', 'COMMUNITY', 'GRID'],
  },
  ownersCommittee: { moreIsBetter: true, value: (p) => p.ownersCommitteeRate, levels: ['SUB_DISTRICT', 'COMMUNITY'] },
};

const levelEl = document.getElementById('area-level');
const measureEl = document.getElementById('area-measure');

// Below the compounds, so that a compound stays clickable over its area.
map.createPane('areas').style.zIndex = 350;

let collection = null;
let loadedFor = null;
let classes = [];

/** The classes of the measure over the areas shown: each with its colour, its range and a test. */
function classify(measure, values) {
  const colours = classColours(measure.moreIsBetter);
  if (!measure.count) {
    const bounds = [0, ...RATE_BREAKS, 1];
    return colours.map((colour, i) => ({
      colour,
      label: `${percent(bounds[i])}–${percent(bounds[i + 1])}`,
      holds: (v) => v >= bounds[i] && (i === colours.length - 1 ? v <= 1 : v < bounds[i + 1]),
    }));
  }
  // 0 is its own class; the rest in quartiles of the values above 0, breaks that coincide merged
  const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
  const quartile = (q) => positive[Math.min(positive.length - 1, Math.floor(q * positive.length))];
  const uppers = positive.length === 0 ? [] : [...new Set([quartile(0.25), quartile(0.5), quartile(0.75), positive[positive.length - 1]])];
  const result = [{ colour: colours[0], label: '0', holds: (v) => v === 0 }];
  let lower = 1;
  uppers.forEach((upper, i) => {
    const from = lower;
    result.push({
      colour: colours[Math.min(colours.length - 1, i + 1 + (4 - uppers.length))],
      label: from === upper ? String(upper) : `${from}–${upper}`,
      holds: (v) => v >= from && v <= upper,
    });
    lower = upper + 1;
  });
  return result;
}

const measure = () => MEASURES[measureEl.value];
const level = () => levelEl.value;

function classOf(properties) {
  const v = measure().value(properties);
  return v === null || v === undefined ? null : classes.find((c) => c.holds(v)) || null;
}

function style(feature) {
  const c = classOf(feature.properties);
  return {
    pane: 'areas', color: '#243b53', weight: level() === 'SUB_DISTRICT' ? 2 : 1,
    fillColor: c ? c.colour : NONE, fillOpacity: 0.55,
    className: `area area-${level()}${feature.properties.derived ? ' derived' : ''}`,
  };
}

// Built as elements: an area's name is whatever was typed when it was entered.
function figures(feature) {
  const p = feature.properties;
  const box = element('div', 'area-popup');
  const rows = element('dl');
  const row = (key, value) => rows.append(element('dt', null, i18n.t(key)), element('dd', null, value));
  const rate = (v) => (v === null || v === undefined ? null : percent(v));
  if (level() === 'GRID') {
    row('compoundsCount', p.compounds);
    row('unmanagedNow', p.unmanaged);
    row('party', i18n.t(p.partyCovered ? 'covered' : 'uncovered'));
  } else {
    row('compoundsCount', p.compounds);
    row('unmanagedNow', p.unmanaged);
    row('unmanagedAtBaseline', p.unmanagedAtBaseline);
    row('clearedSinceBaseline', p.clearedSinceBaseline);
    row('clearanceRate', rate(p.clearanceRate));
    row('relapses', p.relapses);
    row('partyCompoundCoverage', `${rate(p.partyCompoundCoverage) || '—'} (${p.partyCoveredCompounds}/${p.compounds})`);
    row('partyGridCoverage', `${rate(p.partyGridCoverage) || '—'} (${p.partyCoveredGrids}/${p.grids})`);
    row('ownersCommitteeRate', rate(p.ownersCommitteeRate));
  }
  const title = element('h3', null, p.name);
  box.append(title, rows);
  if (p.derived) {
    box.append(element('p', 'note', i18n.t('derivedBoundary')));
  }
  return box;
}

function label(feature, layer) {
  if (map.getZoom() >= LABEL_MIN_ZOOM[level()]) {
    layer.bindTooltip(feature.properties.name, { permanent: true, direction: 'center', className: 'area-label' });
  } else {
    layer.unbindTooltip();
  }
}

const areas = L.geoJSON(null, {
  pane: 'areas',
  style,
  filter: (feature) => Boolean(feature.geometry),
  onEachFeature: (feature, layer) => layer.bindPopup(() => figures(feature)),
});

const legend = L.control({ position: 'bottomleft' });
legend.onAdd = () => L.DomUtil.create('div', 'legend area-legend');

function renderLegend() {
  if (!collection || level() === 'NONE') {
    legend.remove();
    return;
  }
  legend.addTo(map);
  const counts = new Map(classes.map((c) => [c, 0]));
  let none = 0;
  collection.features.forEach((f) => {
    const c = classOf(f.properties);
    if (c) {
      counts.set(c, counts.get(c) + 1);
    } else {
      none += 1;
    }
  });
  const container = legend.getContainer();
  container.dataset.level = level();
  container.dataset.measure = measureEl.value;
  const list = element('ul');
  const entry = (colour, text, count, name) => {
    const li = element('li');
    li.dataset.class = name;
    const swatch = element('span', 'swatch');
    swatch.style.background = colour;
    li.append(swatch, document.createTextNode(text), element('span', 'count', count));
    list.append(li);
  };
  classes.forEach((c, i) => entry(c.colour, c.label, counts.get(c), String(i)));
  if (none > 0) {
    entry(NONE, i18n.t('noFigure'), none, 'none');
  }
  const heading = element('h2', null, `${i18n.t(`level_${level()}`)} · ${i18n.t(`measure_${measureEl.value}`)}`);
  const note = element('div', 'note', i18n.t(measure().count ? 'classesQuartiles' : 'classesFixed'));
  container.replaceChildren(heading, list, note);
}

function redraw() {
  if (!collection) {
    return;
  }
  classes = classify(measure(), collection.features.map((f) => measure().value(f.properties)).filter((v) => v !== null && v !== undefined));
  areas.setStyle(style);
  areas.eachLayer((layer) => label(layer.feature, layer));
  renderLegend();
  document.body.dataset.areas = String(collection.features.length);
}

/** The measures the level has; the one chosen stays when the level has it too. */
function offerMeasures() {
  // with the choropleths off every measure stays on offer, to be picked before a level
  [...measureEl.options].forEach((option) => {
    option.disabled = level() !== 'NONE' && !MEASURES[option.value].levels.includes(level());
  });
  if (measureEl.selectedOptions[0] && measureEl.selectedOptions[0].disabled) {
    measureEl.value = [...measureEl.options].find((o) => !o.disabled).value;
  }
}

async function load() {
  const district = state.get('district');
  const wanted = `${district}|${level()}|${state.get('asOf')}`;
  if (level() === 'NONE' || !district) {
    collection = null;
    loadedFor = null;
    map.removeLayer(areas);
    renderLegend();
    return;
  }
  if (wanted === loadedFor) {
    return;
  }
  const url = level() === 'GRID'
    ? `/api/grids?districtCode=${encodeURIComponent(district)}`
    : `/api/areas?districtCode=${encodeURIComponent(district)}&level=${level()}`;
  const response = await api(withAsOf(url));
  if (!response.ok) {
    throw new Error(`HTTP ${response.status}`);
  }
  collection = await response.json();
  loadedFor = wanted;
  areas.clearLayers();
  areas.addData(collection);
  areas.addTo(map);
  redraw();
}

onLoad(() => load());
map.on('zoomend', () => areas.eachLayer((layer) => label(layer.feature, layer)));

levelEl.addEventListener('change', () => {
  offerMeasures();
  // the legend goes until the new level's areas are in, so it never counts the last level's
  collection = null;
  areas.clearLayers();
  renderLegend();
  load().catch(fail);
});
measureEl.addEventListener('change', redraw);
state.on('district', () => { loadedFor = null; });

function renderTexts() {
  [...levelEl.options].forEach((o) => { o.textContent = i18n.t(`level_${o.value}`); });
  [...measureEl.options].forEach((o) => { o.textContent = i18n.t(`measure_${o.value}`); });
  renderLegend();
}
i18n.onChange(renderTexts);
renderTexts();
offerMeasures();
