// The burndown: unmanaged compounds month by month since launch, the
// baseline, the milestones' thresholds, the target month and the dashed
// projection at the recent pace. Chart.js is the global Chart of its WebJar.
import { i18n } from '../i18n.js';

const COLOURS = { actual: '#c92a2a', baseline: '#868e96', projection: '#1c7ed6', milestone: '#e67700', target: '#2b8a3e' };
/** How far a projection that never clears is drawn past the target. */
const NEVER_MONTHS = 6;
/** A projection further out than this is drawn to here and marked as going on. */
const HORIZON_MONTHS = 36;

let chart = null;

const monthOf = (isoDate) => isoDate.substring(0, 7);

function addMonths(yearMonth, n) {
  const [y, m] = yearMonth.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

function monthsBetween(from, to) {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm);
}

// A vertical line at the target month, drawn by the chart itself so it prints with it.
const targetLine = {
  id: 'targetLine',
  afterDatasetsDraw(c, args, options) {
    if (options.index === undefined || options.index < 0) {
      return;
    }
    const x = c.scales.x.getPixelForValue(options.index);
    const { top, bottom } = c.chartArea;
    const ctx = c.ctx;
    ctx.save();
    ctx.strokeStyle = COLOURS.target;
    ctx.setLineDash([2, 3]);
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = COLOURS.target;
    ctx.font = '11px sans-serif';
    ctx.textAlign = 'right';
    ctx.fillText(options.label, x - 3, top + 11);
    ctx.restore();
  },
};

/** The months the chart spans: from launch to the later of the target, the last milestone and the projection. */
function span(outlook) {
  const p = outlook.projection;
  const first = outlook.months[0].month;
  const current = outlook.months[outlook.months.length - 1].month;
  let last = monthOf(outlook.targetDate);
  outlook.milestones.forEach((m) => { if (monthOf(m.due) > last) last = monthOf(m.due); });
  if (p.projectedClearance) {
    const projected = monthOf(p.projectedClearance);
    const capped = addMonths(current, HORIZON_MONTHS);
    const end = projected > capped ? capped : projected;
    if (end > last) last = end;
  } else if (p.never) {
    const end = addMonths(last, NEVER_MONTHS);
    last = end;
  }
  if (current > last) last = current;
  const months = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) {
    months.push(m);
  }
  return { months, current };
}

export function drawBurndown(canvas, outlook) {
  if (chart) {
    chart.destroy();
  }
  const p = outlook.projection;
  const { months, current } = span(outlook);
  const actual = new Map(outlook.months.map((m) => [m.month, m.unmanagedAtEnd]));
  const rate = Number(p.ratePerMonth);
  const projectedMonth = p.projectedClearance ? monthOf(p.projectedClearance) : null;
  // From the compounds unmanaged now, at the recent rate, never below nought.
  const projection = months.map((m) => {
    if (m < current) return null;
    if (projectedMonth && m >= projectedMonth) return m === projectedMonth ? 0 : null;
    return Math.max(0, p.remaining - rate * monthsBetween(current, m));
  });
  const milestones = months.map((m) => {
    const due = outlook.milestones.find((s) => monthOf(s.due) === m);
    return due ? due.maxUnmanaged : null;
  });
  const targetIndex = months.indexOf(monthOf(outlook.targetDate));
  chart = new Chart(canvas, {
    data: {
      labels: months.map((m) => i18n.month(m)),
      datasets: [
        { type: 'line', label: i18n.t('seriesActual'), data: months.map((m) => (actual.has(m) ? actual.get(m) : null)),
          borderColor: COLOURS.actual, backgroundColor: COLOURS.actual, borderWidth: 2.5, pointRadius: 2.5, tension: 0.15 },
        { type: 'line', label: i18n.t('seriesProjection'), data: projection, spanGaps: true,
          borderColor: COLOURS.projection, backgroundColor: COLOURS.projection, borderDash: [6, 4], pointRadius: 0,
          borderWidth: 2 },
        { type: 'line', label: i18n.t('seriesBaseline', outlook.baseline), data: months.map(() => outlook.baseline),
          borderColor: COLOURS.baseline, borderDash: [2, 2], borderWidth: 1, pointRadius: 0 },
        { type: 'line', label: i18n.t('seriesMilestones'), data: milestones, showLine: false,
          borderColor: COLOURS.milestone, backgroundColor: COLOURS.milestone, pointStyle: 'triangle', pointRadius: 7 },
      ],
    },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      plugins: {
        legend: { labels: { boxWidth: 12, font: { size: 11 } } },
        targetLine: { index: targetIndex, label: i18n.t('seriesTarget') },
      },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } }, x: { ticks: { autoSkip: true, maxRotation: 0 } } },
    },
    plugins: [targetLine],
  });
  return chart;
}

/** Redraws at the new size, for printing. */
export function resizeBurndown() {
  if (chart) {
    chart.resize();
  }
}
