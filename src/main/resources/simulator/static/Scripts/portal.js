/*
 * SECOP II simulator - the one shared script of every page.
 * - Portal.ajax: XHR helper; shows div.vortal-preloader + div.blockUI while any request runs,
 *   builds the session-timeout warning (from NextWay.Localization) on 401 {"sessionExpired":true},
 *   replaces the page on HTTP 500.
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

  /** A variant of the simulator ({@code --variante}) that the page must imitate: body[data-variantes]. */
  function variant(code) { return (' ' + data('variantes') + ' ').indexOf(' ' + code + ' ') >= 0; }

  function refreshOverlays() {
    var on = pending > 0;
    if (variant('cursor-ocupado')) {
      // Some pages of the platform only mark the page busy with a class: no preloader, no blockUI.
      document.body.classList.toggle('loadingCursor', on);
      on = false;
    }
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

  function text(key) {
    var texts = (window.NextWay && window.NextWay.Localization) || {};
    return texts[key] || key;
  }
  Portal.text = text;

  /** The session-timeout warning, built from the page's localized texts (no fixed id, like the real one). */
  Portal.showSessionExpired = function () {
    if (document.querySelector('.SessionTimeoutWarning')) { return; }
    var overlay = openOverlay();
    overlay.style.zIndex = 20000;
    var box = document.createElement('div');
    box.className = 'bModal VortalModalDialogBox bDialog SessionTimeoutWarning';
    box.style.zIndex = 20001;
    box.innerHTML = '<table class="VortalModalDialogTable"><tr class="VortalModalDialogTitleRow"><td class="bTitle"></td></tr>'
      + '<tr><td class="bContent"><div class="SessionTimeoutBox">'
      + '<img src="/StaticContent/Images/mascote_ui_cce.svg" alt="" class="SessionTimeoutImage">'
      + '<div><p class="SessionTimeoutTitle"></p><p class="SessionTimeoutReason"></p>'
      + '<p><span class="SessionTimeoutSecurity"></span> <span class="SessionTimeoutClick"></span> '
      + '<a href="/STS/Users/Login/Index" target="_top"></a></p></div></div></td></tr></table>';
    box.querySelector('.bTitle').textContent = text('SessionTimeoutTextTitle');
    box.querySelector('.SessionTimeoutTitle').textContent = text('SessionTimeoutTextHeader');
    box.querySelector('.SessionTimeoutReason').textContent = text('SessionTimeoutTextInactivity');
    box.querySelector('.SessionTimeoutSecurity').textContent = text('SessionTimeoutTextSecurity');
    box.querySelector('.SessionTimeoutClick').textContent = text('SessionTimeoutTextClick');
    box.querySelector('a').textContent = text('SessionTimeoutTextHere');
    document.body.appendChild(box);
    show(box);
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

  /** A new overlay div#bPopup<N>.bModal (z-index 10000, opacity 0.7), N one more than the last on the page. */
  function openOverlay() {
    var n = 1;
    while (byId('bPopup' + n)) { n++; }
    var overlay = document.createElement('div');
    overlay.id = 'bPopup' + n;
    overlay.className = 'bModal bPopup' + n;
    overlay.style.cssText = 'display:block; position:fixed; top:0; left:0; width:100%; height:100%; '
      + 'background-color:#000; z-index:10000; opacity:0.7';
    document.body.appendChild(overlay);
    return overlay;
  }

  function removeNode(node) { if (node && node.parentNode) { node.parentNode.removeChild(node); } }

  /** Shows an in-page box over a new overlay; remembers the overlay on the box. */
  Portal.openDialog = function (box) {
    if (!box) { return; }
    var overlay = openOverlay();
    box.setAttribute('data-overlay', overlay.id);
    box.style.zIndex = 10001;
    show(box);
  };

  Portal.closeDialog = function (box) {
    if (!box) { return; }
    hide(box);
    removeNode(byId(box.getAttribute('data-overlay')));
    box.removeAttribute('data-overlay');
  };

  var confirmAction = null;

  /**
   * The generic confirmation box div#mdboxConfirmDialog with the question; onAccept runs on «Aceptar».
   * Texts come from NextWay.Localization (key) or are given as they are.
   */
  Portal.confirm = function (question, onAccept) {
    var box = byId('mdboxConfirmDialog');
    box.querySelector('.DialogText').textContent = question;
    confirmAction = onAccept;
    Portal.openDialog(box);
  };

  function closeConfirm(accepted) {
    var action = confirmAction;
    confirmAction = null;
    Portal.closeDialog(byId('mdboxConfirmDialog'));
    if (accepted && action) { action(); }
  }

  // ---- modals stack (input#ModalsStack holds the open modal names, as JSON)

  function modalsStack(change) {
    var input = byId('ModalsStack');
    if (!input) { return; }
    var names = [];
    try { names = JSON.parse(input.value || '[]'); } catch (e) { names = []; }
    input.value = JSON.stringify(change(names));
  }

  // ------------------------------------------------------------------ header menus

  function closeMenus(except) {
    var menus = document.querySelectorAll('.MainMenuContextMenuContainer');
    for (var i = 0; i < menus.length; i++) {
      if (menus[i] !== except) { menus[i].classList.add('hiddenCtxMenu'); }
    }
  }

  /** The header's onclick on div#cssmenu: shows or hides the user's list (ul#ulMenu). */
  window.ToggleContextMenu = function (event, listId) {
    var list = byId(listId);
    if (!list) { return; }
    if (event && event.target && event.target.closest && event.target.closest('#' + listId + ' a')) { return; }
    list.classList.toggle('hiddenCtxMenu');
    if (event) { event.stopPropagation(); }
  };

  document.addEventListener('click', function (e) {
    var target = e.target;
    var button = target.closest ? target.closest('.MainMenuContextMenuButton') : null;
    if (button) {
      var container = button.parentNode.querySelector('.MainMenuContextMenuContainer');
      if (container) {
        container.classList.toggle('hiddenCtxMenu');
        closeMenus(container);
      }
      return;
    }
    if (!target.closest || !target.closest('.MainMenuContextMenuContainer')) {
      closeMenus(null);
    }
    var userList = byId('ulMenu');
    if (userList && !(target.closest && target.closest('#cssmenu'))) {
      userList.classList.add('hiddenCtxMenu');
    }
    if (target.id === 'btnConfirmConfirmDialogModal') { closeConfirm(true); return; }
    if (target.id === 'btnConfirmCancelDialogModal') { closeConfirm(false); return; }
    if (target.classList && target.classList.contains('bClose') && target.closest('#mdboxConfirmDialog')) {
      closeConfirm(false);
    }
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
    var user = byId('txtUserName'), password = byId('txtPassword'), failure = byId('spnlblFailureText');
    var locked = byId('spnlblAccountLocked'), captcha = byId('divGoogleReCaptchaDiv');
    var select = byId('seldpCompany');

    function fail(message) {
      failure.textContent = message;
      show(failure);
    }

    function captchaTicked() {
      var box = captcha ? captcha.querySelector('input[type=checkbox]') : null;
      return captcha && captcha.style.display !== 'none' && box && box.checked ? 'true' : '';
    }

    byId('btnLoginButton').addEventListener('click', function () {
      hide(failure);
      hide(locked);
      hide(byId('divSessionExpiredMessage'));
      Portal.postJson(base + 'LoginAuthenticate', { txtUserName: user.value, txtPassword: password.value,
        captchaChecked: captchaTicked() },
        function (json) {
          if (!json.ok && json.expired) { window.location.href = base + 'Index?expired=true'; return; }
          if (json.captcha && captcha) {
            show(captcha);
            var box = captcha.querySelector('input[type=checkbox]');
            if (box) { box.checked = false; }
          }
          if (!json.ok && json.locked) { locked.textContent = json.message; show(locked); return; }
          if (!json.ok) { fail(json.message || Portal.text('WrongCredentials')); return; }
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
        Portal.closeDialog(byId('mdboxGeneralInformation'));
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
    showMessages(holder.querySelectorAll('.MessagesPanel .SuccessMessage, .MessagesPanel .ErrorMessage'));
  }

  /** Copies a section's notices into the page's table#msgMessagesPanel (emptied when there are none). */
  function showMessages(notices) {
    var panel = byId('msgMessagesPanel');
    if (!panel) { return; }
    var body = panel.tBodies[0] || panel;
    body.innerHTML = '';
    for (var i = 0; i < notices.length; i++) {
      var row = document.createElement('tr');
      var cell = document.createElement('td');
      cell.className = notices[i].classList.contains('ErrorMessage') ? 'ErrorMessagesContainer' : 'SuccessMessagesContainer';
      cell.textContent = notices[i].textContent;
      row.appendChild(cell);
      body.appendChild(row);
    }
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
    if (mode === 'PAGE') {
      window.location.href = url;
      return;
    }
    Portal.openModal('PaymentRequestModal', 'Solicitud de pago', url);
  };

  /** An iframe modal: overlay div#bPopup<N>.bModal under div#<name>.bModal.VortalModalDialog > div#<name>_content > iframe#<name>_iframe. */
  Portal.openModal = function (name, title, url) {
    Portal.closeModal(name);
    var overlay = openOverlay();
    var modal = document.createElement('div');
    modal.id = name;
    modal.className = 'bModal VortalModalDialog';
    modal.setAttribute('removeonclose', 'true');
    modal.setAttribute('data-overlay', overlay.id);
    modal.innerHTML = '<div class="bTitle VortalModalDialogTitle"><span class="bTitleText"></span>'
      + '<input type="button" class="bClose VortalBlueButton" value="X"></div>'
      + '<div id="' + name + '_content" class="bContent">'
      + '<iframe id="' + name + '_iframe" name="' + name + '_iframe" frameborder="0"></iframe></div>';
    modal.querySelector('.bTitleText').textContent = title;
    document.body.appendChild(modal);
    modal.querySelector('.bClose').addEventListener('click', function () { Portal.closeModal(name); });
    modalsStack(function (names) { names.push(name); return names; });
    byId(name + '_iframe').src = url;
  };

  Portal.closeModal = function (name) {
    var modal = byId(name);
    if (!modal) { return; }
    removeNode(byId(modal.getAttribute('data-overlay')));
    removeNode(modal);
    modalsStack(function (names) { return names.filter(function (n) { return n !== name; }); });
  };

  /** Called by the form (from the iframe or the window) after a successful "Confirmar". */
  Portal.paymentRequestSaved = function () {
    Portal.closeModal('PaymentRequestModal');
    Portal.goToStep('stpContractExecutionStep');
  };

  pages.contractDetail = function () {
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
      if (id === 'btnCreatePaymentButton' && data('crear-con-confirmacion') === 'true') {
        Portal.confirm(Portal.text('ConfirmCreatePayment'), function () {
          Portal.ajax('POST', detailUrl('CreatePaymentDraft'), {}, function (html, xhr) {
            Portal.applySection(html, xhr);
            var created = xhr.getResponseHeader('X-Simulador-Solicitud-Creada');
            var row = created && document.querySelector('input[data-payment-id="' + created + '"][data-form-url]');
            if (row) { Portal.openPaymentForm(row.getAttribute('data-form-url'), mode); }
          });
        });
      } else if (id === 'btnCreatePaymentButton' || id.indexOf('btnRegisterPayment_') === 0) {
        Portal.openPaymentForm(el.getAttribute('data-form-url'), mode);
      } else if (id.indexOf('btnSendPayment_') === 0) {
        if (data('enviar-sin-confirmacion') === 'true') {
          sectionAction('SendPayment', paymentId);
        } else {
          Portal.confirm(Portal.text('ConfirmSendPayment'), function () { sectionAction('SendPayment', paymentId); });
        }
      } else if (id.indexOf('btnDeletePayment_') === 0) {
        Portal.confirm(Portal.text('ConfirmDeletePayment'), function () { sectionAction('DeletePayment', paymentId); });
      } else if (id.indexOf('btnPaymentDetail_') === 0) {
        // The variant "detalle-en-ventana": the detail in a popup window (a link to a new tab is followed natively).
        var detailWindowUrl = el.getAttribute('data-detail-url');
        if (detailWindowUrl) {
          window.open(detailWindowUrl, 'PaymentDetailWindow', 'width=900,height=700');
        } else {
          sectionAction('PaymentDetail', paymentId);
        }
      } else if (id === 'btnEditPayment') {
        sectionAction('EditPayment', paymentId);
      } else if (id === 'btnBackToPaymentPlan') {
        Portal.goToStep('stpContractExecutionStep');
      }
    });
  };

  /**
   * A payment's detail in a popup window or a new tab: «Editar» puts the request in edition; the popup then
   * refreshes the plan of the window that opened it and closes; the tab shows the request again.
   */
  pages.paymentDetail = function () {
    document.addEventListener('click', function (e) {
      var el = e.target;
      if (el.tagName !== 'INPUT') { return; }
      if (el.id === 'btnEditPayment') {
        Portal.ajax('POST', detailUrl('EditPayment'), { paymentId: el.getAttribute('data-payment-id') }, function () {
          if (data('detalle-en') !== 'ventana') { window.location.reload(); return; }
          var opener = window.opener && !window.opener.closed ? window.opener.Portal : null;
          if (opener) { opener.goToStep('stpContractExecutionStep'); }
          window.close();
        });
      } else if (el.id === 'btnCloseDetailWindow') {
        window.close();
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
    if (variant('validacion-en-panel')) { showValidationInPanel(messages || []); return; }
    var summary = byId('validationSummary');
    if (!messages || messages.length === 0) {
      summary.innerHTML = '';
      summary.className = 'VortalValidationSummaryHidden';
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
    summary.className = 'VortalValidationSummary';
    summary.scrollIntoView({ block: 'nearest' });
  }

  /** The variant "validacion-en-panel": one «<Campo> es obligatorio» line per row of the messages panel. */
  function showValidationInPanel(messages) {
    var body = byId('msgMessagesPanel').tBodies[0];
    body.innerHTML = '';
    messages.forEach(function (m) {
      var row = body.insertRow();
      row.className = 'AlertMessageRow';
      var cell = row.insertCell();
      cell.className = 'Message';
      cell.textContent = m;
    });
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
      var label = byId('spnCufeValidatedLabel');
      if (label) { label.parentNode.removeChild(label); }
      Portal.postJson(url('ValidateCufe'), {
        txtCufe: byId('txtCufe').value,
        txtInvoiceNumber: byId('txtInvoiceNumber').value,
        cbxTotalValue: byId('cbxTotalValue').value
      }, function (json) {
        var where = data('cufe-respuesta');
        if (where === 'mensajes' || (where === 'validado' && !json.valid)) {
          panelMessage(json.valid, json.message);
        } else if (where === 'validado') {
          var shown = document.createElement('span');
          shown.id = 'spnCufeValidatedLabel';
          shown.className = 'ValidatedLabel';
          shown.textContent = 'Validado';
          byId('btnValidateCufe').parentNode.appendChild(shown);
        } else {
          cufeMessage.className = json.valid ? 'SuccessMessage' : 'ErrorMessage';
          cufeMessage.textContent = json.message;
        }
      });
    });
    ['txtCufe', 'txtInvoiceNumber', 'cbxTotalValue'].forEach(function (id) {
      byId(id).addEventListener('change', function () { cufeMessage.className = ''; cufeMessage.textContent = ''; });
    });

    /** One message in the page's table#msgMessagesPanel (td.Message), replacing the earlier ones. */
    function panelMessage(ok, text) {
      var panel = byId('msgMessagesPanel');
      var body = panel.tBodies[0] || panel;
      body.innerHTML = '';
      var row = document.createElement('tr');
      var cell = document.createElement('td');
      cell.className = 'Message ' + (ok ? 'SuccessMessagesContainer' : 'ErrorMessagesContainer');
      cell.textContent = text;
      row.appendChild(cell);
      body.appendChild(row);
    }

    // ---- social-security block: one planilla per line, checked against SICOPI
    var block = byId('fdsSocialSecurity');
    function planillaLines() {
      return block ? Array.prototype.slice.call(block.querySelectorAll('.PlanillaLine')).concat(
        block.classList.contains('PlanillaLine') ? [block] : []) : [];
    }
    function validatePlanilla(line) {
      var i = line.getAttribute('data-line');
      var state = byId('spnPlanillaState_' + i), ibc = byId('spnPlanillaIbc_' + i);
      state.className = 'PlanillaState';
      state.textContent = '';
      ibc.textContent = '';
      Portal.postJson(url('ValidatePlanilla'), {
        line: i, number: byId('txtPlanillaNumber_' + i).value, date: byId('dtmbPlanillaDate_' + i).value
      }, function (json) {
        if (data('planilla-respuesta') === 'mensajes') {
          panelMessage(json.valid, json.message);
        } else {
          state.className = 'PlanillaState ' + (json.valid ? 'SuccessMessage' : 'ErrorMessage');
          state.textContent = json.message;
        }
        if (json.valid) { ibc.textContent = json.ibc; }
      });
    }
    function wirePlanillaLine(line) {
      var i = line.getAttribute('data-line');
      var button = byId('btnValidatePlanilla_' + i);
      if (button) { button.addEventListener('click', function () { validatePlanilla(line); }); }
      ['txtPlanillaNumber_' + i, 'dtmbPlanillaDate_' + i].forEach(function (id) {
        byId(id).addEventListener('change', function () {
          var state = byId('spnPlanillaState_' + i);
          state.className = 'PlanillaState';
          state.textContent = '';
          byId('spnPlanillaIbc_' + i).textContent = '';
          if (block.getAttribute('data-validation') === 'al-salir' && id.indexOf('dtmb') === 0
              && byId('txtPlanillaNumber_' + i).value) {
            validatePlanilla(line);
          }
        });
      });
    }
    planillaLines().forEach(wirePlanillaLine);
    var addPlanilla = byId('btnAddPlanilla');
    if (addPlanilla) {
      addPlanilla.addEventListener('click', function () {
        var body = byId('tblSocialSecurity').tBodies[0];
        var first = body.rows[0];
        var i = body.rows.length;
        var row = first.cloneNode(true);
        row.setAttribute('data-line', String(i));
        row.className = (i % 2 === 0 ? 'gridLineLight' : 'gridLineDark') + ' PlanillaLine';
        Array.prototype.forEach.call(row.querySelectorAll('[id]'), function (e) {
          e.id = e.id.replace(/_\d+$/, '_' + i);
          if (e.name) { e.name = e.id; }
          if (e.tagName === 'INPUT' && e.type === 'text') { e.value = ''; }
          if (e.tagName === 'SPAN') { e.textContent = ''; e.className = e.className.replace(/ ?(Success|Error)Message/, ''); }
        });
        body.appendChild(row);
        wirePlanillaLine(row);
      });
    }
    function postedPlanillas() {
      return planillaLines().map(function (line) {
        var i = line.getAttribute('data-line');
        return byId('txtPlanillaNumber_' + i).value + '|' + byId('dtmbPlanillaDate_' + i).value;
      }).join(';');
    }

    var uploadBox = byId('divUploadDocumentBox');
    if (uploadBox) {
      wireUpload(uploadBox.getAttribute('data-upload-url'), function () {
        Portal.documentsUploaded(uploadBox.getAttribute('data-callback-url'));
        Portal.closeDialog(uploadBox);
      });
    }
    byId('btnUploadDocumentGen').addEventListener('click', function () {
      var uploadUrl = this.getAttribute('data-upload-url');
      var open = function () {
        if (uploadBox) {
          Portal.openDialog(uploadBox);
          return;
        }
        window.open(uploadUrl, 'swip', 'height=550,width=750,scrollbars=1,resizable=1');
      };
      if (data('simulador-falla') === 'ventana-tardia') {
        setTimeout(open, Number(data('simulador-lentitud')) || 2500);
      } else {
        open();
      }
    });

    // «Eliminar» in a document's row asks first, like the portal's other irreversible actions.
    document.addEventListener('click', function (e) {
      var name = e.target && e.target.getAttribute ? e.target.getAttribute('data-remove-document') : null;
      if (!name) { return; }
      Portal.confirm(Portal.text('ConfirmRemoveDocument').replace('{0}', name), function () {
        Portal.ajax('POST', url('RemoveDocument'), { documentName: name }, function (html) {
          var table = byId('tblAttachedDocuments');
          if (table) { table.tBodies[0].innerHTML = html; }
        });
      });
    });

    var backUrl = data('back-url');
    function backToPlan() { window.location.href = backUrl; }
    var back = byId('btnBackToPlan');
    if (back) { back.addEventListener('click', backToPlan); }

    var confirm = byId('btnConfirmGen');
    if (confirm) {
      confirm.addEventListener('click', function () {
        if (data('confirmar-con-confirmacion') === 'true') {
          Portal.confirm(Portal.text('ConfirmPaymentRequest'), confirmRequest);
        } else {
          confirmRequest();
        }
      });
      var confirmRequest = function () {
        var answer = yes.checked ? 'true' : (no.checked ? 'false' : '');
        Portal.postJson(url('Confirm'), {
          rdbgElectronicInvoice: answer,
          txtCufe: yes.checked ? byId('txtCufe').value : '',
          txtInvoiceNumber: byId('txtInvoiceNumber').value,
          dtmbDueDate: byId('dtmbDueDate').value,
          cbxNetValue: byId('cbxNetValue').value,
          cbxTotalValue: byId('cbxTotalValue').value,
          txaNotes: byId('txaNotes').value,
          planillas: postedPlanillas()
        }, function (json) {
          if (!json.ok) { showValidation(json.errors); return; }
          showValidation([]);
          if (backUrl) { backToPlan(); return; }
          var host = formHost();
          if (host.portal) { host.portal.paymentRequestSaved(); }
          if (host.kind !== 'iframe') { window.close(); }
        });
      };
    }
    byId('btnCancelGen').addEventListener('click', function () {
      if (backUrl) { backToPlan(); return; }
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
    wireUpload(data('upload-url'), function () {
      var opener = window.opener;
      if (opener && !opener.closed && opener.Portal) {
        opener.Portal.documentsUploaded(data('callback-url'));
      }
      window.close();
    });
  };

  /** «Buscar documento», «Anexar» and «Cerrar» of the upload window or of the in-page upload box. */
  function wireUpload(uploadUrl, onClose) {
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
      Portal.ajax('POST', uploadUrl, form, function (text) {
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
      tbody.innerHTML = '';
      files = [];
      onClose();
    });
  }

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
    if (variant('botones-numerados')) {
      // A page with two actions numbers its buttons: btnConfirm2Gen, btnCancel2Gen (handlers stay wired).
      ['btnConfirmGen', 'btnCancelGen'].forEach(function (id) {
        var button = byId(id);
        if (button) { button.id = id.replace('Gen', '2Gen'); }
      });
    }
  });
})();
