// The administrators' page: accounts, their grants and lock state. Every
// value from the server is set as text, never parsed as markup.
import { api, json } from './api.js';
import { i18n, applyTexts, wireLanguageButton } from './i18n.js';
import { showUser } from './session.js';

const body = document.getElementById('accounts');
const problem = document.getElementById('problem');
const grantText = (g) => `${g.role}@${g.area || '*'}`;

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text;
  row.appendChild(td);
  return td;
}

function button(parent, key, action) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = i18n.t(key);
  b.dataset.action = key;
  b.addEventListener('click', () => action().then(load).catch(show));
  parent.appendChild(b);
}

async function send(url, method, payload) {
  const response = await api(url, {
    method, headers: { 'Content-Type': 'application/json' }, body: payload ? JSON.stringify(payload) : undefined,
  });
  if (!response.ok) {
    const p = await response.json().catch(() => ({}));
    throw new Error(p.detail || `HTTP ${response.status}`);
  }
  return response.json();
}

function show(error) {
  problem.textContent = error.message;
}

async function load() {
  const accounts = await json('/api/admin/accounts');
  body.replaceChildren();
  for (const a of accounts) {
    const row = document.createElement('tr');
    row.dataset.username = a.username;
    cell(row, a.username);
    cell(row, a.displayName);
    cell(row, a.grants.map(grantText).join(', '));
    const locked = a.lockedUntil && new Date(a.lockedUntil) > new Date();
    cell(row, !a.enabled ? i18n.t('disabled') : locked
      ? `${i18n.t('locked')} ${i18n.dateTime(a.lockedUntil)}` : i18n.t('active'));
    const actions = cell(row, '');
    const path = `/api/admin/accounts/${encodeURIComponent(a.username)}`;
    button(actions, 'editGrants', async () => {
      const written = window.prompt(i18n.t('grantsHint'), a.grants.map(grantText).join(', '));
      if (written !== null) {
        await send(`${path}/grants`, 'PUT', { grants: written.split(',').map((g) => g.trim()).filter(Boolean) });
      }
    });
    if (locked) {
      button(actions, 'unlock', () => send(`${path}/unlock`, 'POST'));
    }
    button(actions, a.enabled ? 'disable' : 'enable', () => send(`${path}/enabled`, 'PUT', { enabled: !a.enabled }));
    body.appendChild(row);
  }
  document.body.dataset.state = 'ready';
}

document.getElementById('new-account').addEventListener('submit', (event) => {
  event.preventDefault();
  problem.textContent = '';
  send('/api/admin/accounts', 'POST', {
    username: document.getElementById('new-username').value.trim(),
    displayName: document.getElementById('new-name').value.trim(),
    password: document.getElementById('new-password').value,
    grants: document.getElementById('new-grants').value.split(',').map((g) => g.trim()).filter(Boolean),
  }).then(() => { event.target.reset(); return load(); }).catch(show);
});

wireLanguageButton();
i18n.onChange(() => { applyTexts(); load().catch(show); });
i18n.setLanguage(i18n.language());
showUser().then(load).catch(show);
