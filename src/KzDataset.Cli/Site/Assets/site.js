// kz site: the only script. Plain DOM, no framework: sorting of the articles table, the toggle of
// excluded spans, and the quote search over search-index.js. Seed text is only ever set as
// textContent, never parsed as HTML.
(function () {
  'use strict';

  function compareText(x, y) { return x < y ? -1 : x > y ? 1 : 0; }

  function sortTable(table, button) {
    var th = button.closest('th');
    var headers = Array.prototype.slice.call(th.parentNode.children);
    var column = headers.indexOf(th);
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    var numeric = th.classList.contains('num');
    headers.forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[column].getAttribute('data-value') || '';
      var y = b.cells[column].getAttribute('data-value') || '';
      var c = numeric ? Number(x) - Number(y) : compareText(x, y);
      if (c === 0) c = compareText(a.getAttribute('data-article') || '', b.getAttribute('data-article') || '');
      return ascending ? c : -c;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  function setUpSorting() {
    var table = document.getElementById('articles');
    if (!table) return;
    table.querySelectorAll('thead button[data-sort]').forEach(function (button) {
      button.addEventListener('click', function () { sortTable(table, button); });
    });
  }

  function setUpExcludedToggle() {
    var toggle = document.getElementById('toggle-excluded');
    if (!toggle) return;
    toggle.addEventListener('click', function () {
      var hidden = document.body.classList.toggle('hide-excluded');
      toggle.setAttribute('aria-pressed', hidden ? 'true' : 'false');
      toggle.textContent = hidden ? 'Show the excluded spans' : 'Hide the excluded spans';
    });
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // The quote's text with the first hit in a <mark>; all of it as text nodes.
  function markedQuote(text, needle) {
    var quote = element('q', 'kz-result-text');
    var lower = text.toLowerCase();
    var at = lower.length === text.length ? lower.indexOf(needle) : -1;
    if (at < 0) { quote.textContent = text; return quote; }
    quote.appendChild(document.createTextNode(text.slice(0, at)));
    quote.appendChild(element('mark', null, text.slice(at, at + needle.length)));
    quote.appendChild(document.createTextNode(text.slice(at + needle.length)));
    return quote;
  }

  function setUpSearch() {
    var input = document.getElementById('search');
    var list = document.getElementById('search-results');
    var status = document.getElementById('search-status');
    var index = window.kzSearchIndex;
    if (!input || !list || !Array.isArray(index)) return;
    var limit = 200;
    var form = document.getElementById('search-form');
    if (form) form.addEventListener('submit', function (e) { e.preventDefault(); });

    function run() {
      var needle = input.value.trim().toLowerCase();
      list.textContent = '';
      if (needle.length < 2) { status.textContent = 'Type at least two letters.'; return; }
      var hits = index.filter(function (q) {
        return q.text.toLowerCase().indexOf(needle) >= 0 || q.speaker.toLowerCase().indexOf(needle) >= 0 || q.article.toLowerCase().indexOf(needle) >= 0;
      });
      hits.slice(0, limit).forEach(function (q) {
        var item = element('li', 'kz-result');
        var link = element('a', null);
        link.href = q.href;
        link.appendChild(markedQuote(q.text, needle));
        item.appendChild(link);
        var meta = element('div', 'kz-result-meta');
        meta.appendChild(element('span', 'kz-result-speaker', q.speaker));
        meta.appendChild(document.createTextNode(' in '));
        meta.appendChild(element('cite', null, q.article));
        meta.appendChild(document.createTextNode(' (' + q.outlet + ')'));
        item.appendChild(meta);
        list.appendChild(item);
      });
      status.textContent = hits.length === 0 ? 'No quote matches.'
        : hits.length > limit ? hits.length + ' quotes match; the first ' + limit + ' are shown.'
        : hits.length + (hits.length === 1 ? ' quote matches.' : ' quotes match.');
    }

    input.addEventListener('input', run);
    var query = new URLSearchParams(window.location.search).get('q');
    if (query) { input.value = query; }
    if (input.value) run();
  }

  function start() {
    setUpSorting();
    setUpExcludedToggle();
    setUpSearch();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}());
