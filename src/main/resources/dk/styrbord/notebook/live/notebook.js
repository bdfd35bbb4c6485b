/*
 * The live notebook page: renders the view the workbench answers (API.md beside this file), sends
 * the user's actions, and long-polls for the next view. An editor the user is typing in is never
 * re-rendered; its edits go to the server after a short pause and on leaving the editor.
 */
(function () {
  'use strict';

  var TOKEN = new URLSearchParams(location.search).get('token') || '';
  var EDIT_DEBOUNCE_MS = 500;
  var RETRY_MS = 2000;
  var NOT_ANSWERING = 'The workbench is not answering (was it closed?)';
  var STATUS_TEXT = {
    NEW: 'new', QUEUED: 'queued', RUNNING: 'running', OK: 'ok', FAILED: 'failed',
    STOPPED: 'stopped', STALE: 'stale: re-run to update', NOT_RUN: 'prose'
  };
  var STATUS_TITLE = {
    NEW: 'Not run in this session', QUEUED: 'Waiting for its turn', RUNNING: 'Running now',
    OK: 'Ran without error', FAILED: 'Stopped with an error', STOPPED: 'Interrupted by Stop',
    STALE: 'Its code, or a cell it depends on, changed since it ran: the outputs are from before',
    NOT_RUN: 'A cell with prose only'
  };

  var view = null;
  var version = -1;
  var slots = [];           // one per cell, in order: {root, number, editor, sentCode, timer, outputsKey, ...}
  var parametersEdited = false;
  var errorShown = false;  // an error in the status line stays until the next view or action

  function $(id) { return document.getElementById(id); }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text != null) {
      e.textContent = text;
    }
    return e;
  }

  // ---- talking to the workbench ----------------------------------------------------------

  /** An answer the workbench refused: status and its one-line message. */
  function ApiError(status, message) {
    this.status = status;
    this.message = message;
  }

  function request(method, path, body) {
    var init = {method: method, headers: {'X-Styrbord-Token': TOKEN}, cache: 'no-store'};
    if (method === 'POST') {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body || {});
    }
    return fetch(path, init).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (ignored) { json = null; }
        if (!response.ok) {
          throw new ApiError(response.status, (json && json.error) || text.split('\n')[0] || ('HTTP ' + response.status));
        }
        return json;
      });
    }, function () {
      throw new ApiError(0, NOT_ANSWERING);
    });
  }

  function showError(error) {
    var status = $('status');
    status.textContent = error instanceof ApiError ? error.message : String(error && error.message || error);
    status.classList.add('error');
    errorShown = true;
  }

  /** Posts an action and renders the view it answers; errors go to the status line. */
  function act(path, body) {
    return flushEdits().then(function () {
      return request('POST', path, body);
    }).then(function (answer) {
      errorShown = false;
      render(answer && answer.view ? answer.view : answer, true);
      return answer;
    });
  }

  function actOrShow(path, body) {
    return act(path, body).catch(showError);
  }

  function poll() {
    var since = Math.max(version, 0);
    request('GET', '/api/notebook?since=' + since).then(function (next) {
      if (errorShown && $('status').textContent === NOT_ANSWERING) {
        errorShown = false;
        render(next, true);
      } else {
        render(next, false);
      }
      poll();
    }, function (error) {
      showError(error);
      setTimeout(poll, RETRY_MS);
    });
  }

  // ---- edits -------------------------------------------------------------------------------

  function sendCode(slot) {
    clearTimeout(slot.timer);
    slot.timer = null;
    var code = slot.editor.getValue();
    if (code === slot.sentCode) {
      return Promise.resolve();
    }
    slot.sentCode = code;
    return request('POST', '/api/cells/' + slot.number + '/code', {code: code}).then(function (next) {
      render(next, true);
    }, function (error) {
      slot.sentCode = null; // send again next time
      showError(error);
    });
  }

  function flushEdits() {
    return Promise.all(slots.filter(function (s) { return s.editor; }).map(sendCode));
  }

  function runCell(slot) {
    sendCode(slot).then(function () {
      return actOrShow('/api/cells/' + slot.number + '/run', {});
    });
  }

  function saveNotebook(force) {
    return act('/api/save', {force: !!force}).catch(function (error) {
      if (error instanceof ApiError && error.status === 409 && !force) {
        if (confirm(error.message + '\n\nThe file changed on disk since it was read or saved. '
            + 'Overwrite it with the notebook as shown here?')) {
          return saveNotebook(true);
        }
        return undefined;
      }
      showError(error);
      return undefined;
    });
  }

  function exportReport() {
    act('/api/export', {}).then(function (answer) {
      if (answer && answer.report) {
        var status = $('status');
        status.classList.remove('error');
        status.textContent = 'Report written: ' + answer.report;
      }
    }, showError);
  }

  // ---- rendering ---------------------------------------------------------------------------

  function render(next, fromAction) {
    if (!next || typeof next.version !== 'number' || next.version < version) {
      return;
    }
    var changed = next.version > version || fromAction;
    if (next.version > version) {
      errorShown = false;
    }
    version = next.version;
    view = next;
    if (!changed) {
      return;
    }
    renderHeader(next);
    renderParameters(next.parameters || []);
    renderVariables(next.variables || []);
    renderCells(next.cells || []);
  }

  function renderHeader(next) {
    document.title = (next.title || next.name || 'Notebook') + ' \u2013 Styrbord';
    $('file').textContent = next.file || '';
    $('title').textContent = next.title || next.name || '';
    setHtml($('intro'), next.introHtml || '');
    $('dirty').hidden = !next.dirty;
    $('busy').hidden = !next.busy;
    $('stop').disabled = !next.busy;
    document.body.classList.toggle('is-busy', !!next.busy);
    if (!errorShown) {
      var status = $('status');
      status.classList.remove('error');
      status.textContent = next.message || '';
    }
  }

  function setHtml(e, html) {
    if (e.dataset.html !== html) {
      e.innerHTML = html; // the server sanitises prose
      e.dataset.html = html;
    }
  }

  /** A parameter's value as the user would type it: a String without its quotes. */
  function typedValue(parameter) {
    var v = parameter.value == null ? '' : String(parameter.value);
    if (parameter.type === 'String' && v.length >= 2 && v.charAt(0) === '"' && v.charAt(v.length - 1) === '"') {
      return v.slice(1, -1).replace(/\\(["\\])/g, '$1');
    }
    return v;
  }

  function renderParameters(parameters) {
    var fields = $('parameter-fields');
    $('no-parameters').hidden = parameters.length > 0;
    $('apply').hidden = parameters.length === 0;
    var names = parameters.map(function (p) { return p.name + ':' + p.type; }).join(',');
    if (fields.dataset.names !== names) {
      fields.dataset.names = names;
      fields.textContent = '';
      parametersEdited = false;
      parameters.forEach(function (p) {
        var label = element('label', 'parameter');
        var name = element('span', 'parameter-name', p.name);
        var type = element('span', 'parameter-type', p.type);
        var input = element('input');
        input.name = p.name;
        input.type = 'text';
        input.spellcheck = false;
        input.title = p.name + ' (' + p.type + '), as you would type it';
        input.addEventListener('input', function () { parametersEdited = true; });
        label.appendChild(name);
        label.appendChild(type);
        label.appendChild(input);
        fields.appendChild(label);
      });
    }
    if (parametersEdited) {
      return;
    }
    parameters.forEach(function (p) {
      var input = fields.querySelector('input[name="' + CSS.escape(p.name) + '"]');
      if (input && document.activeElement !== input) {
        input.value = typedValue(p);
      }
    });
  }

  function renderVariables(variables) {
    var tbody = $('variables').tBodies[0];
    tbody.textContent = '';
    $('no-variables').hidden = variables.length > 0;
    $('variables').hidden = variables.length === 0;
    variables.forEach(function (v) {
      var tr = tbody.insertRow();
      tr.appendChild(element('td', 'var-name', v.name));
      tr.appendChild(element('td', 'var-type', v.type));
      tr.appendChild(element('td', 'var-shape', v.shape || ''));
    });
  }

  function renderCells(cells) {
    var container = $('cells');
    while (slots.length > cells.length) {
      var gone = slots.pop();
      container.removeChild(gone.root);
    }
    cells.forEach(function (cell, i) {
      if (!slots[i]) {
        slots[i] = createSlot();
        container.appendChild(slots[i].root);
      }
      updateSlot(slots[i], cell);
    });
  }

  function button(label, title, onClick) {
    var b = element('button', 'small', label);
    b.type = 'button';
    b.title = title;
    b.addEventListener('click', onClick);
    return b;
  }

  function createSlot() {
    var slot = {root: element('section', 'cell'), number: 0, editor: null, sentCode: null, timer: null, outputsKey: null};
    var head = element('div', 'cell-head');
    slot.label = element('h2', 'cell-title');
    slot.badge = element('span', 'badge');
    slot.timing = element('span', 'timing');
    var tools = element('div', 'cell-tools');
    slot.runButton = button('\u25b6 Run', 'Run this cell (Shift-Enter in its editor)', function () { runCell(slot); });
    tools.appendChild(slot.runButton);
    tools.appendChild(button('Run above', 'Run every cell before this one', function () {
      actOrShow('/api/run-above/' + slot.number, {});
    }));
    tools.appendChild(button('+ Insert below', 'Insert an empty code cell after this one', function () {
      actOrShow('/api/cells/' + slot.number + '/insert', {});
    }));
    tools.appendChild(button('Delete', 'Delete this cell from the notebook', function () {
      if (confirm('Delete cell ' + slot.number + '? This cannot be undone (except by not saving).')) {
        actOrShow('/api/cells/' + slot.number + '/delete', {});
      }
    }));
    head.appendChild(slot.label);
    head.appendChild(slot.badge);
    head.appendChild(slot.timing);
    head.appendChild(tools);
    slot.prose = element('div', 'prose');
    slot.editorBox = element('div', 'editor');
    slot.outputs = element('div', 'outputs');
    slot.root.appendChild(head);
    slot.root.appendChild(slot.prose);
    slot.root.appendChild(slot.editorBox);
    slot.root.appendChild(slot.outputs);
    return slot;
  }

  function createEditor(slot, cell) {
    var save = function () { saveNotebook(false); };
    slot.editor = CodeMirror(slot.editorBox, {
      value: cell.code || '',
      mode: 'text/x-java',
      lineNumbers: true,
      firstLineNumber: cell.codeLine || 1,
      matchBrackets: true,
      indentUnit: 4,
      tabSize: 4,
      viewportMargin: Infinity,
      extraKeys: {
        'Shift-Enter': function () { runCell(slot); },
        'Ctrl-S': save,
        'Cmd-S': save
      }
    });
    slot.sentCode = cell.code || '';
    slot.editor.on('change', function (cm, change) {
      if (change.origin === 'setValue') {
        return;
      }
      clearTimeout(slot.timer);
      slot.timer = setTimeout(function () { sendCode(slot); }, EDIT_DEBOUNCE_MS);
    });
    slot.editor.on('blur', function () { sendCode(slot); });
  }

  function isEditing(slot) {
    return slot.editor.hasFocus() || slot.timer !== null || slot.editor.getValue() !== slot.sentCode;
  }

  function updateSlot(slot, cell) {
    slot.number = cell.number;
    slot.root.id = 'cell-' + cell.number;
    slot.root.dataset.status = cell.status;
    slot.label.textContent = '';
    slot.label.appendChild(element('span', 'cell-number', '[' + cell.number + ']'));
    slot.label.appendChild(document.createTextNode(' ' + (cell.title || '')));
    slot.badge.className = 'badge status-' + String(cell.status || 'NEW').toLowerCase();
    slot.badge.textContent = STATUS_TEXT[cell.status] || String(cell.status).toLowerCase();
    slot.badge.title = STATUS_TITLE[cell.status] || '';
    slot.timing.textContent = cell.millis != null && cell.status !== 'NEW' && cell.status !== 'QUEUED'
        && cell.status !== 'RUNNING' && cell.status !== 'NOT_RUN' ? formatMillis(cell.millis) : '';
    setHtml(slot.prose, cell.proseHtml || '');

    var hasCode = cell.status !== 'NOT_RUN';
    slot.editorBox.hidden = !hasCode;
    slot.runButton.hidden = !hasCode;
    if (hasCode && !slot.editor) {
      createEditor(slot, cell);
    } else if (slot.editor) {
      if (slot.editor.getOption('firstLineNumber') !== (cell.codeLine || 1)) {
        slot.editor.setOption('firstLineNumber', cell.codeLine || 1);
      }
      if (!isEditing(slot) && slot.editor.getValue() !== (cell.code || '')) {
        slot.editor.setValue(cell.code || '');
        slot.sentCode = cell.code || '';
      }
    }
    renderOutputs(slot, cell);
  }

  function formatMillis(ms) {
    return ms < 1000 ? ms + ' ms' : (ms / 1000).toFixed(ms < 10000 ? 2 : 1) + ' s';
  }

  function renderOutputs(slot, cell) {
    var key = JSON.stringify([cell.outputs || [], cell.error || null]);
    if (slot.outputsKey === key) {
      return;
    }
    slot.outputsKey = key;
    slot.outputs.querySelectorAll('.js-plotly-plot').forEach(function (div) { Plotly.purge(div); });
    slot.outputs.textContent = '';
    (cell.outputs || []).forEach(function (output) {
      slot.outputs.appendChild(renderOutput(output));
    });
    if (cell.error) {
      slot.outputs.appendChild(renderError(cell.error));
    }
    slot.outputs.querySelectorAll('.chart').forEach(function (div) {
      var output = div.output;
      var layout = Object.assign({}, output.layout || {});
      if (!layout.title && output.title) {
        layout.title = {text: output.title};
      }
      Plotly.newPlot(div, output.data || [], layout, {responsive: true, displaylogo: false});
    });
  }

  function renderOutput(output) {
    switch (output.kind) {
      case 'text':
      case 'value':
        return element('pre', 'output output-' + output.kind, output.text || '');
      case 'table':
        return StyrbordTable.render(output);
      case 'chart': {
        var figure = element('figure', 'output output-chart');
        var div = element('div', 'chart');
        div.output = output;
        figure.appendChild(div);
        if (output.footer) {
          figure.appendChild(element('figcaption', 'chart-footer', output.footer));
        }
        return figure;
      }
      default:
        return element('pre', 'output output-text', output.text || JSON.stringify(output));
    }
  }

  function renderError(error) {
    var box = element('div', 'output output-error');
    box.setAttribute('role', 'alert');
    var lines = String(error.message || error.text || 'error').split('\n');
    var head = element('div', 'error-line');
    head.appendChild(element('span', 'error-kind', kindText(error.kind)));
    head.appendChild(element('span', 'error-message', lines[0] + (error.line ? ' (line ' + error.line + ')' : '')));
    box.appendChild(head);
    var rest = lines.slice(1).filter(function (l) { return l.trim() !== ''; });
    var trace = (error.trace || []).map(function (t) { return 'at ' + t; });
    if (rest.length || trace.length) {
      var details = element('pre', 'error-trace', rest.concat(trace).join('\n'));
      details.hidden = true;
      var toggle = element('button', 'small link trace-toggle', 'show trace');
      toggle.type = 'button';
      toggle.title = 'Show or hide the rest of the message and where it happened';
      toggle.setAttribute('aria-expanded', 'false');
      toggle.addEventListener('click', function () {
        details.hidden = !details.hidden;
        toggle.textContent = details.hidden ? 'show trace' : 'hide trace';
        toggle.setAttribute('aria-expanded', String(!details.hidden));
      });
      head.appendChild(toggle);
      box.appendChild(details);
    }
    return box;
  }

  function kindText(kind) {
    return kind === 'COMPILE' ? 'Does not compile' : kind === 'INCOMPLETE' ? 'Incomplete' : 'Error';
  }

  // ---- wiring ------------------------------------------------------------------------------

  function wire() {
    $('run-all').addEventListener('click', function () { actOrShow('/api/run-all', {}); });
    $('run-stale').addEventListener('click', function () { actOrShow('/api/run-stale', {}); });
    $('stop').addEventListener('click', function () { actOrShow('/api/stop', {}); });
    $('restart').addEventListener('click', function () { actOrShow('/api/restart', {}); });
    $('save').addEventListener('click', function () { saveNotebook(false); });
    $('export').addEventListener('click', exportReport);
    $('insert-first').addEventListener('click', function () { actOrShow('/api/cells/0/insert', {}); });
    $('parameters').addEventListener('submit', function (e) {
      e.preventDefault();
      var values = {};
      $('parameter-fields').querySelectorAll('input').forEach(function (input) { values[input.name] = input.value; });
      parametersEdited = false;
      actOrShow('/api/parameters', values);
    });
    document.addEventListener('keydown', function (e) {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 's' || e.key === 'S')) {
        e.preventDefault();
        saveNotebook(false);
      }
    });
    window.addEventListener('beforeunload', function (e) {
      if (view && view.dirty) {
        e.preventDefault();
        e.returnValue = '';
      }
    });
  }

  wire();
  request('GET', '/api/notebook').then(function (first) {
    render(first, true);
    poll();
  }, function (error) {
    showError(error);
    setTimeout(poll, RETRY_MS);
  });
})();
