// What the server said about an edit: each problem in the reader's language
// with its geometry drawn on the map, what others changed meanwhile (409),
// and a micro-grid's lineage. Dates are Beijing time, as everywhere.
import { i18n } from '../i18n.js';
import { element } from '../dom.js';
import { showProblems } from './layer.js';
import { button } from './forms.js';

function problemItem(error, rule) {
  const item = element('li', 'editor-problem-item');
  const key = error.rule || rule;
  if (key) {
    item.dataset.rule = key;
  }
  if (error.field) {
    item.dataset.field = error.field;
  }
  item.append(element('span', 'editor-problem-text', i18n.rule(key, error.reason)));
  if (error.areaSquareMetres != null) {
    item.append(' ', element('span', 'editor-problem-area', i18n.t('area', i18n.number(error.areaSquareMetres))));
  }
  return item;
}

function parseGeometry(geometry) {
  if (!geometry) {
    return null;
  }
  return typeof geometry === 'string' ? JSON.parse(geometry) : geometry;
}

function changeItem(change) {
  const item = element('li', 'editor-change');
  item.dataset.version = String(change.version);
  const when = element('time', 'editor-change-when', change.at ? i18n.dateTime(change.at) : null);
  if (change.at) {
    when.dateTime = change.at;
  }
  item.append(when, ' ', element('span', 'editor-change-operation', i18n.microGridOperation(change.operation)), ' ',
    element('span', 'editor-change-who', change.userName || change.user), ' ',
    element('span', 'editor-change-reason', change.reason || i18n.t('noReason')));
  return item;
}

/**
 * Shows a refusal in {@code box}: a 409 lists the changes since the version
 * the edit started from and offers {@code reloadAndRedo}; anything else lists
 * its problems and highlights their geometry.
 */
export function showRefusal(box, refused, reloadAndRedo) {
  const problem = refused.problem || {};
  box.replaceChildren();
  box.dataset.status = String(refused.status);
  if (refused.status === 409) {
    box.append(element('p', 'editor-conflict', i18n.t('conflict')));
    const list = element('ol', 'editor-changes');
    (problem.changes || []).forEach((c) => list.append(changeItem(c)));
    box.append(list, button('reloadRedo', 'reload-redo', reloadAndRedo));
    showProblems([]);
    return;
  }
  box.append(element('p', 'editor-problems-title', i18n.t('problemsFound')));
  const list = element('ul', 'editor-problems');
  const errors = problem.errors && problem.errors.length ? problem.errors : [{ reason: problem.detail }];
  errors.forEach((e) => list.append(problemItem(e, problem.rule)));
  box.append(list);
  showProblems(errors.map((e) => parseGeometry(e.geometry)).filter(Boolean));
}

export function clearReport(box) {
  box.replaceChildren();
  delete box.dataset.status;
  showProblems([]);
}

// Codes as the lineage names them: plain codes, or micro-grids with a code.
const codeOf = (item) => (typeof item === 'string' ? item : item && (item.microGridCode || item.code || JSON.stringify(item)));
const codes = (list) => (list && list.length ? list.map(codeOf).join(i18n.t('listSeparator')) : '—');

/** A micro-grid's lineage: where it came from, what replaced it, and each step with who, when and why. */
export function lineageView(lineage) {
  const box = element('div', 'editor-lineage');
  box.dataset.code = lineage.microGridCode;
  box.append(element('h4', null, i18n.t('lineageOf', lineage.microGridCode)));
  const facts = element('dl', 'editor-lineage-facts');
  const fact = (key, value, name) => {
    const dd = element('dd', null, value);
    dd.dataset.fact = name;
    facts.append(element('dt', null, i18n.t(key)), dd);
  };
  fact('name', lineage.name, 'name');
  fact('state', lineage.current ? i18n.t('current') : i18n.t('retired'), 'current');
  fact('cameFrom', codes(lineage.cameFrom), 'cameFrom');
  fact('replacedBy', codes(lineage.replacedBy), 'replacedBy');
  box.append(facts);
  const steps = element('ol', 'editor-lineage-steps');
  (lineage.steps || []).forEach((s) => {
    const item = element('li', 'editor-lineage-step');
    item.dataset.operation = s.operation;
    const when = element('time', null, s.at ? i18n.dateTime(s.at) : null);
    if (s.at) {
      when.dateTime = s.at;
    }
    item.append(when, ' ', element('span', 'editor-lineage-operation', i18n.microGridOperation(s.operation)), ' ',
      element('span', 'editor-lineage-who', s.userName || s.user), ' ',
      element('span', 'editor-lineage-codes', `${codes(s.before)} → ${codes(s.after)}`), ' ',
      element('span', 'editor-lineage-reason', s.reason || i18n.t('noReason')));
    steps.append(item);
  });
  if (!steps.children.length) {
    steps.append(element('li', 'editor-lineage-empty', i18n.t('lineageEmpty')));
  }
  box.append(steps);
  return box;
}
