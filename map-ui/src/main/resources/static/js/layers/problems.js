// The problems layer: problems found on patrol or raised by residents, as
// points coloured by status, each with a popup and its history. Off until
// the reader switches it on; it then loads with the compounds for the view.
import { i18n } from '../i18n.js';
import { element } from '../dom.js';
import { map, onLoad, fetchInto, reload } from '../map.js';
import { openHistory } from '../panels/history.js';

// Above the compounds, so a point inside a compound can be clicked.
map.createPane('problems').style.zIndex = 450;

function marker(feature, latlng) {
  const p = feature.properties;
  const status = i18n.problemStatus(p.status);
  return L.circleMarker(latlng, {
    pane: 'problems', radius: 6, weight: 1.5, color: '#ffffff', fillColor: status.colour, fillOpacity: 0.95,
    className: `problem status-${p.status} category-${p.category}`,
  });
}

// Built as elements: a description is whatever somebody typed.
function popup(feature) {
  const p = feature.properties;
  const box = element('div', 'problem-popup');
  const rows = element('dl');
  const row = (key, value) => rows.append(element('dt', null, i18n.t(key)), element('dd', null, value));
  row('problemStatus', i18n.label(i18n.problemStatus(p.status)));
  row('foundThrough', i18n.foundThrough(p.foundThrough));
  row('foundOn', i18n.date(p.foundOn));
  row('resolvedOn', p.resolvedOn ? i18n.date(p.resolvedOn) : null);
  row('compound', p.compoundName);
  row('description', p.description);
  const history = element('button', 'history-open', i18n.t('history'));
  history.type = 'button';
  const title = i18n.problemCategory(p.category);
  history.addEventListener('click', () => openHistory(feature.id, title));
  box.append(element('h3', null, title), rows, history);
  return box;
}

const problems = L.geoJSON(null, { pointToLayer: marker, onEachFeature: (f, layer) => layer.bindPopup(() => popup(f)) });
const toggle = document.getElementById('show-problems');

onLoad((box) => {
  if (!map.hasLayer(problems)) {
    return Promise.resolve();
  }
  return fetchInto('problems', `/api/problems?bbox=${box}`, problems).then((collection) => {
    document.body.dataset.problems = String(collection.features.length);
  });
});

function renderKey() {
  const key = document.getElementById('problem-key');
  key.replaceChildren(...i18n.problemStatuses.map((status) => {
    const item = element('li');
    const swatch = element('span', 'swatch');
    swatch.style.background = status.colour;
    item.dataset.status = status.code;
    item.append(swatch, document.createTextNode(i18n.label(status)));
    return item;
  }));
}

toggle.addEventListener('change', () => {
  if (toggle.checked) {
    problems.addTo(map);
  } else {
    map.removeLayer(problems);
    delete document.body.dataset.problems;
  }
  reload();
});
i18n.onChange(renderKey);
renderKey();
