// What the map page shows, shared by its parts: which district, how compounds
// are coloured and filtered, and (for the time slider to come) the instant shown. Parts
// listen for a change instead of reading each other's globals.

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
