package co.secop.robot.portal.inspect;

import co.secop.robot.portal.locate.Texts;

/**
 * One control of a page as a person and a locator see it: an input, select, textarea, button or link.
 *
 * @param document where it is ({@code ventana-1-iframe-1}...)
 * @param label    the text of its {@code <label>} (or aria-label, or the first cell of its table row)
 * @param text     its visible text (links, buttons, selects' chosen option)
 */
public record InventoryItem(
        String document,
        String tag,
        String type,
        String id,
        String name,
        String value,
        String label,
        String text,
        String title,
        boolean displayed) {

    /** A CSS selector a support person can paste into {@code localizadores.conf}, when there is a handle. */
    public String selector() {
        if (!id.isBlank()) {
            return "css:#" + id;
        }
        if (!name.isBlank()) {
            return "css:" + tag + "[name='" + name + "']";
        }
        if ((tag.equals("input") || tag.equals("button")) && !value.isBlank() && !type.equals("text")) {
            return "css:" + tag + "[value='" + value + "']";
        }
        if (tag.equals("a") && !text.isBlank()) {
            return "link:" + text;
        }
        return "";
    }

    /** One line for people: {@code input[text] #cbxNetValue «Valor neto»}. */
    public String describe() {
        StringBuilder out = new StringBuilder(tag);
        if (!type.isBlank()) {
            out.append('[').append(type).append(']');
        }
        if (!id.isBlank()) {
            out.append(" #").append(id);
        }
        if (!name.isBlank() && !name.equals(id)) {
            out.append(" name=").append(name);
        }
        if (!label.isBlank()) {
            out.append(" etiqueta «").append(label).append('»');
        }
        if (!text.isBlank() && !text.equals(label)) {
            out.append(" texto «").append(Texts.abbreviate(text, 80)).append('»');
        }
        if (!value.isBlank() && !type.equals("text") && !tag.equals("textarea")) {
            out.append(" valor «").append(Texts.abbreviate(value, 80)).append('»');
        }
        out.append(displayed ? "" : " (oculto)").append(" en ").append(document);
        return out.toString();
    }
}
