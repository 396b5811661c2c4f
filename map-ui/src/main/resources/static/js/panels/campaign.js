// The district's clearance campaign as leadership follows it: the figures,
// the milestones and the month-by-month trend (Chart.js, a classic script from
// its WebJar, stays the global Chart); below it the campaigns sub-districts and
// communities run inside the district, and the district's open campaigns
// together, each compound counted once. The ledger (台账) of the campaign shown
// downloads as Excel or CSV as of the instant the page shows (state asOf).
import { json } from '../api.js';
import { i18n } from '../i18n.js';
import { text } from '../dom.js';
import { state, withAsOf } from '../state.js';

const panel = document.getElementById('campaign');
let current = null;
let chart = null;
// loading, failed, none (the district truly has no campaign) or ready; the district asked for, for a retry.
let shown = 'loading';
let asked = null;

// Loading, a failed request (with a button that asks again) and a district without a campaign each say so.
function renderState() {
  const words = { loading: 'campaignLoading', failed: 'campaignFailed', none: 'noCampaign' };
  panel.innerHTML = `<h2>${i18n.t('campaign')}</h2><p class="state ${shown}">${i18n.t(words[shown])}</p>`;
  if (shown === 'failed') {
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'retry';
    retry.textContent = i18n.t('retry');
    retry.addEventListener('click', () => loadCampaign(asked));
    panel.append(retry);
  }
}

export function renderCampaign() {
  panel.dataset.state = shown;
  if (shown !== 'ready') {
    if (chart) {
      chart.destroy();
      chart = null;
    }
    renderState();
    return;
  }
  const c = current.progress;
  const share = c.unmanagedAtLaunch === 0 ? 100 : Math.round(100 * c.baselineCleared / c.unmanagedAtLaunch);
  const figure = (key, value) => `<dt>${i18n.t(key)}</dt><dd data-figure="${key}">${value}</dd>`;
  const milestones = c.milestones.map((m) => `<li>${text(i18n.t('milestone', m.label || '', i18n.date(m.due), m.maxUnmanaged))}`
    + (m.status ? `<span class="badge ${m.status}" data-status="${m.status}">${i18n.milestoneStatus(m.status)}</span>` : '')
    + '</li>').join('');
  panel.innerHTML = `
    <h2>${text(c.name)}</h2>
    ${c.restrictedTo ? `<p class="restricted" data-restricted="${text(c.restrictedTo.join(','))}">${i18n.t('restricted')}</p>` : ''}
    <div class="headline"><span class="remaining" data-figure="unmanagedNow">${c.unmanagedNow}</span>
      <span>${i18n.t('remaining')} ${i18n.t('ofBaseline', c.unmanagedAtLaunch)}</span></div>
    <div class="progress" title="${share}%"><span></span></div>
    <dl class="figures">
      ${figure('baselineCleared', c.baselineCleared)}
      ${figure('clearances', c.clearancesSinceLaunch)}
      ${figure('relapsesSince', c.relapsesSinceLaunch)}
      ${figure('found', c.foundUnmanagedSinceLaunch)}
      ${figure('launched', i18n.date(c.launchedOn))}
      ${figure('target', i18n.date(c.targetDate))}
      ${c.closedOn ? figure('closed', i18n.date(c.closedOn)) : ''}
    </dl>
    <p class="downloads">
      <a class="download" data-ledger="xlsx" download title="${text(i18n.t('ledgerHint'))}">${i18n.t('downloadLedger')}</a>
      <a class="download" data-ledger="csv" download title="${text(i18n.t('ledgerHint'))}">${i18n.t('downloadCsv')}</a>
    </p>
    <h2>${i18n.t('milestones')}</h2><ol>${milestones}</ol>
    <h2>${i18n.t('trend')}</h2><div class="chart"><canvas id="trend"></canvas></div>
    ${renderOthers()}`;
  panel.querySelector('.progress span').style.width = `${share}%`;
  pointDownloads();
  drawTrend(current.trend);
}

// The ledger links of the campaign shown, as of the page's instant (null: now).
function pointDownloads() {
  const asOf = state.get('asOf');
  const at = asOf === null ? '' : `?at=${encodeURIComponent(asOf instanceof Date ? asOf.toISOString() : String(asOf))}`;
  const campaign = encodeURIComponent(current.progress.campaignId);
  panel.querySelectorAll('a[data-ledger]').forEach((link) => {
    link.href = `/api/campaigns/${campaign}/ledger.${link.dataset.ledger}${at}`;
  });
}

