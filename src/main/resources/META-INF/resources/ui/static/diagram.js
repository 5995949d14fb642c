// The process diagram on the case page (bpmn-js navigated viewer, served from the jar) with the
// case's current user task marked by the CSS class current-step.
(function () {
  'use strict';
  var container = document.getElementById('diagram');
  if (!container || typeof BpmnJS === 'undefined') {
    return;
  }
  var viewer = new BpmnJS({ container: container });
  fetch(container.dataset.model, { credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.text();
    })
    .then(function (xml) {
      return viewer.importXML(xml);
    })
    .then(function () {
      var canvas = viewer.get('canvas');
      canvas.zoom('fit-viewport');
      var step = container.dataset.currentStep;
      if (step) {
        canvas.addMarker(step, 'current-step');
      }
      container.setAttribute('data-rendered', 'true');
    })
    .catch(function (error) {
      container.textContent = '流程图无法显示：' + error.message;
    });
})();
