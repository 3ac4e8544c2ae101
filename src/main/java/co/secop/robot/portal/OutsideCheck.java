package co.secop.robot.portal;

import co.secop.robot.portal.locate.Locators;
import co.secop.robot.portal.locate.Texts;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Reads the answer to a check against an outside service wherever the portal puts it (portal reference §19):
 * next to the field, in the messages panel ({@code #msgMessagesPanel td.Message}), or as a «Validado» label in the
 * field's section. Before the click, {@link #forget()} clears or sets aside what an earlier check left, so that only the
 * answer to this one is read; {@link #await(String)} then waits for it. Each look is one round trip. Used by the
 * CUFE's «Validar» and by the planilla's check; the meaning of the texts comes from {@code verificacion.*}.
 */
final class OutsideCheck {

    private static final String SCRIPT = Locators.withLocate("""
            var near = arguments[0], scope = arguments[1], panel = arguments[2], labels = arguments[3];
            var overlays = arguments[4], mode = arguments[5];
            var norm = function (s) {
              return clean(s).toLowerCase().normalize('NFD').replace(/[\\u0300-\\u036f]/g, '');
            };
            var isLabel = function (e) {
              var t = norm(e.innerText);
              return t && labels.some(function (l) { return norm(l) === t; });
            };
            var nearElements = near ? locate(null, near, 'elements') : [];
            var panelElements = locate(null, panel, 'elements');
            var scopes = scope ? locate(null, scope, 'elements') : [];
            var labelElements = [];
            scopes.forEach(function (s) {
              Array.prototype.forEach.call(s.querySelectorAll('span, label, div, td'), function (e) {
                if (e.children.length === 0 && isLabel(e)) { labelElements.push(e); }
              });
            });
            if (mode === 'forget') {
              // Only the answer to this check must be read: what is next to the field is cleared.
              // (the text of its innermost elements: a cell keeps the span the portal writes into).
              nearElements.forEach(function (e) {
                var leaves = Array.prototype.filter.call(e.querySelectorAll('*'), function (c) {
                  return c.children.length === 0;
                });
                (leaves.length ? leaves : [e]).forEach(function (l) { l.textContent = ''; });
              });
              panelElements.concat(labelElements).forEach(function (e) { e.setAttribute('data-secop-robot-old', '1'); });
              return null;
            }
            if (anyOverlay(overlays)) { return null; }
            var fresh = function (e) { return !e.hasAttribute('data-secop-robot-old'); };
            for (var i = 0; i < nearElements.length; i++) {
              var t = clean(nearElements[i].innerText);
              if (t && displayed(nearElements[i]) && fresh(nearElements[i])) {
                return ['campo', t];
              }
            }
            for (var j = 0; j < panelElements.length; j++) {
              var p = clean(panelElements[j].innerText);
              if (p && displayed(panelElements[j]) && fresh(panelElements[j])) { return ['mensajes', p]; }
            }
            for (var k = 0; k < labelElements.length; k++) {
              if (displayed(labelElements[k]) && fresh(labelElements[k])) {
                return ['etiqueta', clean(labelElements[k].innerText)];
              }
            }
            return null;""");

    private final PortalSession session;
    private final List<List<String>> near;
    private final List<List<String>> scope;

    /**
     * @param nearKey  where the answer shows next to the field (its arguments in {@code args})
     * @param scopeKey the field's section or block, where a «Validado» label may appear
     */
    OutsideCheck(PortalSession session, String nearKey, String scopeKey, Object... args) {
        this.session = session;
        this.near = session.locators().script(nearKey, args);
        this.scope = session.locators().script(scopeKey, args);
    }

    /** Sets aside the answers already shown (one round trip): call it right before the click. */
    void forget() {
        run("forget");
    }

    /** Waits for the answer to the check just started. */
    CheckAnswer await(String what) {
        return session.waits().until(what, d -> {
            Object found = run("read");
            if (found instanceof List<?> pair && pair.size() == 2) {
                String text = Texts.clean(String.valueOf(pair.get(1)));
                CheckAnswer.Where where = switch (String.valueOf(pair.get(0))) {
                    case "mensajes" -> CheckAnswer.Where.MESSAGES_PANEL;
                    case "etiqueta" -> CheckAnswer.Where.VALIDATED_LABEL;
                    default -> CheckAnswer.Where.NEXT_TO_FIELD;
                };
                return new CheckAnswer(text, where, verdict(session.locators(), text, where));
            }
            return null;
        });
    }

    private Object run(String mode) {
        Locators locators = session.locators();
        return ((JavascriptExecutor) session.driver())
                .executeScript(
                        SCRIPT,
                        near,
                        scope,
                        locators.script("mensajes.mensaje"),
                        locators.texts("verificacion.etiquetas-validado"),
                        session.waits().busy(),
                        mode);
    }

    /** What a text means, by the configured texts: success first, then «not found», then «unavailable». */
    static CheckAnswer.Verdict verdict(Locators locators, String text, CheckAnswer.Where where) {
        String shown = Texts.normalize(text);
        if (where == CheckAnswer.Where.VALIDATED_LABEL || starts(shown, locators.texts("verificacion.textos-exito"))) {
            return CheckAnswer.Verdict.SUCCESS;
        }
        if (contains(shown, locators.texts("verificacion.textos-no-encontrada"))) {
            return CheckAnswer.Verdict.NOT_FOUND;
        }
        if (contains(shown, locators.texts("verificacion.textos-no-disponible"))) {
            return CheckAnswer.Verdict.UNAVAILABLE;
        }
        return CheckAnswer.Verdict.REFUSED;
    }

    private static boolean starts(String shown, List<String> texts) {
        return texts.stream().map(Texts::normalize).anyMatch(t -> !t.isEmpty() && shown.startsWith(t));
    }

    private static boolean contains(String shown, List<String> texts) {
        return texts.stream().map(Texts::normalize).anyMatch(t -> !t.isEmpty() && shown.contains(t));
    }
}
