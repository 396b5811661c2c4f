// The leadership dashboard: one campaign of one district at a glance: its
// figures and governance rates, the burndown with its projection and verdict,
// and its areas ranked. District and campaign are kept in the address, so a
// link (or a printout's URL) opens the same view.
import { i18n, applyTexts, wireLanguageButton } from '../i18n.js';
import { element } from '../dom.js';
import { showUser } from '../session.js';
import { read, setAsOf } from './data.js';
import { drawBurndown, resizeBurndown } from './burndown.js';
import { percent, showRanking, renderRanking } from './ranking.js';

const $ = (id) => document.getElementById(id);
const districtSelect = $('board-district');
const campaignSelect = $('board-campaign');
const stateBox = $('board-state');
const content = $('board-content');

let view = null;
/** What a press of the retry button does again: the step that failed. */
let retry = null;
/** The words the state box shows, as an i18n key and its arguments, so a change of language rewrites them. */
let message = [];

function setState(state, ...words) {
  document.body.dataset.state = state;
  content.hidden = state !== 'ready';
  stateBox.hidden = state === 'ready';
  message = words;
  stateBox.querySelector('.board-message').textContent = words.length ? i18n.t(...words) : '';
  $('board-retry').hidden = state !== 'error';
}

function failed(step, whatKey) {
  return (error) => {
    retry = step;
    setState('error', 'boardFailed', i18n.t(whatKey), error && error.message ? error.message : String(error));
  };
}

function remember(name, value) {
  const url = new URL(window.location.href);
  if (value) url.searchParams.set(name, value); else url.searchParams.delete(name);
  window.history.replaceState(null, '', url);
}

const wanted = (name) => new URL(window.location.href).searchParams.get(name);

// ---------------------------------------------------------------- choosing

// A link from the map while it shows the past opens the dashboard as of that day.
setAsOf(wanted('at'));

async function start() {
  setState('loading', 'boardLoading');
  await showUser();
  const districts = await read.districts();
  districtSelect.replaceChildren(...districts.map((d) => {
    const option = element('option', null, d.name);
    option.value = d.districtCode;
    return option;
  }));
  const first = districts.find((d) => d.districtCode === wanted('district')) || districts[0];
  if (!first) {
    setState('empty', 'noDistricts');
    return;
  }
  districtSelect.value = first.districtCode;
  await openDistrict(first.districtCode, wanted('campaign'));
}

async function openDistrict(districtCode, campaignId) {
  setState('loading', 'boardLoading');
  remember('district', districtCode);
  const campaigns = await read.campaigns(districtCode);
  campaignSelect.replaceChildren(...campaigns.map((c) => {
    const option = element('option', null, c.areaLevel === 'DISTRICT' ? c.name : `${c.areaName || c.areaCode} · ${c.name}`);
    option.value = c.campaignId;
    return option;
  }));
  campaignSelect.disabled = campaigns.length === 0;
  if (campaigns.length === 0) {
    remember('campaign', null);
    view = null;
    setState('empty', 'noCampaign');
    return;
  }
  // the district's latest own campaign leads, as on the map page; the latest of any level when it has none
  const own = campaigns.filter((c) => c.areaLevel === 'DISTRICT');
  const lead = campaigns.find((c) => c.campaignId === campaignId)
    || (own.length > 0 ? own[own.length - 1] : campaigns[campaigns.length - 1]);
  campaignSelect.value = lead.campaignId;
  await openCampaign(lead.campaignId);
}

const level = () => document.querySelector('input[name=ranking-level]:checked').value;

async function openCampaign(campaignId) {
  setState('loading', 'boardLoading');
  remember('campaign', campaignId);
  const progress = await read.progress(campaignId);
  const area = progress.areaLevel === 'DISTRICT' ? null : progress.areaCode;
  const district = progress.districtCode;
  const [outlook, ranking, party, governance, compounds] = await Promise.all([
    read.outlook(campaignId), read.ranking(campaignId, level()),
    read.partyCoverage(district, area), read.governance(district, area), read.compounds(district, area),
  ]);
  view = { progress, outlook, ranking, party, governance, compounds };
  setState('ready');
  render();
}

async function changeLevel() {
  if (!view) return;
  const status = $('ranking-state');
  status.textContent = i18n.t('boardLoading');
  try {
    view.ranking = await read.ranking(view.progress.campaignId, level());
    status.textContent = '';
    showRanking(view.ranking);
  } catch (error) {
    status.textContent = i18n.t('rankingFailed', error.message);
  }
}

// ---------------------------------------------------------------- showing

const share = (part, whole) => (whole ? part / whole : null);

function figure(list, key, value, detail) {
  const box = element('div', 'big-figure');
  box.dataset.figure = key;
  box.append(element('dt', null, i18n.t(key)), element('dd', 'value', value));
  if (detail) box.append(element('dd', 'detail', detail));
  list.append(box);
}