// Sub-district and community campaigns, one line each, and the district's open campaigns together.
function renderOthers() {
  if (current.others.length === 0) {
    return '';
  }
  const rows = current.others.map((o) => `<li data-campaign="${text(o.campaignId)}" data-level="${o.areaLevel}">`
    + `<span class="area">${text(o.areaName || o.areaCode)}</span> ${text(o.name)}`
    + `<span class="count" data-left="${o.unmanagedNow}">${i18n.t('leftOf', o.unmanagedNow, o.unmanagedAtLaunch)}</span>`
    + (o.closedOn ? `<span class="done">${i18n.t('closed')}</span>` : '') + '</li>').join('');
  const u = current.summary;
  const summary = u && u.openCampaigns > 1 ? `<dl class="figures summary">
      <dt>${i18n.t('unionBaseline')}</dt><dd data-summary="baseline">${u.baseline}</dd>
      <dt>${i18n.t('baselineCleared')}</dt><dd data-summary="baselineCleared">${u.baselineCleared}</dd>
      <dt>${i18n.t('remaining')}</dt><dd data-summary="unmanagedNow">${u.unmanagedNow}</dd></dl>` : '';
  return `<h2>${i18n.t('areaCampaigns')}</h2><ul class="area-campaigns">${rows}</ul>${summary}`;
}

function drawTrend(trend) {
  if (chart) {
    chart.destroy();
  }
  chart = new Chart(document.getElementById('trend'), {
    data: {
      labels: trend.map((m) => i18n.month(m.month)),
      datasets: [
        { type: 'line', label: i18n.t('trendRemaining'), data: trend.map((m) => m.unmanagedAtEnd),
          borderColor: '#e31a1c', backgroundColor: '#e31a1c', yAxisID: 'left', tension: 0.2 },
        { type: 'bar', label: i18n.t('trendCleared'), data: trend.map((m) => m.clearances),
          backgroundColor: '#2f855a', yAxisID: 'right' },
        { type: 'bar', label: i18n.t('trendRelapsed'), data: trend.map((m) => m.relapses),
          backgroundColor: '#dd6b20', yAxisID: 'right' },
      ],
    },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      plugins: { legend: { labels: { boxWidth: 10, font: { size: 11 } } } },
      scales: {
        left: { position: 'left', beginAtZero: true },
        right: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false } },
      },
    },
  });
}

// The district's latest own campaign leads (or the latest of any level when it has none); the rest follow.
async function fetchCampaign(districtCode) {
  const district = encodeURIComponent(districtCode);
  const campaigns = await json(withAsOf(`/api/campaigns?districtCode=${district}`));
  const own = campaigns.filter((c) => c.areaLevel === 'DISTRICT');
  const lead = own.length > 0 ? own[own.length - 1] : campaigns[campaigns.length - 1];
  if (!lead) {
    return null;
  }
  const others = campaigns.filter((c) => c !== lead);
  const [trend, summary] = await Promise.all([
    json(withAsOf(`/api/campaigns/${encodeURIComponent(lead.campaignId)}/trend`)),
    others.length > 0 ? json(withAsOf(`/api/campaigns/summary?districtCode=${district}`)) : null,
  ]);
  return { progress: lead, trend, others, summary };
}

/** Loads and shows the district's campaign; a failure shows in the panel, with its own retry, and is not thrown. */
export async function loadCampaign(districtCode) {
  asked = districtCode;
  current = null;
  shown = 'loading';
  renderCampaign();
  let loaded;
  let failed = false;
  try {
    loaded = await fetchCampaign(districtCode);
  } catch (error) {
    failed = true;
  }
  if (asked !== districtCode) {
    return; // another district was chosen meanwhile; its own answer will be shown
  }
  current = loaded || null;
  shown = failed ? 'failed' : current ? 'ready' : 'none';
  renderCampaign();
}

/** There is no district to show a campaign of. */
export function showNoCampaign() {
  asked = null;
  current = null;
  shown = 'none';
  renderCampaign();
}

i18n.onChange(renderCampaign);
state.on('asOf', () => {
  if (current) {
    pointDownloads();
  }
});
