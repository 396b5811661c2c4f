// The side panel: which district, and how its clearance campaign stands,
// with the milestones and the month-by-month trend leadership follows.
(function () {
  'use strict';

  const i18n = window.GridAtlasI18n;
  const select = document.getElementById('district');
  const panel = document.getElementById('campaign');
  const languageButton = document.getElementById('language');
  let current = null;
  let chart = null;

  function text(value) {
    const span = document.createElement('span');
    span.textContent = value;
    return span.innerHTML;
  }

  function renderTexts() {
    document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = i18n.t(el.dataset.i18n); });
    document.title = `${i18n.t('title')} GridAtlas`;
    languageButton.textContent = i18n.t('switchTo');
  }

  function renderCampaign() {
    if (!current) {
      panel.innerHTML = `<h2>${i18n.t('campaign')}</h2><p class="none">${i18n.t('noCampaign')}</p>`;
      panel.dataset.state = 'none';
      return;
    }
    const c = current.progress;
    const share = c.unmanagedAtLaunch === 0 ? 100 : Math.round(100 * c.baselineCleared / c.unmanagedAtLaunch);
    const figure = (key, value) => `<dt>${i18n.t(key)}</dt><dd data-figure="${key}">${value}</dd>`;
    const milestones = c.milestones.map((m) => `<li>${text(i18n.t('milestone', m.label || '', i18n.date(m.due), m.maxUnmanaged))}`
      + `<span class="badge ${m.status}" data-status="${m.status}">${i18n.milestoneStatus(m.status)}</span></li>`).join('');
    panel.innerHTML = `
      <h2>${text(c.name)}</h2>
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
      <h2>${i18n.t('milestones')}</h2><ol>${milestones}</ol>
      <h2>${i18n.t('trend')}</h2><div class="chart"><canvas id="trend"></canvas></div>`;
    panel.querySelector('.progress span').style.width = `${share}%`;
    panel.dataset.state = 'ready';
    drawTrend(current.trend);
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

  async function loadCampaign(districtCode) {
    const campaigns = await window.GridAtlasSession.json(`/api/campaigns?districtCode=${encodeURIComponent(districtCode)}`);
    const latest = campaigns[campaigns.length - 1];
    if (!latest) {
      current = null;
    } else {
      const trend = await window.GridAtlasSession.json(`/api/campaigns/${encodeURIComponent(latest.campaignId)}/trend`);
      current = { progress: latest, trend };
    }
    renderCampaign();
  }

  async function showDistrict(districtCode) {
    const url = new URL(window.location.href);
    url.searchParams.set('district', districtCode);
    window.history.replaceState(null, '', url);
    await Promise.all([window.GridAtlasMap.showDistrict(districtCode), loadCampaign(districtCode)]);
  }

  async function start() {
    await window.GridAtlasSession.showUser();
    const districts = await window.GridAtlasSession.json('/api/districts');
    select.innerHTML = districts.map((d) => `<option value="${text(d.districtCode)}">${text(d.name)}</option>`).join('');
    const wanted = new URL(window.location.href).searchParams.get('district');
    const first = districts.find((d) => d.districtCode === wanted) || districts[0];
    if (first) {
      select.value = first.districtCode;
      await showDistrict(first.districtCode);
    } else {
      await window.GridAtlasMap.showDistrict('');
      renderCampaign();
    }
  }

  select.addEventListener('change', () => showDistrict(select.value).catch(() => window.GridAtlasMap.fail()));
  languageButton.addEventListener('click', () => i18n.setLanguage(i18n.language() === 'zh' ? 'en' : 'zh'));
  i18n.onChange(() => {
    renderTexts();
    renderCampaign();
  });

  i18n.setLanguage(i18n.language());
  start().catch(() => window.GridAtlasMap.fail());
})();
