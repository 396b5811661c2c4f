// The grid coordinators' editor: open a grid (click it on the map or type its
// code), select micro-grids by clicking, then split, merge, move a shared
// edge, retire, name people or read the lineage. Every edit is checked by a
// dry run first (same rules, nothing stored), asks for a reason, and is sent
// with the grid's version, so a change somebody made meanwhile comes back as
// a 409 with what they changed.
import { i18n } from '../i18n.js';
import { element } from '../dom.js';
import { map, reload } from '../map.js';
import { pickGrids } from '../layers/grids.js';
import * as edits from './edits.js';
import * as layer from './layer.js';
import * as geoman from './geoman.js';
import { sharedEdge, neighbours, piecesCut, nextCodes } from './shapes.js';
import { showRefusal, clearReport, lineageView } from './report.js';
import { flagText, loadRange } from './households.js';
import { field, reasonField, button, microGridFields, leaderRows, names, joinNames } from './forms.js';

const ROLE = 'GRID_COORDINATOR';
const DEBOUNCE_MS = 400;

const openButton = document.getElementById('edit-micro-grids');
const panel = document.getElementById('editor');
const pickForm = panel.querySelector('.editor-pick');
const codeInput = panel.querySelector('#editor-grid-code');
const status = panel.querySelector('.editor-state');
const gridSection = panel.querySelector('.editor-grid');
const gridName = panel.querySelector('.editor-grid-name');
const list = panel.querySelector('.editor-list');
const actions = panel.querySelector('.editor-actions');
const operationBox = panel.querySelector('.editor-operation');
const closeButton = panel.querySelector('.editor-close');

const editor = {
  grid: null, // the GeoJSON Feature of the open grid, properties.version its version
  features: [], // its micro-grids
  selected: [], // codes, in the order clicked
  seen: new Set(), // every code shown for the grid, so a retired code is not offered again
  operation: null, // { name, stop(), redo() } while an edit is open
};

const version = () => editor.grid.properties.version;
const feature = (code) => editor.features.find((f) => f.id === code);

function say(key, ...args) {
  status.textContent = key ? i18n.t(key, ...args) : '';
}

function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

// ------------------------------------------------------------------ the grid

function renderList() {
  list.replaceChildren(...editor.features.map((f) => {
    const p = f.properties || {};
    const item = element('li', 'editor-item');
    item.dataset.code = f.id;
    item.tabIndex = 0;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', String(editor.selected.includes(f.id)));
    const swatch = element('span', 'swatch');
    swatch.style.background = layer.colourOf(f.id);
    const facts = element('span', 'editor-item-facts');
    facts.append(element('strong', 'editor-item-code', f.id), ' ', element('span', 'editor-item-name', p.name));
    if (p.households != null) {
      facts.append(' ', element('span', 'editor-item-households', `${i18n.t('households')} ${i18n.number(p.households)}`));
    }
    const flag = flagText(p.householdsFlag);
    if (flag) {
      const badge = element('span', 'households-flag', flag);
      badge.dataset.flag = p.householdsFlag;
      facts.append(' ', badge);
    }
    facts.append(element('span', 'editor-item-helpers',
      `${i18n.t('helpers')}：${p.helpers && p.helpers.length ? p.helpers.join(i18n.t('listSeparator')) : i18n.t('noHelpers')}`));
    item.append(swatch, facts);
    item.addEventListener('click', () => toggle(f.id));
    item.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        toggle(f.id);
      }
    });
    return item;
  }));
  renderActions();
}

function renderGrid() {
  if (!editor.grid) {
    return;
  }
  const p = editor.grid.properties;
  gridName.replaceChildren(element('span', null, i18n.t('editorGrid', p.name, editor.grid.id)), ' ',
    element('span', 'editor-version', i18n.t('editorVersion', p.version)));
  gridSection.dataset.grid = editor.grid.id;
  gridSection.dataset.version = String(p.version);
  renderList();
}

function toggle(code) {
  if (editor.operation && editor.operation.locksSelection) {
    return;
  }
  editor.selected = editor.selected.includes(code) ? editor.selected.filter((c) => c !== code) : editor.selected.concat(code);
  layer.markSelected(editor.selected);
  renderList();
}

