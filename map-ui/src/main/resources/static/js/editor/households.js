// The households a micro-grid holds against the office's range
// (microGridHouseholds in /api/map/config): the server flags a micro-grid
// BELOW or ABOVE it, and the editor says so in the list and on the map, with
// the limit, so a coordinator sees which micro-grids to split or merge.
import { i18n } from '../i18n.js';
import { mapConfig } from '../map.js';

let range = null;

/** Reads the range once; without it the flags are still shown, only without their limit. */
export async function loadRange() {
  if (range) {
    return;
  }
  try {
    range = (await mapConfig()).microGridHouseholds || null;
  } catch (error) {
    range = null;
  }
}

const FLAGS = { BELOW: ['householdsBelow', 'min'], ABOVE: ['householdsAbove', 'max'] };

/** The words for a flag ("户数偏少（少于 30 户）"), or null when the micro-grid is within the range. */
export function flagText(flag) {
  const known = FLAGS[flag];
  if (!known) {
    return null;
  }
  const limit = range ? range[known[1]] : null;
  return i18n.t(known[0], limit == null ? null : i18n.number(limit));
}

/** The class that marks a flagged micro-grid's outline, or '' within the range. */
export const flagClass = (flag) => (FLAGS[flag] ? ` households-${flag.toLowerCase()}` : '');
