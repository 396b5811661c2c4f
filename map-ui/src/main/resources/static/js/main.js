// The map page: its layers and panels, joined through the page state. Each
// district chosen is shown on the map and in the campaign panel together.
import { json } from './api.js';
import { i18n } from './i18n.js';
import { state } from './state.js';
import { showUser } from './session.js';
import { fail, showDistrict } from './map.js';
import './layers/grids.js';
import './layers/compounds.js';
import './layers/problems.js';
import { loadCampaign, renderCampaign } from './panels/campaign.js';
import { offerDistricts } from './panels/side-panel.js';
import { offerDays } from './panels/time.js';
import './panels/changes.js';
import { startEditor } from './editor/editor.js';

state.on('district', (districtCode) => {
  Promise.all([showDistrict(districtCode), loadCampaign(districtCode), offerDaysOf(districtCode)]).catch(fail);
});

/** The slider offers the days since the district was entered. */
async function offerDaysOf(districtCode) {
  const district = await json(`/api/districts/${encodeURIComponent(districtCode)}`);
  offerDays(district.registeredOn);
}

async function start() {
  const user = await showUser();
  startEditor(user);
  const districts = await json('/api/districts');
  if (offerDistricts(districts) === null) {
    await showDistrict('');
    renderCampaign();
  }
}

i18n.setLanguage(i18n.language());
start().catch(fail);
