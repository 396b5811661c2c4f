// The sign-in page: posts the form to Spring Security's /login with the CSRF
// token from its cookie, and goes on to the map once signed in. Its own fetch,
// not api(): a refused sign-in is a 401 that must stay on this page.
import { csrfToken } from './api.js';
import { i18n, applyTexts, wireLanguageButton } from './i18n.js';

const form = document.getElementById('sign-in');
const notice = document.getElementById('notice');
let lastProblem = new URL(window.location.href).searchParams.has('expired') ? 'expired' : null;

function render() {
  applyTexts();
  notice.textContent = lastProblem ? i18n.t(`signIn_${lastProblem}`) : '';
  notice.dataset.problem = lastProblem || '';
}

// The server sets the CSRF cookie with this very page; should it be gone, ask for the page again.
async function ensureToken() {
  if (!csrfToken()) {
    await fetch('/login.html', { method: 'HEAD', credentials: 'same-origin' }).catch(() => null);
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  await ensureToken();
  const body = new URLSearchParams({
    username: document.getElementById('username').value.trim(),
    password: document.getElementById('password').value,
  });
  const response = await fetch('/login', {
    method: 'POST', body, credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': csrfToken() },
  });
  if (response.ok) {
    window.location.assign('/');
    return;
  }
  const problem = await response.json().catch(() => ({}));
  lastProblem = problem.reason || 'bad-credentials';
  document.getElementById('password').value = '';
  render();
});

wireLanguageButton();
i18n.onChange(render);
i18n.setLanguage(i18n.language());
ensureToken();