function renderHead() {
  const { progress: c, outlook } = view;
  $('board-name').textContent = c.name;
  $('board-meta').textContent = [c.areaName || c.areaCode, i18n.t('launchedOn', i18n.date(c.launchedOn)),
    i18n.t('targetOn', i18n.date(c.targetDate)), c.closedOn ? i18n.t('closedOn', i18n.date(c.closedOn)) : null]
    .filter(Boolean).join(' · ');
  $('board-restricted').hidden = !c.restrictedTo;
  const p = outlook.projection;
  const box = $('board-verdict');
  box.dataset.verdict = p.verdict;
  box.querySelector('.verdict-word').textContent = i18n.t(`verdict_${p.verdict}`);
  let date;
  if (p.reason === 'CLEARED') date = i18n.t('projectedCleared');
  else if (p.never) date = i18n.t('projectedNever');
  else date = i18n.t('projectedOn', i18n.date(p.projectedClearance));
  box.querySelector('.verdict-date').textContent = date;
  box.querySelector('.verdict-why').textContent = i18n.t(`reason_${p.reason}`, outlook.graceMonths);
}

function renderFigures() {
  const { progress: c, party, governance, compounds } = view;
  const progress = $('board-progress');
  progress.replaceChildren();
  figure(progress, 'figBaseline', i18n.number(c.unmanagedAtLaunch), i18n.t('figBaselineDetail', i18n.number(c.compoundsAtLaunch)));
  figure(progress, 'figCleared', i18n.number(c.baselineCleared),
    percent(share(c.baselineCleared, c.unmanagedAtLaunch)));
  figure(progress, 'figRelapses', i18n.number(c.relapsesSinceLaunch));
  figure(progress, 'figFound', i18n.number(c.foundUnmanagedSinceLaunch));
  figure(progress, 'figRemaining', i18n.number(c.unmanagedNow));
  const rates = $('board-governance');
  rates.replaceChildren();
  figure(rates, 'figPartyCompounds', percent(share(party.compounds.covered, party.compounds.total)),
    i18n.t('ofTotal', i18n.number(party.compounds.covered), i18n.number(party.compounds.total)));
  figure(rates, 'figPartyGrids', percent(share(party.grids.covered, party.grids.total)),
    i18n.t('ofTotal', i18n.number(party.grids.covered), i18n.number(party.grids.total)));
  figure(rates, 'figOwnersCommittees', percent(share(governance.ownersCommittees, compounds.compounds)),
    i18n.t('ofTotal', i18n.number(governance.ownersCommittees), i18n.number(compounds.compounds)));
  figure(rates, 'figSubsidy', i18n.t('yuan', i18n.number(Number(compounds.subsidyCommitmentYuan))));
}

function renderProjection() {
  const { outlook } = view;
  const p = outlook.projection;
  const w = p.window;
  const months = w.partial ? i18n.t('windowSoFar', i18n.month(w.firstMonth))
    : i18n.t('windowMonths', Number(w.months), i18n.month(w.firstMonth), i18n.month(w.lastMonth));
  const parts = [
    i18n.t('windowFigures', months, w.clearances, w.relapses, w.found, w.net, Number(p.ratePerMonth).toFixed(2)),
    p.reason === 'CLEARED' ? i18n.t('projectionCleared')
      : p.never ? i18n.t('projectionNever', p.remaining)
        : i18n.t('projectionDate', p.remaining, Number(p.monthsToClear).toFixed(1), i18n.date(p.projectedClearance)),
    i18n.t('projectionTarget', i18n.date(p.targetDate), i18n.date(p.graceUntil)),
  ];
  const next = p.milestonesAhead[0];
  if (next) {
    parts.push(i18n.t(next.withinThreshold ? 'nextMilestoneWithin' : 'nextMilestoneOver', next.label || '',
      i18n.date(next.due), next.maxUnmanaged, next.projectedUnmanaged));
  }
  $('board-projection').textContent = parts.join(i18n.t('sentenceBreak'));
  drawBurndown($('burndown'), outlook);
}

function render() {
  if (!view) return;
  renderHead();
  renderFigures();
  renderProjection();
  showRanking(view.ranking);
}

function renderTexts() {
  applyTexts();
  document.title = `${i18n.t('dashboardTitle')} GridAtlas`;
  if (message.length) {
    stateBox.querySelector('.board-message').textContent = i18n.t(...message);
  }
}

// ---------------------------------------------------------------- wiring

districtSelect.addEventListener('change', () => {
  retry = () => openDistrict(districtSelect.value, null);
  retry().catch(failed(retry, 'campaign'));
});
campaignSelect.addEventListener('change', () => {
  retry = () => openCampaign(campaignSelect.value);
  retry().catch(failed(retry, 'campaign'));
});
document.querySelectorAll('input[name=ranking-level]').forEach((input) => input.addEventListener('change', changeLevel));
$('board-retry').addEventListener('click', () => {
  const again = retry || start;
  again().catch(failed(again, 'dashboardTitle'));
});
$('board-print').addEventListener('click', () => window.print());
window.addEventListener('beforeprint', resizeBurndown);
window.addEventListener('afterprint', resizeBurndown);
wireLanguageButton();
i18n.onChange(() => { renderTexts(); render(); renderRanking(); });

i18n.setLanguage(i18n.language());
start().catch(failed(start, 'dashboardTitle'));
