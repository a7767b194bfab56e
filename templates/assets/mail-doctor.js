/* Mail Doctor pages: small enhancements only; every page works without JavaScript. */
(function () {
  'use strict';

  function setUpCopyButtons() {
    if (!navigator.clipboard) return;
    var buttons = document.querySelectorAll('.md-copy');
    Array.prototype.forEach.call(buttons, function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        var value = button.getAttribute('data-copy') || '';
        var label = button.textContent;
        navigator.clipboard.writeText(value).then(function () {
          button.textContent = button.getAttribute('data-copied') || label;
          window.setTimeout(function () { button.textContent = label; }, 2000);
        }, function () { /* the value stays visible for copying by hand */ });
      });
    });
  }

  /* Opening a group from a link (#group-2) expands its messages. */
  function openTargetGroup() {
    var id = window.location.hash.slice(1);
    if (!/^group-\d+$/.test(id)) return;
    var group = document.getElementById(id);
    var details = group && group.querySelector('details.md-messages');
    if (details) details.open = true;
  }

  /* Filter selects apply at once; the submit button stays for keyboards and no-JS. */
  function autoSubmitFilters() {
    var selects = document.querySelectorAll('.md-filter select');
    Array.prototype.forEach.call(selects, function (select) {
      select.addEventListener('change', function () {
        if (select.form) select.form.requestSubmit ? select.form.requestSubmit() : select.form.submit();
      });
    });
  }

  function start() {
    setUpCopyButtons();
    openTargetGroup();
    autoSubmitFilters();
    window.addEventListener('hashchange', openTargetGroup);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
