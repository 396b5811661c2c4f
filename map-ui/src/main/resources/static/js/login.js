// The sign-in page: posts the form to Spring Security's /login with the CSRF
// token from its cookie, and goes on to the map once signed in.
(function () {
  'use strict';

  const i18n = window.GridAtlasI18n;
  const form = document.getElementById('sign-in');
  const notice = document.getElementById('notice');
  const languageButton = document.getElementById('language');
  let lastProblem = new URL(window.location.href).searchParams.has('expired') ? 'expired' : null;

  function csrfToken() {
    const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
    return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
  }

  function render() {
    document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = i18n.t(el.dataset.i18n); });
    languageButton.textContent = i18n.t('switchTo');
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

  languageButton.addEventListener('click', () => i18n.setLanguage(i18n.language() === 'zh' ? 'en' : 'zh'));
  i18n.onChange(render);
  i18n.setLanguage(i18n.language());
  ensureToken();
})();
