// The default page: one viewer filling the window and owning the address bar's hash.
// ?data=URL opens another catalogue of this site (the element's same-origin attribute refuses
// another site's). window.vitrine is the element, for scripts and tests.
(function () {
  'use strict';
  const viewer = document.getElementById('vitrine-root');
  const data = new URLSearchParams(location.search).get('data');
  if (data) viewer.setAttribute('data', data);
  window.vitrine = viewer;
})();
