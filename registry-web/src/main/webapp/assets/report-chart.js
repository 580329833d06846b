// Kaplan–Meier and cumulative-incidence curves of a report page, drawn from the API's JSON in the page's data
// block: step curves per group with their 95% band, censored patients marked with a cross on survival curves,
// the estimate and its interval on hover, and the number at risk written under the time axis, aligned with it.
(function () {
  'use strict';
  const block = document.getElementById('report-data');
  if (!block || !window.Chart) return;
  const report = JSON.parse(block.textContent);
  // after Okabe–Ito (told apart with every kind of colour vision), darkened to 4.5:1 on white for the numbers at risk
  const COLOURS = ['#0072B2', '#B34700', '#00795C', '#A1417E', '#6F5200', '#2E6A99', '#222222', '#6A4599'];
  const labelBlock = document.getElementById('code-labels');
  const names = labelBlock ? JSON.parse(labelBlock.textContent) : {};

  function percent(v) { return v === null || v === undefined ? 'NA' : (100 * v).toFixed(1) + '%'; }

  function draw(canvasId, result, kind) {
    const canvas = document.getElementById(canvasId);
    if (!canvas || !result) return;
    const value = kind === 'incidence' ? 'estimate' : 'survival';
    const datasets = [];
    // the 95% bands help with a few groups and hide everything with many; the table gives every interval
    const bands = result.groups.length <= 3;
    const until = Math.max(...result.groups.flatMap((g) => (g.atRisk || []).map((a) => a.time)), 0) || undefined;
    result.groups.forEach((group, g) => {
      const colour = COLOURS[g % COLOURS.length];
      const start = { x: 0, y: kind === 'incidence' ? 0 : 1, lower: null, upper: null };
      const points = [start].concat(group.curve.map((p) => ({ x: p.time, y: p[value], lower: p.lower, upper: p.upper, atRisk: p.atRisk })));
      const label = names[group.name] || group.name;
      datasets.push({ label, data: points, stepped: 'after', borderColor: colour, backgroundColor: colour, borderWidth: 2, pointRadius: 0, pointHitRadius: 6, order: 1 });
      if (bands) {
        datasets.push({ label: label + ' lower', data: points.map((p) => ({ x: p.x, y: p.lower ?? p.y })), stepped: 'after', borderWidth: 0, pointRadius: 0, fill: false, order: 3, hidden95: true });
        datasets.push({ label: label + ' upper', data: points.map((p) => ({ x: p.x, y: p.upper ?? p.y })), stepped: 'after', borderWidth: 0, pointRadius: 0, fill: '-1', backgroundColor: colour + '1f', order: 3, hidden95: true });
      }
      if (kind === 'survival') {
        const censored = group.curve.filter((p) => p.censored > 0).map((p) => ({ x: p.time, y: p.survival, censored: p.censored }));
        datasets.push({ label: label + ' censored', data: censored, showLine: false, pointStyle: 'cross', pointRadius: 5, pointBorderWidth: 1.5, borderColor: colour, order: 2, censorMarks: true });
      }
    });
    const chart = new window.Chart(canvas, {
      type: 'line',
      data: { datasets },
      options: {
        maintainAspectRatio: false,
        animation: false,
        parsing: false,
        interaction: { mode: 'nearest', intersect: false },
        scales: {
          x: { type: 'linear', min: 0, max: until, title: { display: true, text: 'Days from ' + (result.origin || 'origin').toLowerCase().replace(/_/g, ' ') } },
          y: { min: 0, max: 1, title: { display: true, text: kind === 'incidence' ? 'Cumulative incidence' : 'Probability' }, ticks: { callback: (v) => (100 * v).toFixed(0) + '%' } },
        },
        plugins: {
          legend: { position: 'top', labels: { filter: (item, data) => { const d = data.datasets[item.datasetIndex]; return !d.hidden95 && !d.censorMarks; } } },
          tooltip: {
            filter: (item) => !item.dataset.hidden95,
            callbacks: {
              title: (items) => (items.length ? 'Day ' + items[0].raw.x + ' (' + (items[0].raw.x / 30.4375).toFixed(1) + ' months)' : ''),
              label: (item) => {
                if (item.dataset.censorMarks) return item.dataset.label.replace(' censored', '') + ': ' + item.raw.censored + ' censored';
                const p = item.raw;
                return item.dataset.label + ': ' + percent(p.y) + (p.lower !== null && p.lower !== undefined ? ' (95% CI ' + percent(p.lower) + '–' + percent(p.upper) + ')' : '') + (p.atRisk ? ', ' + p.atRisk + ' at risk' : '');
              },
            },
          },
        },
      },
    });
    const rows = document.querySelector('.at-risk-rows[data-chart="' + canvasId + '"]');
    if (rows) atRisk(rows, chart, result);
  }

  // the numbers at risk, each under its time on the axis
  function atRisk(container, chart, result) {
    const place = () => {
      container.replaceChildren();
      const axis = chart.scales.x;
      result.groups.forEach((group, g) => {
        const row = document.createElement('div');
        row.className = 'at-risk';
        row.style.color = COLOURS[g % COLOURS.length];
        group.atRisk.forEach((a) => {
          if (a.time > axis.max) return;
          const cell = document.createElement('span');
          cell.textContent = a.n;
          cell.style.left = axis.getPixelForValue(a.time) + 'px';
          row.append(cell);
        });
        container.append(row);
      });
    };
    place();
    new ResizeObserver(place).observe(chart.canvas);
  }

  draw('survival-chart', report, 'survival');
  draw('incidence-chart', report, 'incidence');
  draw('os-chart', report.overallSurvival, 'survival');
  draw('grfs-chart', report.grfs, 'survival');
}());
