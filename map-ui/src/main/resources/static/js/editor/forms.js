// The editor's form fields. Every value is read back as typed and set as text.
import { i18n } from '../i18n.js';
import { element } from '../dom.js';

/** A labelled input; {@code name} becomes its name attribute, so a person and a test find it by what it is. */
export function field(labelKey, name, value = '', type = 'text') {
  const label = element('label', 'editor-field');
  const input = type === 'textarea' ? element('textarea') : element('input');
  if (type !== 'textarea') {
    input.type = type;
  }
  input.name = name;
  input.value = value;
  input.autocomplete = 'off';
  label.append(element('span', 'editor-field-label', i18n.t(labelKey)), input);
  return { label, input };
}

/** Names separated by 、，, or new lines, without blanks. */
export function names(value) {
  return value.split(/[、，,;；\n]/).map((n) => n.trim()).filter((n) => n.length > 0);
}

export const joinNames = (list) => (list || []).join('、');

/** The reason every submission needs. */
export function reasonField() {
  const { label, input } = field('reasonLabel', 'reason', '', 'textarea');
  input.rows = 2;
  input.maxLength = 500;
  input.required = true;
  return { label, input };
}

export function button(labelKey, action, onClick, className = 'editor-button') {
  const b = element('button', className, i18n.t(labelKey));
  b.type = 'button';
  b.dataset.action = action;
  b.addEventListener('click', onClick);
  return b;
}

/** Fields for a new micro-grid: code, name and helpers; {@code read()} gives the request's part. */
export function microGridFields(prefix, part) {
  const code = field('code', `${prefix}code`, part.microGridCode);
  code.input.inputMode = 'numeric';
  const name = field('name', `${prefix}name`, part.name);
  const helpers = field('helpersHint', `${prefix}helpers`, joinNames(part.helpers));
  return {
    nodes: [code.label, name.label, helpers.label],
    inputs: [code.input, name.input, helpers.input],
    read: () => ({ microGridCode: code.input.value.trim(), name: name.input.value.trim(), helpers: names(helpers.input.value) }),
  };
}

/**
 * Rows of people (name, phone, building) that can be added and removed;
 * {@code read()} gives those with a name.
 */
export function leaderRows(titleKey, kind, leaders) {
  const box = element('fieldset', `editor-leaders ${kind}`);
  box.append(element('legend', null, i18n.t(titleKey)));
  const rows = element('div', 'editor-leader-rows');
  const add = (leader = {}) => {
    const row = element('div', 'editor-leader');
    const name = field('name', `${kind}-name`, leader.name || '');
    const phone = field('phone', `${kind}-phone`, leader.phone || '', 'tel');
    const building = field('building', `${kind}-building`, leader.building || '');
    row.append(name.label, phone.label, building.label, button('remove', 'remove-person', () => row.remove(), 'editor-link'));
    row.read = () => ({ name: name.input.value.trim(), phone: phone.input.value.trim() || null,
      building: building.input.value.trim() || null });
    rows.append(row);
  };
  (leaders || []).forEach(add);
  box.append(rows, button('addPerson', `add-${kind}`, () => add(), 'editor-link'));
  return { box, read: () => [...rows.children].map((row) => row.read()).filter((l) => l.name) };
}
