// The signed-in session as the map and administrators' pages use it: who is
// signed in, and signing out.
import { api, json, SIGN_IN } from './api.js';

let me = null;

/** Who is signed in, asked of the server once per page. */
export function currentUser() {
  me = me || json('/api/me');
  return me;
}

export async function signOut() {
  await api('/logout', { method: 'POST' }).catch(() => null);
  window.location.assign(SIGN_IN);
}

/** Shows who is signed in in the element with id "who", and wires the sign-out button. */
export async function showUser() {
  const who = document.getElementById('who');
  const out = document.getElementById('sign-out');
  if (out) {
    out.addEventListener('click', signOut);
  }
  const user = await currentUser();
  if (who) {
    who.textContent = user.displayName;
    who.title = user.grants.map((g) => `${g.role}@${g.area || '*'}`).join(', ');
  }
  const admin = document.getElementById('admin-link');
  if (admin) {
    admin.hidden = !user.grants.some((g) => g.role === 'ADMINISTRATOR');
  }
  return user;
}