// A click on a micro-grid while a line is drawn is a vertex of the line, not a selection.
function clicked(f) {
  if (!editor.drawing) {
    toggle(f.id);
  }
}

function select(codes) {
  editor.selected = codes.filter((c) => feature(c));
  layer.markSelected(editor.selected);
  renderList();
}

async function openGrid(gridCode, { fit = true } = {}) {
  stopOperation();
  panel.dataset.state = 'loading';
  say('loading');
  let loaded;
  try {
    [loaded] = await Promise.all([edits.loadGrid(gridCode), loadRange()]);
  } catch (error) {
    panel.dataset.state = 'failed';
    say('gridOpenFailed');
    return;
  }
  if (!loaded) {
    panel.dataset.state = 'not-found';
    say('gridNotFound');
    return;
  }
  if (!editor.grid || editor.grid.id !== loaded.grid.id) {
    editor.seen = new Set();
    editor.selected = [];
  }
  editor.grid = loaded.grid;
  editor.features = loaded.microGrids.features;
  editor.features.forEach((f) => editor.seen.add(f.id));
  editor.selected = editor.selected.filter((c) => feature(c));
  codeInput.value = editor.grid.id;
  layer.showMicroGrids(loaded.microGrids, clicked);
  layer.markSelected(editor.selected);
  gridSection.hidden = false;
  renderGrid();
  say(null);
  if (fit) {
    map.fitBounds(L.geoJSON(editor.grid).getBounds(), besidePanel());
  }
  panel.dataset.state = 'open';
}

// The panel covers the map's right side (on a phone its bottom): fit the grid into the part left visible.
function besidePanel() {
  const m = map.getContainer().getBoundingClientRect();
  const p = panel.getBoundingClientRect();
  const right = Math.max(0, m.right - p.left);
  const bottom = Math.max(0, m.bottom - p.top);
  return right > 0 && p.top <= m.top + 5
    ? { paddingTopLeft: [30, 30], paddingBottomRight: [right + 30, 30] }
    : { paddingTopLeft: [20, 20], paddingBottomRight: [20, bottom + 20] };
}

/** After an edit was stored: the grid anew (read-your-writes through api.js), and the map's layers. */
async function afterSaved(answer, selectCodes) {
  stopOperation();
  await openGrid(editor.grid.id, { fit: false });
  select(selectCodes || []);
  say('saved', answer.version);
  reload();
}

// ------------------------------------------------------------------ operations

// Which operation frame is open; a dry run answered after its frame closed is dropped.
let currentFrame = 0;

function stopOperation() {
  currentFrame += 1;
  if (editor.operation) {
    editor.operation.stop();
  }
  editor.operation = null;
  editor.drawing = false;
  operationBox.replaceChildren();
  delete operationBox.dataset.operation;
  delete operationBox.dataset.state;
  layer.clearOverlays();
}

/**
 * The frame every edit shares: a title, its own fields, a reason, buttons to
 * check, submit and cancel, and the report of what the server said.
 * {@code send(dryRun)} sends the edit; {@code onChecked(answer)} shows a dry
 * run's outcome; {@code saved(answer)} follows a stored one.
 */
