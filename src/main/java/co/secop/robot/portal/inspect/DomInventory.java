package co.secop.robot.portal.inspect;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Every input, select, textarea, button and link of one document, read with a single script call
 * (tag, type, id, name, value, label text, visible text, title, displayed). Password values are never read.
 */
public final class DomInventory {

    static final int MAX_ITEMS = 3000;

    private static final String SCRIPT = """
            var clean = function (t) { return (t || '').replace(/\\s+/g, ' ').trim(); };
            var labelOf = function (e) {
              var t = '';
              if (e.id) {
                var labels = document.querySelectorAll('label');
                for (var i = 0; i < labels.length && !t; i++) {
                  if (labels[i].htmlFor === e.id) { t = labels[i].innerText; }
                }
              }
              if (!t && e.closest && e.closest('label')) { t = e.closest('label').innerText; }
              if (!t && e.getAttribute('aria-label')) { t = e.getAttribute('aria-label'); }
              if (!t && e.getAttribute('aria-labelledby')) {
                var by = document.getElementById(e.getAttribute('aria-labelledby'));
                if (by) { t = by.innerText; }
              }
              if (!t && e.closest) {
                var cell = e.closest('td');
                var row = e.closest('tr');
                if (cell && row && row.cells && row.cells.length > 1 && row.cells[0] !== cell) {
                  t = row.cells[0].innerText;
                }
              }
              return clean(t);
            };
            var out = [];
            var found = document.querySelectorAll('input, select, textarea, button, a');
            for (var i = 0; i < found.length && i < arguments[0]; i++) {
              var e = found[i];
              var tag = e.tagName.toLowerCase();
              var type = (e.getAttribute('type') || '').toLowerCase();
              var value = type === 'password' ? '' : (e.value === undefined || e.value === null ? '' : String(e.value));
              var text = tag === 'select' ? (e.selectedIndex >= 0 && e.options[e.selectedIndex]
                  ? e.options[e.selectedIndex].text : '') : (tag === 'input' ? '' : e.innerText);
              var shown = !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length)
                  && window.getComputedStyle(e).visibility !== 'hidden';
              out.push([tag, type, e.id || '', e.getAttribute('name') || '', clean(value).substring(0, 300),
                  labelOf(e).substring(0, 300), clean(text).substring(0, 300), clean(e.getAttribute('title')),
                  shown]);
            }
            return out;""";

    private DomInventory() {}

    /** The controls of the document the driver is in now. */
    public static List<InventoryItem> read(WebDriver driver, String document) {
        Object result = ((JavascriptExecutor) driver).executeScript(SCRIPT, MAX_ITEMS);
        List<InventoryItem> items = new ArrayList<>();
        if (!(result instanceof List<?> rows)) {
            return items;
        }
        for (Object row : rows) {
            List<?> v = (List<?>) row;
            items.add(new InventoryItem(
                    document,
                    s(v.get(0)),
                    s(v.get(1)),
                    s(v.get(2)),
                    s(v.get(3)),
                    s(v.get(4)),
                    s(v.get(5)),
                    s(v.get(6)),
                    s(v.get(7)),
                    Boolean.TRUE.equals(v.get(8))));
        }
        return items;
    }

    private static String s(Object o) {
        return o == null ? "" : String.valueOf(o);
    }
}
