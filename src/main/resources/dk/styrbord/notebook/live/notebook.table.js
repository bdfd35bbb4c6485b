/*
 * The live notebook's table output: every row in the DOM inside a scroll box with a sticky header,
 * numeric columns right-aligned, and a click on a header sorting by that column (again: the other
 * way). Numeric columns sort as numbers written the way people write them: "12 345", "12.345,6",
 * "12,345.6", "-3,4", "1.5".
 */
(function () {
  'use strict';

  /** The number a cell's text means, or NaN when it is not a number (blank, "n/a", ...). */
  function parseNumber(text) {
    var s = String(text == null ? '' : text).replace(/[\s\u00a0\u202f']/g, '').replace(/\u2212/g, '-').replace(/%$/, '');
    if (s === '' || !/^[-+]?[0-9.,]+$/.test(s)) {
      return NaN;
    }
    var lastComma = s.lastIndexOf(',');
    var lastPoint = s.lastIndexOf('.');
    if (lastComma >= 0 && lastPoint >= 0) {
      // both: the last one is the decimal mark, the other groups thousands
      var decimal = lastComma > lastPoint ? ',' : '.';
      var grouping = decimal === ',' ? /\./g : /,/g;
      s = s.replace(grouping, '').replace(decimal, '.');
    } else if (lastComma >= 0) {
      // one comma is a Danish decimal comma; several group thousands
      s = s.indexOf(',') === lastComma ? s.replace(',', '.') : s.replace(/,/g, '');
    } else if (lastPoint >= 0 && s.indexOf('.') !== lastPoint) {
      s = s.replace(/\./g, '');
    }
    return Number(s);
  }

  function grouped(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  }

  function compareNumeric(a, b) {
    var x = a.key, y = b.key;
    var xNaN = isNaN(x), yNaN = isNaN(y);
    if (xNaN || yNaN) {
      return xNaN === yNaN ? 0 : (xNaN ? 1 : -1);
    }
    return x - y;
  }

  var collator = new Intl.Collator('da', {numeric: true, sensitivity: 'base'});

  function sortBy(table, column, numeric) {
    var tbody = table.tBodies[0];
    var ths = table.tHead.rows[0].cells;
    var th = ths[column];
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    var entries = Array.prototype.map.call(tbody.rows, function (tr) {
      var text = tr.cells[column] ? tr.cells[column].textContent : '';
      return {tr: tr, key: numeric ? parseNumber(text) : text, index: Number(tr.dataset.index)};
    });
    entries.sort(function (a, b) {
      var c = numeric ? compareNumeric(a, b) : collator.compare(a.key, b.key);
      if (!ascending && !(numeric && (isNaN(a.key) || isNaN(b.key)))) {
        c = -c; // blanks stay last both ways
      }
      return c !== 0 ? c : a.index - b.index;
    });
    var fragment = document.createDocumentFragment();
    entries.forEach(function (e) { fragment.appendChild(e.tr); });
    tbody.appendChild(fragment);
    Array.prototype.forEach.call(ths, function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  }

  /** The element showing a table output {caption, columns, numeric, rows, rowCount}. */
  function render(output) {
    var columns = output.columns || [];
    var numeric = output.numeric || [];
    var rows = output.rows || [];
    var rowCount = output.rowCount == null ? rows.length : output.rowCount;

    var figure = document.createElement('figure');
    figure.className = 'output output-table';
    if (output.caption) {
      var caption = document.createElement('figcaption');
      caption.className = 'table-caption';
      caption.textContent = output.caption;
      figure.appendChild(caption);
    }
    var box = document.createElement('div');
    box.className = 'table-scroll';
    box.tabIndex = 0;
    var table = document.createElement('table');
    table.className = 'data';
    var thead = table.createTHead();
    var headRow = thead.insertRow();
    columns.forEach(function (name, c) {
      var th = document.createElement('th');
      th.scope = 'col';
      if (numeric[c]) {
        th.className = 'num';
      }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.title = 'Sort by ' + name + (numeric[c] ? ' (as numbers)' : '') + '; click again for the other way';
      button.textContent = name;
      button.addEventListener('click', function () { sortBy(table, c, !!numeric[c]); });
      th.appendChild(button);
      headRow.appendChild(th);
    });
    var tbody = document.createElement('tbody');
    rows.forEach(function (row, r) {
      var tr = document.createElement('tr');
      tr.dataset.index = r;
      for (var c = 0; c < columns.length; c++) {
        var td = document.createElement('td');
        if (numeric[c]) {
          td.className = 'num';
        }
        td.textContent = row[c] == null ? '' : row[c];
        tr.appendChild(td);
      }
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    box.appendChild(table);
    figure.appendChild(box);

    var foot = document.createElement('div');
    foot.className = 'table-shape';
    foot.textContent = grouped(rowCount) + ' rows × ' + grouped(columns.length) + ' columns'
        + (rowCount > rows.length ? ' (first ' + grouped(rows.length) + ' of ' + grouped(rowCount) + ' rows shown)' : '');
    figure.appendChild(foot);
    return figure;
  }

  window.StyrbordTable = {render: render, parseNumber: parseNumber};
})();
