// The map page: its layers and panels, joined through the page state. Each
// district chosen is shown on the map and in the campaign panel together.
import { json } from './api.js';
import { i18n } from './i18n.js';
import { state } from './state.js';
import { showUser } from './session.js';
import { fail, showDistrict } from './map.js';
import './layout.js';
import './layers/grids.js';
import './layers/compounds.js';
import './layers/problems.js';
import './layers/areas.js';
import { loadCampaign, showNoCampaign } from './panels/campaign.js';
import { offerDistricts } from './panels/side-panel.js';
import { offerDays } from './panels/time.js';
import './panels/filters.js';
import './panels/search.js';
import './panels/changes.js';
import { startEditor } from './editor/editor.js';

// Runs a step of loading the page; when it fails, the bar offers to run that step again, and only that step
// (the campaign panel has its own retry button).
function attempt(step) {
  return step().catch(() => fail(() => attempt(step)));
}

state.on('district', (districtCode) => {
  attempt(() => showDistrict(districtCode));
  loadCampaign(districtCode);
  attempt(() => offerDaysOf(districtCode));
});

// The campaign as it stood on the day the map shows (the layers follow in map.js).
state.on('asOf', () => {
  if (state.get('district')) {
    loadCampaign(state.get('district'));
  }
});

/** The slider offers the days since the district was entered. */
async function offerDaysOf(districtCode) {
  const district = await json(`/api/districts/${encodeURIComponent(districtCode)}`);
  offerDays(district.registeredOn);
}

async function offerTheDistricts() {
  const districts = await json('/api/districts');
  if (offerDistricts(districts) === null) {
    showNoCampaign();
    await showDistrict('');
  }
}

async function start() {
  const user = await showUser();
  startEditor(user);
  await attempt(offerTheDistricts);
}

i18n.setLanguage(i18n.language());
// Without knowing who is signed in nothing else can start: its retry loads the page again.
start().catch(() => fail(() => window.location.reload()));
