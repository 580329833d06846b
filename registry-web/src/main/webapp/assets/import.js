// The import's upload progress, from htmx's upload events.
(function () {
  'use strict';
  const progress = document.getElementById('import-progress');
  if (!progress) return;
  document.body.addEventListener('htmx:xhr:loadstart', () => { progress.hidden = false; progress.value = 0; });
  document.body.addEventListener('htmx:xhr:progress', (event) => {
    if (event.detail.lengthComputable) progress.value = Math.round((100 * event.detail.loaded) / event.detail.total);
  });
  document.body.addEventListener('htmx:xhr:loadend', () => { progress.value = 100; });
}());
