// The one fetch every page uses: the CSRF token on changes, the sign-in page
// once the session has ended, and reading one's own writes: the highest
// X-GridAtlas-Position any answer carried goes back on later reads of /api/,
// so the map never shows the state from before a change this page made.

export const SIGN_IN = '/login.html';
export const POSITION = 'X-GridAtlas-Position';
const RETRIES = 3;

let position = null;

/** The CSRF token Spring Security left in its cookie, or '' when there is none. */
export function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/** The highest event-store position this page has been answered with, or null. */
export function readPosition() {
  return position;
}

function remember(response) {
  const header = response.headers.get(POSITION);
  if (header !== null && /^\d+$/.test(header.trim())) {
    const next = Number(header.trim());
    position = position === null ? next : Math.max(position, next);
  }
}

function isApiRead(method, url) {
  return method === 'GET' && new URL(url, window.location.href).pathname.startsWith('/api/');
}

const pause = (seconds, signal) => new Promise((resolve, reject) => {
  const timer = setTimeout(resolve, seconds * 1000);
  if (signal) {
    signal.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason); }, { once: true });
  }
});

export async function api(url, options = {}) {
  const method = (options.method || 'GET').toUpperCase();
  const headers = new Headers(options.headers || {});
  if (method !== 'GET' && method !== 'HEAD') {
    headers.set('X-XSRF-TOKEN', csrfToken());
  }
  const consistent = isApiRead(method, url) && position !== null;
  if (consistent) {
    headers.set(POSITION, String(position));
  }
  let response;
  for (let attempt = 0; ; attempt += 1) {
    response = await fetch(url, { ...options, method, headers, credentials: 'same-origin' });
    // The projections had not caught up within the server's wait: ask again after the time it names.
    const retryAfter = response.headers.get('Retry-After');
    const seconds = retryAfter === null ? NaN : Number(retryAfter);
    if (!consistent || response.status !== 503 || !(seconds >= 0) || attempt >= RETRIES) {
      break;
    }
    await pause(Math.min(seconds, 10), options.signal);
  }
  if (response.status === 401) {
    window.location.assign(`${SIGN_IN}?expired=1`);
    throw new Error('signed out');
  }
  remember(response);
  return response;
}

/** The answer's JSON body, or an error when the answer was not a success. */
export async function json(url, options) {
  const response = await api(url, options);
  if (!response.ok) {
    throw new Error(`HTTP ${response.status}`);
  }
  return response.json();
}
