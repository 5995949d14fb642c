// Small enhancements of the server-rendered pages; every form also works as plain HTML.
(function () {
  'use strict';

  // Action openers on the case page: a button shows or hides its form (aria-expanded tells screen readers).
  document.querySelectorAll('.action-opener').forEach(function (opener) {
    opener.addEventListener('click', function () {
      var panel = document.getElementById(opener.getAttribute('aria-controls'));
      var open = opener.getAttribute('aria-expanded') === 'true';
      opener.setAttribute('aria-expanded', String(!open));
      panel.hidden = open;
      if (!open) {
        var first = panel.querySelector('input:not([type=hidden]), select, textarea');
        if (first) {
          first.focus();
        }
      }
    });
  });

  // A refused form's summary gets the focus, so keyboard and screen-reader users hear what to correct.
  var summary = document.querySelector('.error-summary');
  if (summary) {
    summary.setAttribute('tabindex', '-1');
    summary.focus();
  }

  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () {
      window.print();
    });
  });
})();
