// Finds elements for one locator key in ONE round trip: every alternative of the key is tried here,
// in order, and the first one that finds something wins.
// arguments[0]: the search context (an element) or null for the whole document
// arguments[1]: [[kind, value], ...] the key's alternatives
// arguments[2]: 'elements' → the elements of the first alternative that finds any;
//               'probe'    → {index, count} of that alternative (index -1 when none finds anything)
var ctx = arguments[0] || document;
var alternatives = arguments[1];
var mode = arguments[2] || 'elements';

function norm(s) {
  return (s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s\u00a0]+/g, ' ').trim().replace(/\s*[*:]+$/, '').trim().toLowerCase();
}
function visible(e) {
  return !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
}
function inContext(e) {
  return ctx === document || ctx.contains(e);
}
function all(selector, root) {
  return Array.prototype.slice.call((root || ctx).querySelectorAll(selector));
}
function ownText(e) {
  var t = e.getAttribute && e.getAttribute('title');
  var text = e.textContent || '';
  return [text, t];
}
function textIs(e, wanted) {
  var texts = ownText(e);
  return norm(texts[0]) === wanted || (texts[1] && norm(texts[1]) === wanted);
}
function visibleFirst(list) {
  var unique = [];
  list.forEach(function (e) { if (e && unique.indexOf(e) < 0) { unique.push(e); } });
  return unique.filter(visible).concat(unique.filter(function (e) { return !visible(e); }));
}
var CONTROL = 'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=reset]):not([type=image]), select, textarea';
function isControl(e) {
  return !!e && e.matches && e.matches(CONTROL);
}
function firstControlIn(e) {
  if (!e) { return null; }
  if (isControl(e)) { return e; }
  var found = e.querySelectorAll ? e.querySelectorAll(CONTROL) : [];
  for (var i = 0; i < found.length; i++) {
    if (visible(found[i])) { return found[i]; }
  }
  return found.length ? found[0] : null;
}
// Elements whose own text is the label text (short texts only: a whole form is never a label).
function labelsWithText(wanted) {
  var labels = all('label').filter(function (e) { return textIs(e, wanted); });
  if (labels.length) { return labels; }
  return all('td, th, span, div, dt, legend, p, b, strong').filter(function (e) {
    if (e.childElementCount > 4) { return false; }
    var t = e.textContent || '';
    return t.length <= wanted.length * 2 + 20 && textIs(e, wanted) && !e.querySelector(CONTROL);
  });
}
function byLabel(text) {
  var wanted = norm(text);
  var found = [];
  labelsWithText(wanted).forEach(function (label) {
    var target = null;
    var forId = label.getAttribute('for');
    if (forId) {
      target = firstControlIn(document.getElementById(forId));
    }
    if (!target) {
      target = firstControlIn(label.querySelector(CONTROL));
    }
    var row = label.closest('tr');
    if (!target && row) {
      var controls = Array.prototype.slice.call(row.querySelectorAll(CONTROL))
        .filter(function (c) { return !label.contains(c); });
      target = controls.filter(visible)[0] || controls[0] || null;
    }
    // Next to it: the label's following siblings, then its parent's (a label wrapped in a span), never
    // beyond its own table row.
    for (var e = label, depth = 0; !target && e && depth < 2 && (!row || row.contains(e)) && e !== row; e = e.parentElement, depth++) {
      for (var s = e.nextElementSibling; !target && s; s = s.nextElementSibling) {
        target = firstControlIn(s);
      }
    }
    if (!target) {
      // A read-only value (a span) in the next cell or right after the label.
      var cell = label.closest('td, th');
      var next = cell && row ? cell.nextElementSibling : label.nextElementSibling;
      if (next) {
        target = next.querySelector('[title], span, a, div') || next;
      }
    }
    if (target) { found.push(target); }
  });
  return found.filter(inContext);
}
function byButton(text) {
  var wanted = norm(text);
  var found = all('input[type=button], input[type=submit], input[type=reset], input[type=image]').filter(function (e) {
    return norm(e.value) === wanted || norm(e.getAttribute('title')) === wanted;
  });
  found = found.concat(all('button, a, [role=button]').filter(function (e) { return textIs(e, wanted); }));
  return found;
}
function headerCells(row) {
  var cells = [], col = 0;
  Array.prototype.forEach.call(row.cells || [], function (c) {
    cells.push({cell: c, from: col, to: col + (c.colSpan || 1)});
    col += c.colSpan || 1;
  });
  return cells;
}
function columnIndex(table, wanted, dataRow) {
  var rows = Array.prototype.slice.call(table.rows || []);
  for (var i = 0; i < rows.length; i++) {
    if (rows[i] === dataRow) { continue; }
    var cells = headerCells(rows[i]);
    for (var j = 0; j < cells.length; j++) {
      if (textIs(cells[j].cell, wanted)) { return cells[j].from; }
    }
  }
  return -1;
}
function byColumn(text) {
  var wanted = norm(text);
  var row = ctx === document ? null : (ctx.tagName === 'TR' ? ctx : ctx.closest('tr'));
  if (!row) { return []; }
  var table = row.closest('table');
  var index = columnIndex(table, wanted, row);
  if (index < 0) {
    // Grids that draw their header in a table of their own, just before the rows' table.
    for (var up = table.parentElement, depth = 0; index < 0 && up && depth < 3; up = up.parentElement, depth++) {
      var tables = up.querySelectorAll('table');
      for (var t = 0; t < tables.length && index < 0; t++) {
        if (tables[t] !== table && !tables[t].contains(table)) { index = columnIndex(tables[t], wanted, row); }
      }
    }
  }
  if (index < 0) { return []; }
  var cells = headerCells(row);
  for (var k = 0; k < cells.length; k++) {
    if (index >= cells[k].from && index < cells[k].to) { return [cells[k].cell]; }
  }
  return [];
}
function byTitle(text) {
  var wanted = norm(text);
  var titles = all('legend, caption, h1, h2, h3, h4, h5, h6, td.bTitle, .bTitle, [class*=Title]', document)
    .filter(function (e) { return textIs(e, wanted); });
  if (!titles.length) {
    // A title drawn with a class nobody confirmed: the element that shows the text, in its container.
    titles = byText(text);
  }
  return titles.map(function (t) {
    if (t.tagName === 'LEGEND') { return t.parentElement; }
    if (t.tagName === 'CAPTION') { return t.parentElement; }
    return t.closest('.bModal, [role=dialog], fieldset') || t.parentElement;
  }).filter(inContext);
}
function byText(text) {
  var wanted = norm(text);
  return all('span, td, th, label, a, p, li, div, b, strong, legend, h1, h2, h3, h4').filter(function (e) {
    if (e.childElementCount > 4) { return false; }
    var t = e.textContent || '';
    return t.length <= wanted.length * 2 + 20 && textIs(e, wanted)
      && !Array.prototype.some.call(e.children, function (c) { return textIs(c, wanted); });
  });
}
function byXpath(expression) {
  var result = document.evaluate(expression, ctx, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
  var found = [];
  for (var i = 0; i < result.snapshotLength; i++) {
    if (result.snapshotItem(i).nodeType === 1) { found.push(result.snapshotItem(i)); }
  }
  return found;
}
function find(kind, value) {
  switch (kind) {
    case 'css': return all(value);
    case 'xpath': return byXpath(value);
    case 'id': return all('[id="' + value.replace(/"/g, '\\"') + '"]');
    case 'name': return all('[name="' + value.replace(/"/g, '\\"') + '"]');
    case 'link': return all('a').filter(function (a) { return (a.innerText || '').trim() === value.trim(); });
    case 'partial-link': return all('a').filter(function (a) { return (a.innerText || '').indexOf(value) >= 0; });
    case 'label': return visibleFirst(byLabel(value));
    case 'boton': return visibleFirst(byButton(value));
    case 'columna': return byColumn(value);
    case 'titulo': return visibleFirst(byTitle(value));
    case 'texto': return visibleFirst(byText(value));
  }
  throw new Error('tipo de localizador desconocido: ' + kind);
}
// The first alternative that finds a VISIBLE element wins; else the first that finds anything (hidden
// elements still count: inputs hidden under widgets, a menu that is closed).
var firstFound = -1, firstElements = [];
for (var a = 0; a < alternatives.length; a++) {
  var elements = find(alternatives[a][0], alternatives[a][1]);
  if (elements.length) {
    if (elements.some(visible)) {
      return mode === 'probe' ? {index: a, count: elements.length} : elements;
    }
    if (firstFound < 0) { firstFound = a; firstElements = elements; }
  }
}
return mode === 'probe' ? {index: firstFound, count: firstElements.length} : firstElements;
