// Building the page from values people typed: as elements and text, never as markup.

export function element(tag, className, value) {
  const el = document.createElement(tag);
  if (className) {
    el.className = className;
  }
  if (value !== undefined) {
    el.textContent = value == null ? '—' : String(value);
  }
  return el;
}

/** A value escaped for the few places that still write markup. */
export function text(value) {
  const span = document.createElement('span');
  span.textContent = value == null ? '' : String(value);
  return span.innerHTML;
}
