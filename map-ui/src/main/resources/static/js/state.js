// What the map page shows, shared by its parts: which district, how compounds
// are coloured and filtered, and the day shown (asOf: null for now, or a past
// day as YYYY-MM-DD). Parts listen for a change instead of reading each other's globals.

// filters: the compound layer's filters as /api/compounds takes them ({ areaCode, mode, … }), {} for none.
const INITIAL = { district: null, colouring: 'mode', asOf: null, filters: {} };

class PageState extends EventTarget {
  #values = { ...INITIAL };

  get(name) {
    return this.#values[name];
  }

  /** Sets a value; listeners hear of it only when it differs from the one before. */
  set(name, value) {
    if (!(name in this.#values)) {
      throw new Error(`no such state: ${name}`);
    }
    if (this.#values[name] === value) {
      return;
    }
    this.#values[name] = value;
    this.dispatchEvent(new CustomEvent(name, { detail: value }));
  }

  /** Calls the listener with the new value whenever the named value changes. */
  on(name, listener) {
    this.addEventListener(name, (event) => listener(event.detail));
  }
}

export const state = new PageState();

/** The URL with the day shown as its `at` parameter, so every read of the page is for the same day. */
export function withAsOf(url) {
  const asOf = state.get('asOf');
  if (asOf === null) {
    return url;
  }
  const withDay = new URL(url, window.location.href);
  withDay.searchParams.set('at', asOf);
  return withDay.pathname + withDay.search;
}
