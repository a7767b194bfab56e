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
    if (!/^(finding|other|unchecked)-\d+$/.test(id)) return;
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

  /*
   * Times are written in UTC by the server (it cannot know the reader's zone);
   * here each <time datetime> is rewritten into the reader's local time with
   * the zone's name, inside its sentence.
   */
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function utcText(d) {
    return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()) + ' ' + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()) + ' UTC';
  }
  function localText(d) {
    var zone = '';
    try {
      var parts = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { timeZoneName: 'short' }).formatToParts(d);
      parts.forEach(function (p) { if (p.type === 'timeZoneName') zone = p.value; });
    } catch (e) { zone = ''; }
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes()) + (zone ? ' ' + zone : '');
  }
  function localTimes() {
    var times = document.querySelectorAll('.md time[datetime]');
    Array.prototype.forEach.call(times, function (el) {
      var d = new Date(el.getAttribute('datetime'));
      if (isNaN(d.getTime())) return;
      var utc = utcText(d);
      if (el.textContent.indexOf(utc) < 0) return;
      el.textContent = el.textContent.replace(utc, localText(d));
      el.title = utc;
    });
  }

  function start() {
    localTimes();
    setUpCopyButtons();
    openTargetGroup();
    autoSubmitFilters();
    window.addEventListener('hashchange', openTargetGroup);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