function operationFrame(name, title, { send, onChecked, onRefused = () => false, selectAfter, dryRuns = true }) {
  stopOperation();
  const frameId = currentFrame;
  const current = () => frameId === currentFrame;
  operationBox.dataset.operation = name;
  operationBox.dataset.state = 'open';
  const heading = element('h4', 'editor-operation-title', title);
  const body = element('div', 'editor-operation-body');
  const reason = reasonField();
  const report = element('div', 'editor-report');
  report.setAttribute('role', 'alert');
  const note = element('p', 'editor-operation-state');
  note.setAttribute('aria-live', 'polite');
  let sequence = 0;

  const state = (value, key, ...args) => {
    operationBox.dataset.state = value;
    note.textContent = key ? i18n.t(key, ...args) : '';
  };

  const refused = (error) => {
    // A refusal the coordinator can act on; anything else (a missing endpoint, a server fault) is a failed request.
    if (error instanceof edits.Refused && [400, 403, 409, 422].includes(error.status)) {
      showRefusal(report, error, () => redo());
      state('refused');
    } else {
      clearReport(report);
      state('failed', 'failedRequest');
    }
  };

  // While a submission is on its way no dry run goes out: it would ask about micro-grids the edit replaces.
  let saving = false;

  const check = async () => {
    if (!dryRuns || !current() || saving) {
      return;
    }
    sequence += 1;
    const mine = sequence;
    state('checking', 'checking');
    try {
      const answer = await send(true, reason.input.value.trim());
      if (mine !== sequence || !current()) {
        return;
      }
      clearReport(report);
      onChecked(answer);
      state('checked', 'checked');
    } catch (error) {
      if (mine !== sequence || !current()) {
        return;
      }
      if (error instanceof edits.Refused && onRefused(error)) {
        check();
        return;
      }
      refused(error);
    }
  };

  const submit = async () => {
    const why = reason.input.value.trim();
    if (!why) {
      state('needs-reason', 'reasonRequired');
      reason.input.focus();
      return;
    }
    sequence += 1;
    saving = true;
    state('saving', 'saving');
    try {
      const answer = await send(false, why);
      await afterSaved(answer, typeof selectAfter === 'function' ? selectAfter() : []);
    } catch (error) {
      saving = false;
      if (current()) {
        refused(error);
      }
    }
  };

  // A 409: read the grid again (its version and micro-grids) and send the same edit on top of it.
  const redo = async () => {
    const grid = await edits.loadGrid(editor.grid.id);
    if (!grid || !current()) {
      return;
    }
    editor.grid = grid.grid;
    editor.features = grid.microGrids.features;
    editor.features.forEach((f) => editor.seen.add(f.id));
    layer.showMicroGrids(grid.microGrids, clicked);
    layer.markSelected(editor.selected);
    renderGrid();
    clearReport(report);
    if (dryRuns) {
      check();
    } else {
      state('reloaded', 'reloadedSubmitAgain');
    }
  };

  const buttons = element('div', 'editor-buttons');
  if (dryRuns) {
    buttons.append(button('check', 'check', check));
  }
  buttons.append(button('submit', 'submit', submit, 'editor-button primary'), button('cancel', 'cancel', () => {
    stopOperation();
    renderActions();
  }));
  operationBox.append(heading, body, reason.label, buttons, note, report);
  const live = debounce(check, DEBOUNCE_MS);
  body.addEventListener('input', live);
  return { body, check, live, state, buttons, heading };
}

function startSplit() {
  const target = feature(editor.selected[0]);
  const frame = operationFrame('split', `${i18n.t('split')} ${target.id}`, {
    send: (dryRun, reason) => edits.split(editor.grid.id, target.id,
      { line: split.line, parts: split.parts.map((p) => p.read()), reason, expectedVersion: version() }, dryRun),
    onChecked: (answer) => layer.showPreview(answer.microGrids, split.parts.map((p) => p.read().microGridCode)),
    onRefused: (refused) => {
      // The line cuts another number of pieces than guessed: the server says how many, and the forms follow.
      const cuts = refused.problem.rule === 'split-parts-named' ? refused.problem.partsCut : undefined;
      if (Number.isInteger(cuts) && cuts !== split.parts.length && cuts >= 2) {
        partForms(cuts);
        return true;
      }
      return false;
    },
    selectAfter: () => split.parts.map((p) => p.read().microGridCode),
  });
  const split = { line: null, parts: [] };
  editor.operation = { name: 'split', locksSelection: true, stop: () => stopDrawing() };
  const parts = element('div', 'editor-parts');
  frame.body.append(parts);
  frame.buttons.hidden = true;
  frame.buttons.prepend(button('redraw', 'redraw', () => draw()));
  let stopDrawing = () => {};

  function partForms(count) {
    const previous = split.parts.map((p) => p.read());
    const codes = nextCodes(editor.grid.id, editor.seen, count);
    split.parts = [];
    parts.replaceChildren(element('p', 'editor-parts-count', i18n.t('splitParts', count)));
    for (let i = 0; i < count; i += 1) {
      const part = previous[i] || { microGridCode: codes[i], name: `${target.properties.name}（${i + 1}）`, helpers: [] };
      const fields = microGridFields(`part-${i + 1}-`, part);
      const box = element('fieldset', 'editor-part');
      box.dataset.piece = String(i + 1);
      box.append(element('legend', null, i18n.t('piece', i + 1)), ...fields.nodes);
      parts.append(box);
      split.parts.push(fields);
    }
  }

  function draw() {
    stopDrawing();
    layer.clearOverlays();
    split.line = null;
    parts.replaceChildren();
    frame.buttons.hidden = true;
    frame.state('drawing', 'splitDraw');
    editor.drawing = true;
    stopDrawing = geoman.drawLine((line) => {
      editor.drawing = false;
      split.line = line;
      layer.showLine(line);
      partForms(piecesCut(target.geometry, line));
      frame.buttons.hidden = false;
      frame.check();
    });
  }
  draw();
}

