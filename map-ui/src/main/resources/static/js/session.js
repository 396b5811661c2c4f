// The signed-in session as every page uses it: one fetch that sends the CSRF
// token with changes and goes to the sign-in page once the session has ended,
// the name of whoever is signed in, and signing out.
(function () {
  'use strict';

  const SIGN_IN = '/login.html';

  function csrfToken() {
    const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
    return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
  }

  async function api(url, options = {}) {
    const method = (options.method || 'GET').toUpperCase();
    const headers = new Headers(options.headers || {});
    if (method !== 'GET' && method !== 'HEAD') {
      headers.set('X-XSRF-TOKEN', csrfToken());
    }
    const response = await fetch(url, { ...options, method, headers, credentials: 'same-origin' });
    if (response.status === 401) {
      window.location.assign(`${SIGN_IN}?expired=1`);
      throw new Error('signed out');
    }
    return response;
  }

  async function json(url, options) {
    const response = await api(url, options);
    if (!response.ok) {
      throw new Error(`HTTP ${response.status}`);
    }
    return response.json();
  }

  async function signOut() {
    await api('/logout', { method: 'POST' }).catch(() => null);
    window.location.assign(SIGN_IN);
  }

  const me = json('/api/me');

  window.GridAtlasSession = {
    api,
    json,
    me: () => me,
    signOut,
    // Shows who is signed in in the element with id "who", and wires the sign-out button.
    async showUser() {
      const who = document.getElementById('who');
      const out = document.getElementById('sign-out');
      if (out) {
        out.addEventListener('click', signOut);
      }
      const user = await me;
      if (who) {
        who.textContent = user.displayName;
        who.title = user.grants.map((g) => `${g.role}@${g.area || '*'}`).join(', ');
      }
      const admin = document.getElementById('admin-link');
      if (admin) {
        admin.hidden = !user.grants.some((g) => g.role === 'ADMINISTRATOR');
      }
      return user;
    },
  };
})();
