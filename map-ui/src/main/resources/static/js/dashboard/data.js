// Every read the dashboard makes, through the one fetch of api.js. The as-of
// instant goes onto each of them here and nowhere else: once the read side
// takes `at`, setting it is all the page needs to show the past.
import { json } from '../api.js';

let asOf = null;

/** The instant the dashboard shows (an ISO-8601 string), or null for now. */
export function setAsOf(instant) {
  asOf = instant || null;
}

function url(path, parameters = {}) {
  const query = new URLSearchParams();
  Object.entries(parameters).forEach(([name, value]) => {
    if (value !== null && value !== undefined) {
      query.set(name, value);
    }
  });
  if (asOf) {
    query.set('at', asOf);
  }
  const encoded = query.toString();
  return encoded ? `${path}?${encoded}` : path;
}

const campaign = (id) => `/api/campaigns/${encodeURIComponent(id)}`;

export const read = {
  districts: () => json('/api/districts'), // the districts are the same whatever the day
  campaigns: (districtCode) => json(url('/api/campaigns', { districtCode })),
  progress: (id) => json(url(campaign(id))),
  outlook: (id) => json(url(`${campaign(id)}/outlook`)),
  ranking: (id, level) => json(url(`${campaign(id)}/ranking`, { level })),
  // The district's own statistics, for an area below it named by areaCode.
  partyCoverage: (districtCode, areaCode) => json(url('/api/statistics/party-coverage', { districtCode, areaCode })),
  governance: (districtCode, areaCode) => json(url('/api/statistics/governance', { districtCode, areaCode })),
  compounds: (districtCode, areaCode) => json(url('/api/statistics/compounds', { districtCode, areaCode })),
};