function startMerge() {
  const codes = editor.selected.slice();
  const first = feature(codes[0]);
  const helpers = [...new Set(codes.flatMap((c) => feature(c).properties.helpers || []))];
  const [code] = nextCodes(editor.grid.id, editor.seen, 1);
  const fields = microGridFields('merged-', { microGridCode: code, name: first.properties.name, helpers });
  const frame = operationFrame('merge', i18n.t('mergeOf', codes.join(i18n.t('listSeparator'))), {
    send: (dryRun, reason) => edits.merge(editor.grid.id,
      { microGridCodes: codes, merged: fields.read(), reason, expectedVersion: version() }, dryRun),
    onChecked: (answer) => layer.showPreview(answer.microGrids),
    selectAfter: () => [fields.read().microGridCode],
  });
  editor.operation = { name: 'merge', locksSelection: true, stop: () => {} };
  const box = element('fieldset', 'editor-part');
  box.append(element('legend', null, i18n.t('mergedInto')), ...fields.nodes);
  frame.body.append(box);
  frame.check();
}

function startEdge() {
  const [a, b] = editor.selected.map(feature);
  const edge = sharedEdge(a.geometry, b.geometry);
  if (!edge) {
    say('noSharedEdge');
    return;
  }
  const moved = { edge };
  const frame = operationFrame('edge', i18n.t('edgeOf', a.id, b.id), {
    send: (dryRun, reason) => edits.moveSharedEdge(editor.grid.id, a.id, b.id,
      { edge: moved.edge, reason, expectedVersion: version() }, dryRun),
    onChecked: (answer) => layer.showPreview(answer.microGrids),
    selectAfter: () => [a.id, b.id],
  });
  frame.body.append(element('p', 'editor-hint', i18n.t('edgeHint')));
  const stop = geoman.editLine(edge, (line) => {
    moved.edge = line;
    frame.live();
  });
  editor.operation = { name: 'edge', locksSelection: true, stop };
}

function startRetire() {
  const target = feature(editor.selected[0]);
  const around = neighbours(target, editor.features);
  if (!around.length) {
    say('noNeighbour');
    return;
  }
  const choice = element('select');
  choice.name = 'neighbourCode';
  around.forEach((code) => {
    const option = element('option', null, `${code} ${feature(code).properties.name || ''}`);
    option.value = code;
    choice.append(option);
  });
  const label = element('label', 'editor-field');
  label.append(element('span', 'editor-field-label', i18n.t('retireInto')), choice);
  const frame = operationFrame('retire', `${i18n.t('retire')} ${target.id}`, {
    send: (dryRun, reason) => edits.retire(editor.grid.id, target.id,
      { neighbourCode: choice.value, reason, expectedVersion: version() }, dryRun),
    onChecked: (answer) => layer.showPreview(answer.microGrids),
    selectAfter: () => [choice.value],
  });
  editor.operation = { name: 'retire', locksSelection: true, stop: () => {} };
  frame.body.append(label);
  choice.addEventListener('change', frame.check);
  frame.check();
}

