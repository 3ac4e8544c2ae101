/*
 * SECOP II simulator - the one shared script of every page.
 * - Portal.ajax: XHR helper; shows div.vortal-preloader + div.blockUI while any request runs,
 *   shows div#mdboxSessionTimeout on 401 {"sessionExpired":true}, replaces the page on HTTP 500.
 * - header context menus, user menu, in-page dialogs, the payment form modal (iframe) or window,
 * - autoNumeric-like money boxes (reformat on blur), date box (hidden value set only on blur),
 * - page wiring by body[data-page]: login, workarea, contracts, contractDetail, paymentRequest,
 *   upload, supervisor.
 */
(function () {
  'use strict';

  var Portal = {};
  window.Portal = Portal;
  var pending = 0;
  var blockFlashes = 0;

  function byId(id) { return document.getElementById(id); }
  function show(el) { if (el) { el.style.display = 'block'; } }
  function hide(el) { if (el) { el.style.display = 'none'; } }
  function data(name) { return document.body.getAttribute('data-' + name) || ''; }

  // ------------------------------------------------------------------ overlays + AJAX

  function refreshOverlays() {
    var on = pending > 0;
    var nodes = document.querySelectorAll('.vortal-preloader, .blockUI');
    for (var i = 0; i < nodes.length; i++) {
      var block = nodes[i].classList.contains('blockUI');
      nodes[i].style.display = (on || (block && blockFlashes > 0)) ? 'block' : 'none';
    }
  }

  // ------------------------------------------------------------------ simulated client-side faults
  // The server asks for them with the X-Simulador-Falla header (AJAX) or body[data-simulador-falla] (pages).

  var ENGLISH = {
    'Pendiente': 'Pending', 'Borrador': 'Draft', 'En edición': 'InEdition',
    'Enviado a la entidad estatal': 'Sent', 'Aceptada': 'Accepted', 'Pagado': 'Paid', 'Rechazado': 'Rejected',
    'En ejecución': 'InExecution', 'Terminado': 'Terminated'
  };
  var swallowArmed = false;

  /** A transparent .blockUI for a moment, as when a blur fires an AJAX call right under the mouse. */
  function flashBlockUI(ms) {
    blockFlashes++;
    refreshOverlays();
    setTimeout(function () { blockFlashes = Math.max(0, blockFlashes - 1); refreshOverlays(); }, ms);
  }

  // Capture phase on window: runs before every handler of the page.
  window.addEventListener('click', function (e) {
    if (!swallowArmed) { return; }
    var t = e.target;
    if (!t || !t.matches || !t.matches('input[type=button], input[type=submit], button')) { return; }
    swallowArmed = false;
    e.stopImmediatePropagation();
    e.preventDefault();
    flashBlockUI(700);
  }, true);

  function statesToEnglish(root, isCurrent) {
    var spans = (root || document).querySelectorAll('[id^="spnInvoiceStateSpan_"], #spnDetailState, '
      + 'td[id*="ContractStateCol"] span, #spnContractState');
    var changed = [];
    for (var i = 0; i < spans.length; i++) {
      var spanish = spans[i].textContent;
      if (ENGLISH[spanish.trim()]) {
        spans[i].setAttribute('data-texto-es', spanish);
        spans[i].textContent = ENGLISH[spanish.trim()];
        changed.push(spans[i]);
      }
    }
    setTimeout(function () {
      if (!isCurrent()) { return; }
      changed.forEach(function (span) { span.textContent = span.getAttribute('data-texto-es'); });
    }, 1500);
  }

  /** fault: header value; isCurrent(): nothing newer was drawn since; redraw(): draws the same answer again. */
  Portal.clientFault = function (fault, root, isCurrent, redraw) {
    if (fault === 'redibujo') {
      setTimeout(function () { if (isCurrent()) { redraw(); } }, 400);
    } else if (fault === 'estado-ingles') {
      statesToEnglish(root, isCurrent);
    } else if (fault === 'clic-tragado') {
      swallowArmed = true;
    }
  };

  function faultOf(xhr) {
    return xhr && xhr.getResponseHeader ? xhr.getResponseHeader('X-Simulador-Falla') : null;
  }

  function encodeForm(fields) {
    var parts = [];
    Object.keys(fields).forEach(function (key) {
      var value = fields[key];
      if (value === null || value === undefined) { return; }
      parts.push(encodeURIComponent(key) + '=' + encodeURIComponent(value));
    });
    return parts.join('&');
  }

  function parseJson(text) {
    try { return JSON.parse(text); } catch (e) { return null; }
  }

  Portal.showSessionExpired = function () {
    var box = byId('mdboxSessionTimeout');
    openOverlay('bPopupSessionTimeout', 20000);
    if (box) { box.style.zIndex = 20001; show(box); }
  };

  function replaceDocument(html) {
    document.open();
    document.write(html);
    document.close();
  }

  /**
   * method, url, body (object -> urlencoded, FormData -> multipart, null), onSuccess(responseText, xhr),
   * onFailure(xhr) optional: called for other statuses (default: error page).
   */
  Portal.ajax = function (method, url, body, onSuccess, onFailure) {
    var xhr = new XMLHttpRequest();
    xhr.open(method, url, true);
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    var payload = null;
    if (body instanceof FormData) {
      payload = body;
    } else if (body) {
      xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded; charset=UTF-8');
      payload = encodeForm(body);
    }
    pending++;
    refreshOverlays();
    xhr.onreadystatechange = function () {
      if (xhr.readyState !== 4) { return; }
      pending = Math.max(0, pending - 1);
      refreshOverlays();
      if (xhr.status >= 200 && xhr.status < 300) {
        if (onSuccess) { onSuccess(xhr.responseText, xhr); }
        return;
      }
      if (xhr.status === 401) {
        var json = parseJson(xhr.responseText);
        if (json && json.sessionExpired) {
          Portal.showSessionExpired();
          return;
        }
      }
      if (onFailure && onFailure(xhr) !== false) { return; }
      if (xhr.responseText && xhr.responseText.indexOf('<html') >= 0) {
        replaceDocument(xhr.responseText);
      } else {
        window.alert('Error inesperado (' + xhr.status + ').');
      }
    };
    xhr.send(payload);
  };

  Portal.postJson = function (url, fields, onJson) {
    Portal.ajax('POST', url, fields, function (text) { onJson(parseJson(text) || {}); });
  };

  // ------------------------------------------------------------------ overlays for dialogs and modals

  function openOverlay(id, zIndex) {
    var overlay = byId(id);
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = id;
      overlay.className = 'bModal VortalModalOverlay';
      document.body.appendChild(overlay);
    }
    overlay.style.zIndex = zIndex || 10000;
    show(overlay);
    return overlay;
  }

  Portal.openDialog = function (id) {
    openOverlay('bPopupDialog', 10000);
    var box = byId(id);
    if (box) { box.style.zIndex = 10001; show(box); }
  };

  Portal.closeDialog = function (id) {
    hide(byId(id));
    var anyOpen = document.querySelectorAll('.bDialog[style*="display: block"]').length > 0;
    if (!anyOpen) { hide(byId('bPopupDialog')); }
  };

  // ------------------------------------------------------------------ header menus

  function closeMenus(except) {
    var menus = document.querySelectorAll('.MainMenuContextMenuContainer');
    for (var i = 0; i < menus.length; i++) {
      if (menus[i] !== except) { menus[i].classList.add('hiddenCtxMenu'); }
    }
  }

  document.addEventListener('click', function (e) {
    var target = e.target;
    var button = target.closest ? target.closest('.MainMenuContextMenuButton') : null;
    if (button) {
      var container = byId(button.id.replace(/^ctxm__/, 'ctxm_Content_'));
      if (container) {
        container.classList.toggle('hiddenCtxMenu');
        closeMenus(container);
      }
      return;
    }
    if (!target.closest || !target.closest('.MainMenuContextMenuContainer')) {
      closeMenus(null);
    }
    var userImage = target.closest ? target.closest('#userImage') : null;
    var userMenu = byId('divUserMenu');
    if (userImage && userMenu) {
      userMenu.style.display = userMenu.style.display === 'block' ? 'none' : 'block';
    } else if (userMenu && !(target.closest && target.closest('#divUserMenu'))) {
      hide(userMenu);
    }
    var closer = target.getAttribute ? target.getAttribute('data-close-dialog') : null;
    if (closer) { Portal.closeDialog(closer); }
  });

  // ------------------------------------------------------------------ money and date widgets

  /** Parses what a user types in a money box: "3.500.000,00", "3500000", "3500000.5". Null if invalid. */
  Portal.parseMoney = function (text) {
    var s = String(text || '').replace(/COP|\$|\s/g, '');
    if (s === '') { return null; }
    var m;
    if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(s) || /^\d+(,\d{1,2})?$/.test(s)) {
      s = s.replace(/\./g, '').replace(',', '.');
    } else if ((m = /^(\d+)\.(\d{1,2})$/.exec(s))) {
      s = m[1] + '.' + m[2];
    } else {
      return null;
    }
    var value = Number(s);
    return isFinite(value) ? value : null;
  };

  /** 3500000 -> "3.500.000,00". */
  Portal.formatMoney = function (value) {
    var cents = Math.round(value * 100);
    var integer = Math.floor(cents / 100).toString();
    var decimals = ('0' + (cents % 100)).slice(-2);
    return integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.') + ',' + decimals;
  };

  function wireMoneyBoxes() {
    var boxes = document.querySelectorAll('input[data-autonumeric]');
    for (var i = 0; i < boxes.length; i++) {
      (function (box) {
        box.addEventListener('input', function () {
          var cleaned = box.value.replace(/[^0-9.,]/g, '');
          if (cleaned !== box.value) { box.value = cleaned; }
        });
        box.addEventListener('blur', function () {
          if (box.value === '') { box.classList.remove('invalidField'); return; }
          var value = Portal.parseMoney(box.value);
          if (value === null) {
            box.classList.add('invalidField');
          } else {
            box.classList.remove('invalidField');
            box.value = Portal.formatMoney(value);
          }
        });
      })(boxes[i]);
    }
  }

  function validDateTime(text) {
    var m = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/.exec(String(text).trim());
    if (!m) { return false; }
    var d = +m[1], mo = +m[2], y = +m[3], h = +m[4], mi = +m[5];
    var date = new Date(y, mo - 1, d);
    return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d && h < 24 && mi < 60;
  }

  /** The visible text box registers its value in the hidden input only on blur (like the real date box). */
  function wireDateBox(textId, hiddenId) {
    var box = byId(textId), hidden = byId(hiddenId);
    if (!box || !hidden) { return; }
    box.addEventListener('blur', function () {
      if (validDateTime(box.value)) {
        box.classList.remove('invalidField');
        hidden.value = box.value.trim();
      } else {
        box.classList.add('invalidField');
      }
    });
  }

  // ------------------------------------------------------------------ pages

  var pages = {};

  pages.login = function () {
    var base = data('base');
    var user = byId('txtUserName'), password = byId('txtPassword'), failure = byId('divLoginFailure');
    var select = byId('seldpCompany');

    function fail(message) {
      failure.textContent = message;
      show(failure);
    }

    byId('btnLoginButton').addEventListener('click', function () {
      hide(failure);
      hide(byId('divSessionExpiredMessage'));
      Portal.postJson(base + 'LoginAuthenticate', { txtUserName: user.value, txtPassword: password.value },
        function (json) {
          if (!json.ok && json.expired) { window.location.href = base + 'Index?expired=true'; return; }
          if (!json.ok) { fail(json.message || 'Usuario o contraseña incorrectos.'); return; }
          if (json.redirect) { window.location.href = json.redirect; return; }
          select.innerHTML = '';
          json.companies.forEach(function (c) {
            var option = document.createElement('option');
            option.value = c.code;
            option.textContent = c.name;
            option.title = c.name;
            select.appendChild(option);
          });
          hide(byId('divCredentials'));
          show(byId('divCompanySelection'));
        });
    });
    password.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { byId('btnLoginButton').click(); }
    });
    select.addEventListener('change', function () {
      Portal.postJson(base + 'CompanySelectedIndexChanged', { companyCode: select.value }, function () {});
    });
    byId('btnButton1').addEventListener('click', function () {
      Portal.postJson(base + 'ChooseInformation', { companyCode: select.value }, function (json) {
        if (json.ok) { window.location.href = json.redirect; } else { fail(json.message); }
      });
    });
  };

  pages.workarea = function () {
    var ack = byId('btnAcknowledgeGen');
    if (!ack) { return; }
    ack.addEventListener('click', function () {
      Portal.postJson('/CO1Marketplace/Common/Workarea/AcknowledgeInformation?mkey=' + data('mkey'), {}, function () {
        hide(byId('mdboxGeneralInformation'));
        hide(byId('bPopupGeneralInformation'));
      });
    });
  };

  pages.contracts = function () {
    var grid = byId('divContractsGrid');
    Portal.ajax('GET', grid.getAttribute('data-folder-url'), null, function (html, xhr) {
      grid.innerHTML = html;
      var fault = faultOf(xhr);
      if (fault) {
        Portal.clientFault(fault, grid, function () { return true; }, function () { grid.innerHTML = html; });
      }
    });
    byId('companiesSelector').addEventListener('change', function () {
      window.location.href = data('switch-url') + encodeURIComponent(this.value);
    });
  };

  // ---- contract detail, section 7

  function detailUrl(action) {
    return data('action-base') + action + '?mkey=' + data('mkey');
  }

  var sectionGeneration = 0;

  /** Puts an AJAX section answer (StepManager + section) in place. */
  Portal.applySection = function (html, xhr) {
    var generation = ++sectionGeneration;
    drawSection(html);
    var fault = faultOf(xhr);
    if (fault) {
      Portal.clientFault(fault, byId('stphStepsPlaceHolder'),
        function () { return generation === sectionGeneration; },
        function () { drawSection(html); });
    }
  };

  function drawSection(html) {
    var template = document.createElement('template');
    template.innerHTML = html;
    var steps = template.content.querySelector('#stpmStepManager');
    var current = byId('stpmStepManager');
    if (steps && current) { current.parentNode.replaceChild(steps, current); }
    var holder = byId('stphStepsPlaceHolder');
    holder.innerHTML = '';
    var nodes = template.content.querySelectorAll('.PlaceHolderDisplay');
    for (var i = 0; i < nodes.length; i++) { holder.appendChild(nodes[i]); }
  }

  Portal.goToStep = function (step) {
    Portal.ajax('POST', detailUrl('StepManagerGoToStep'), { step: step }, Portal.applySection);
  };

  function sectionAction(action, paymentId) {
    Portal.ajax('POST', detailUrl(action), { paymentId: paymentId }, Portal.applySection);
  }

  Portal.openPaymentForm = function (url, mode) {
    if (mode === 'WINDOW') {
      window.open(url, 'PaymentRequestWindow', 'width=900,height=700');
      return;
    }
    Portal.closeModal('PaymentRequestModal');
    openOverlay('bPopup1', 10000).classList.add('bPopup1');
    var modal = document.createElement('div');
    modal.id = 'PaymentRequestModal';
    modal.className = 'bModal VortalModalDialog';
    modal.setAttribute('removeonclose', 'true');
    modal.innerHTML = '<div class="bTitle VortalModalDialogTitle"><span class="bTitleText">Solicitud de pago</span>'
      + '<input type="button" class="bClose VortalBlueButton" value="X"></div>'
      + '<div id="PaymentRequestModal_content" class="bContent">'
      + '<iframe id="PaymentRequestModal_iframe" name="PaymentRequestModal_iframe" frameborder="0"></iframe></div>';
    document.body.appendChild(modal);
    modal.querySelector('.bClose').addEventListener('click', function () { Portal.closeModal('PaymentRequestModal'); });
    byId('PaymentRequestModal_iframe').src = url;
  };

  Portal.closeModal = function (name) {
    var modal = byId(name);
    if (modal) { modal.parentNode.removeChild(modal); }
    var overlay = byId('bPopup1');
    if (overlay) { overlay.parentNode.removeChild(overlay); }
  };

  /** Called by the form (from the iframe or the window) after a successful "Confirmar". */
  Portal.paymentRequestSaved = function () {
    Portal.closeModal('PaymentRequestModal');
    Portal.goToStep('stpContractExecutionStep');
  };

  pages.contractDetail = function () {
    var sendDialog = 'mdboxSendPaymentDialog', deleteDialog = 'mdboxDeletePaymentDialog';
    document.addEventListener('click', function (e) {
      var el = e.target;
      if (!el.closest) { return; }
      var step = el.closest('[id^="stepDiv_"]');
      if (step) { Portal.goToStep(step.getAttribute('data-step')); return; }
      if (el.tagName !== 'INPUT') { return; }
      var id = el.id || '';
      var paymentId = el.getAttribute('data-payment-id');
      var plan = byId('fdsPaymentPlan');
      var mode = plan ? plan.getAttribute('data-form-mode') : 'IFRAME';
      if (id === 'btnCreatePaymentButton' || id.indexOf('btnRegisterPayment_') === 0) {
        Portal.openPaymentForm(el.getAttribute('data-form-url'), mode);
      } else if (id.indexOf('btnSendPayment_') === 0) {
        byId(sendDialog).setAttribute('data-payment-id', paymentId);
        Portal.openDialog(sendDialog);
      } else if (id.indexOf('btnDeletePayment_') === 0) {
        byId(deleteDialog).setAttribute('data-payment-id', paymentId);
        Portal.openDialog(deleteDialog);
      } else if (id.indexOf('btnPaymentDetail_') === 0) {
        sectionAction('PaymentDetail', paymentId);
      } else if (id === 'btnEditPayment') {
        sectionAction('EditPayment', paymentId);
      } else if (id === 'btnBackToPaymentPlan') {
        Portal.goToStep('stpContractExecutionStep');
      } else if (id === 'btnConfirmSendPaymentDialog') {
        Portal.closeDialog(sendDialog);
        sectionAction('SendPayment', byId(sendDialog).getAttribute('data-payment-id'));
      } else if (id === 'btnConfirmDeletePaymentDialog') {
        Portal.closeDialog(deleteDialog);
        sectionAction('DeletePayment', byId(deleteDialog).getAttribute('data-payment-id'));
      }
    });
  };

  // ---- payment request form (inside the modal iframe or its own window)

  function formHost() {
    if (window.parent && window.parent !== window && window.parent.Portal) { return { kind: 'iframe', portal: window.parent.Portal }; }
    if (window.opener && !window.opener.closed && window.opener.Portal) { return { kind: 'window', portal: window.opener.Portal }; }
    return { kind: 'none', portal: null };
  }

  /** Called by the upload window's "Cerrar" with the form's CallBackUrl. */
  Portal.documentsUploaded = function (callbackUrl) {
    Portal.ajax('GET', callbackUrl, null, function (html) {
      var table = byId('tblAttachedDocuments');
      if (table) { table.tBodies[0].innerHTML = html; }
    });
  };

  function showValidation(messages) {
    var summary = byId('validationSummary');
    if (!messages || messages.length === 0) {
      summary.innerHTML = '';
      hide(summary);
      return;
    }
    var ul = document.createElement('ul');
    messages.forEach(function (m) {
      var li = document.createElement('li');
      li.textContent = m;
      ul.appendChild(li);
    });
    summary.innerHTML = '';
    summary.appendChild(ul);
    show(summary);
    summary.scrollIntoView({ block: 'nearest' });
  }

  pages.paymentRequest = function () {
    var url = function (action) { return data('action-base') + action + '?mkey=' + data('mkey'); };
    var yes = byId('rdbgElectronicInvoice_0'), no = byId('rdbgElectronicInvoice_1');
    var cufeSection = byId('divCufeSection'), cufeMessage = byId('spnCufeValidationMessage');

    function refreshCufe() { cufeSection.style.display = yes.checked ? 'block' : 'none'; }
    yes.addEventListener('change', refreshCufe);
    no.addEventListener('change', refreshCufe);
    wireMoneyBoxes();
    wireDateBox('dtmbDueDate_txt', 'dtmbDueDate');

    byId('btnValidateCufe').addEventListener('click', function () {
      cufeMessage.className = '';
      cufeMessage.textContent = '';
      Portal.postJson(url('ValidateCufe'), {
        txtCufe: byId('txtCufe').value,
        txtInvoiceNumber: byId('txtInvoiceNumber').value,
        cbxTotalValue: byId('cbxTotalValue').value
      }, function (json) {
        cufeMessage.className = json.valid ? 'SuccessMessage' : 'ErrorMessage';
        cufeMessage.textContent = json.message;
      });
    });
    ['txtCufe', 'txtInvoiceNumber', 'cbxTotalValue'].forEach(function (id) {
      byId(id).addEventListener('change', function () { cufeMessage.className = ''; cufeMessage.textContent = ''; });
    });

    byId('btnAttachDocument').addEventListener('click', function () {
      var uploadUrl = this.getAttribute('data-upload-url');
      var open = function () {
        window.open(uploadUrl, 'swip', 'height=550,width=750,scrollbars=1,resizable=1');
      };
      if (data('simulador-falla') === 'ventana-tardia') {
        setTimeout(open, Number(data('simulador-lentitud')) || 2500);
      } else {
        open();
      }
    });

    var confirm = byId('btnConfirmGen');
    if (confirm) {
      confirm.addEventListener('click', function () {
        var answer = yes.checked ? 'true' : (no.checked ? 'false' : '');
        Portal.postJson(url('Confirm'), {
          rdbgElectronicInvoice: answer,
          txtCufe: yes.checked ? byId('txtCufe').value : '',
          txtInvoiceNumber: byId('txtInvoiceNumber').value,
          dtmbDueDate: byId('dtmbDueDate').value,
          cbxNetValue: byId('cbxNetValue').value,
          cbxTotalValue: byId('cbxTotalValue').value,
          txaNotes: byId('txaNotes').value
        }, function (json) {
          if (!json.ok) { showValidation(json.errors); return; }
          showValidation([]);
          var host = formHost();
          if (host.portal) { host.portal.paymentRequestSaved(); }
          if (host.kind !== 'iframe') { window.close(); }
        });
      });
    }
    byId('btnCancelGen').addEventListener('click', function () {
      var host = formHost();
      if (host.kind === 'iframe') { host.portal.closeModal('PaymentRequestModal'); } else { window.close(); }
    });
  };

  // ---- upload window ("swip")

  function formatSize(bytes) {
    if (bytes < 1024) { return bytes + ' B'; }
    if (bytes < 1024 * 1024) { return (bytes / 1024).toFixed(1).replace('.', ',') + ' KB'; }
    return (bytes / (1024 * 1024)).toFixed(1).replace('.', ',') + ' MB';
  }

  pages.upload = function () {
    var input = byId('fileUploadInput');
    var tbody = byId('tblFilesTable').tBodies[0];
    var files = [];

    input.addEventListener('change', function () {
      for (var i = 0; i < input.files.length; i++) {
        var file = input.files[i];
        var row = document.createElement('tr');
        row.setAttribute('data-file-index', String(files.length));
        row.innerHTML = '<td class="fileName"></td><td class="fileSize"></td>'
          + '<td><span class="uploadStatus">Pendiente por anexar</span></td>';
        row.cells[0].textContent = file.name;
        row.cells[1].textContent = formatSize(file.size);
        tbody.appendChild(row);
        files.push({ file: file, row: row });
      }
      input.value = '';
    });

    function setStatus(item, ok, text) {
      var status = item.row.querySelector('.uploadStatus');
      item.row.setAttribute('processed', ok ? 'success' : 'error');
      status.className = 'uploadStatus ' + (ok ? 'uploadSuccess' : 'uploadError');
      status.textContent = text;
    }

    function uploadNext(queue) {
      if (queue.length === 0) { return; }
      var item = queue.shift();
      var form = new FormData();
      form.append('file', item.file, item.file.name);
      item.row.querySelector('.uploadStatus').textContent = 'Anexando...';
      Portal.ajax('POST', data('upload-url'), form, function (text) {
        var json = parseJson(text) || {};
        if (json.ok) { setStatus(item, true, 'Documento anexo'); } else { setStatus(item, false, 'Error: ' + json.message); }
        uploadNext(queue);
      }, function (xhr) {
        if (xhr.status === 413) {
          setStatus(item, false, 'Error: El archivo supera el tamaño máximo permitido.');
          uploadNext(queue);
          return true;
        }
        return false;
      });
    }

    byId('btnUploadFilesButtonBottom').addEventListener('click', function () {
      uploadNext(files.filter(function (item) { return !item.row.hasAttribute('processed'); }));
    });

    byId('btnCancelBottomButtom').addEventListener('click', function () {
      var opener = window.opener;
      if (opener && !opener.closed && opener.Portal) {
        opener.Portal.documentsUploaded(data('callback-url'));
      }
      window.close();
    });
  };

  // ---- supervisor

  pages.supervisor = function () {
    var url = function (action) { return data('action-base') + action + '?mkey=' + data('mkey'); };
    var grid = byId('divSupervisorGrid');
    var apply = function (html) { grid.innerHTML = html; };
    document.addEventListener('click', function (e) {
      var el = e.target;
      var id = el.id || '';
      var paymentId = el.getAttribute ? el.getAttribute('data-payment-id') : null;
      if (id.indexOf('btnApprovePayment_') === 0) {
        Portal.ajax('POST', url('ApprovePayment'), { paymentId: paymentId }, apply);
      } else if (id.indexOf('btnRejectPayment_') === 0) {
        var reason = byId(el.getAttribute('data-reason-box')).value;
        Portal.ajax('POST', url('RejectPayment'), { paymentId: paymentId, reason: reason }, apply);
      } else if (id.indexOf('btnMarkPaid_') === 0) {
        Portal.ajax('POST', url('MarkPaid'), { paymentId: paymentId }, apply);
      }
    });
  };

  document.addEventListener('DOMContentLoaded', function () {
    if (data('simulador-falla') === 'clic-tragado') { swallowArmed = true; }
    var page = document.body.getAttribute('data-page');
    if (pages[page]) { pages[page](); }
  });
})();
