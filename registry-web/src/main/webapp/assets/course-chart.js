// The patient chart's blood counts over time: hemoglobin, ANC and platelets on three stacked axes sharing one
// time axis, the treatment lines as shaded spans across all three (labelled above them) and transplants as dashed
// lines. It draws what the page's data block holds (the API's values); the table under it shows the same numbers.
(function () {
  'use strict';
  const DAY = 86400000;
  const data = document.getElementById('course-data');
  const canvas = document.getElementById('counts-chart');
  if (!data || !canvas || !window.Chart) return;
  const course = JSON.parse(data.textContent);
  const day = (iso) => Date.parse(iso + 'T00:00:00Z') / DAY;
  const label = (d) => new Date(d * DAY).toISOString().slice(0, 10);
  const series = (field) => course.counts
    .filter((c) => c[field] !== null)
    .map((c) => ({ x: day(c.date), y: Number(c[field]), transfused: c.transfused }));
  const dates = course.counts.map((c) => day(c.date));
  const first = Math.min(...dates, ...course.lines.map((l) => day(l.start)));
  const last = Math.max(...dates);
  const margin = Math.max(20, (last - first) * 0.02);
  const shades = ['rgba(139, 30, 63, 0.09)', 'rgba(24, 94, 138, 0.10)', 'rgba(112, 92, 20, 0.12)', 'rgba(47, 111, 62, 0.10)'];

  // Chart.js's plugin hook: the lines as spans over the whole plot, transplants as dashed lines, labels on top
  const course_marks = {
    id: 'courseMarks',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea: area, scales: { x } } = chart;
      ctx.save();
      ctx.font = '11px system-ui, sans-serif';
      ctx.textBaseline = 'bottom';
      course.lines.forEach((line, i) => {
        const from = Math.max(area.left, x.getPixelForValue(day(line.start)));
        const to = Math.min(area.right, x.getPixelForValue(line.end ? day(line.end) : last));
        ctx.fillStyle = shades[i % shades.length];
        ctx.fillRect(from, area.top, Math.max(2, to - from), area.bottom - area.top);
        ctx.fillStyle = '#38404c';
        ctx.fillText(line.label, from + 2, area.top - 2 - (i % 2) * 13);
      });
      ctx.strokeStyle = '#8b1e3f';
      ctx.lineWidth = 2;
      ctx.setLineDash([6, 3]);
      course.transplants.forEach((date) => {
        const at = x.getPixelForValue(day(date));
        ctx.beginPath();
        ctx.moveTo(at, area.top);
        ctx.lineTo(at, area.bottom);
        ctx.stroke();
      });
      ctx.restore();
    },
  };
  const dataset = (name, field, axis, colour) => ({
    label: name, data: series(field), yAxisID: axis, borderColor: colour, backgroundColor: colour,
    pointRadius: 2.5, pointHoverRadius: 5, borderWidth: 1.5, tension: 0,
    pointStyle: (ctx) => (ctx.raw && ctx.raw.transfused ? 'triangle' : 'circle'),
  });
  new window.Chart(canvas, {
    type: 'line',
    plugins: [course_marks],
    data: {
      datasets: [
        dataset('Hemoglobin (g/L)', 'hemoglobin', 'hb', '#185e8a'),
        dataset('ANC (×10⁹/L)', 'anc', 'anc', '#2f6f3e'),
        dataset('Platelets (×10⁹/L)', 'platelets', 'plt', '#8a4b10'),
      ],
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      parsing: false,
      layout: { padding: { top: 30 } },
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      scales: {
        x: { type: 'linear', min: first - margin, max: last + margin, ticks: { callback: (v) => label(v), maxTicksLimit: 8 } },
        // stacked from the bottom up: platelets, ANC, hemoglobin on top
        plt: { type: 'linear', stack: 'counts', stackWeight: 1, offset: true, beginAtZero: true, title: { display: true, text: 'Platelets' } },
        anc: { type: 'linear', stack: 'counts', stackWeight: 1, offset: true, beginAtZero: true, title: { display: true, text: 'ANC' } },
        hb: { type: 'linear', stack: 'counts', stackWeight: 1, offset: true, title: { display: true, text: 'Hb g/L' } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 12 } },
        tooltip: {
          callbacks: {
            title: (items) => (items.length ? label(items[0].raw.x) : ''),
            label: (item) => item.dataset.label + ': ' + item.raw.y + (item.raw.transfused ? ' (after a transfusion)' : ''),
          },
        },
      },
    },
  });
}());