function startPeople() {
  const target = feature(editor.selected[0]);
  const p = target.properties || {};
  const helpers = field('helpersHint', 'helpers', joinNames(p.helpers), 'textarea');
  const building = leaderRows('buildingLeaders', 'building-leaders', p.buildingLeaders);
  const unit = leaderRows('unitLeaders', 'unit-leaders', p.unitLeaders);
  const frame = operationFrame('people', `${i18n.t('people')} ${target.id}`, {
    send: (dryRun, reason) => edits.assignPeople(editor.grid.id, target.id, {
      helpers: names(helpers.input.value), buildingLeaders: building.read(), unitLeaders: unit.read(),
      reason, expectedVersion: version(),
    }),
    onChecked: () => {},
    selectAfter: () => [target.id],
    dryRuns: false,
  });
  editor.operation = { name: 'people', locksSelection: true, stop: () => {} };
  frame.body.append(helpers.label, building.box, unit.box);
}

async function showLineage() {
  const code = editor.selected[0];
  stopOperation();
  operationBox.dataset.operation = 'lineage';
  operationBox.dataset.state = 'loading';
  operationBox.replaceChildren(element('p', 'editor-operation-state', i18n.t('loading')));
  try {
    const lineage = await edits.lineage(code);
    if (operationBox.dataset.operation !== 'lineage') {
      return;
    }
    operationBox.replaceChildren(lineageView(lineage));
    operationBox.dataset.state = 'ready';
  } catch (error) {
    operationBox.replaceChildren(element('p', 'editor-operation-state', i18n.t('lineageFailed')));
    operationBox.dataset.state = 'failed';
  }
}

const OPERATIONS = [
  { name: 'split', label: 'split', fits: (n) => n === 1, need: 'needOne', start: startSplit },
  { name: 'merge', label: 'merge', fits: (n) => n >= 2, need: 'needSeveral', start: startMerge },
  { name: 'edge', label: 'moveEdge', fits: (n) => n === 2, need: 'needTwo', start: startEdge },
  { name: 'retire', label: 'retire', fits: (n) => n === 1, need: 'needOne', start: startRetire },
  { name: 'people', label: 'people', fits: (n) => n === 1, need: 'needOne', start: startPeople },
  { name: 'lineage', label: 'lineage', fits: (n) => n === 1, need: 'needOne', start: showLineage },
];

function renderActions() {
  const n = editor.selected.length;
  const line = element('p', 'editor-selected', i18n.t('selected', n));
  const clear = button('clearSelection', 'clear-selection', () => {
    stopOperation();
    select([]);
  }, 'editor-link');
  clear.disabled = n === 0 || Boolean(editor.operation && editor.operation.locksSelection);
  line.append(' ', clear);
  const row = element('div', 'editor-action-buttons');
  OPERATIONS.forEach((op) => {
    const b = button(op.label, op.name, () => {
      say(null);
      op.start();
      renderActions();
    });
    b.disabled = !op.fits(n) || Boolean(editor.operation);
    b.title = op.fits(n) ? '' : i18n.t(op.need);
    row.append(b);
  });
  actions.replaceChildren(line, row);
}

// ------------------------------------------------------------------ opening and closing

function open() {
  panel.hidden = false;
  document.body.classList.add('editing');
  openButton.setAttribute('aria-pressed', 'true');
  panel.dataset.state = editor.grid ? 'open' : 'picking';
  pickGrids((grid) => {
    if (!editor.operation) {
      openGrid(grid.id);
    }
  });
  if (!editor.grid) {
    codeInput.focus();
  }
}

function close() {
  stopOperation();
  panel.hidden = true;
  document.body.classList.remove('editing');
  openButton.setAttribute('aria-pressed', 'false');
  pickGrids(null);
  layer.clearAll();
  editor.grid = null;
  editor.features = [];
  editor.selected = [];
  gridSection.hidden = true;
  delete panel.dataset.state;
}

/** Offers the editor to grid coordinators; others never see its button. */
export function startEditor(user) {
  const coordinator = user.grants.some((g) => g.role === ROLE);
  openButton.hidden = !coordinator || !geoman.available();
  if (openButton.hidden) {
    return;
  }
  openButton.addEventListener('click', () => (panel.hidden ? open() : close()));
  closeButton.addEventListener('click', close);
  pickForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const code = codeInput.value.trim();
    if (code) {
      openGrid(code);
    }
  });
  i18n.onChange(() => {
    closeButton.title = i18n.t('close');
    if (editor.grid) {
      renderGrid();
      layer.showMicroGrids({ type: 'FeatureCollection', features: editor.features }, clicked);
      layer.markSelected(editor.selected);
    }
  });
}
