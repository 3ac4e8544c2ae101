package co.secop.robot.format;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every serialisation of a secret that a test looks for in what the robot writes: name → form. */
public final class SecretForms {

    private SecretForms() {}

    public static Map<String, String> of(String secret) {
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("literal", secret);
        forms.put("NFD", Normalizer.normalize(secret, Normalizer.Form.NFD));
        forms.put(
                "HTML completo",
                secret.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;")
                        .replace("'", "&#39;"));
        forms.put(
                "HTML &#x27;",
                secret.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;")
                        .replace("'", "&#x27;"));
        forms.put(
                "texto HTML (Chromium)",
                secret.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        forms.put(
                "atributo (Chromium)",
                secret.replace("&", "&amp;")
                        .replace("\"", "&quot;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;"));
        forms.put("atributo (& y \")", secret.replace("&", "&amp;").replace("\"", "&quot;"));
        forms.put(
                "XML",
                secret.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;")
                        .replace("'", "&apos;"));
        forms.put("entidades decimales", entities(secret, false));
        forms.put("entidades hexadecimales", entities(secret, true));
        forms.put("JSON", json(secret, false));
        forms.put("JSON ASCII", json(secret, true));
        forms.put("formulario (+)", URLEncoder.encode(secret, StandardCharsets.UTF_8));
        forms.put("URL (%20)", URLEncoder.encode(secret, StandardCharsets.UTF_8).replace("+", "%20"));
        forms.put("URL minúsculas", lowerPercent(URLEncoder.encode(secret, StandardCharsets.UTF_8)));
        forms.put("JSON en atributo", json(secret, false).replace("&", "&amp;").replace("\"", "&quot;"));
        return forms;
    }

    private static String entities(String secret, boolean hex) {
        StringBuilder out = new StringBuilder();
        secret.codePoints().forEach(cp -> out.append(hex ? "&#x" + Integer.toHexString(cp) + ";" : "&#" + cp + ";"));
        return out.toString();
    }

    private static String json(String secret, boolean asciiOnly) {
        StringBuilder out = new StringBuilder();
        for (char c : secret.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (asciiOnly && (c > 126 || c == '<' || c == '>' || c == '&' || c == '\'')) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String lowerPercent(String encoded) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()) {
                out.append('%').append(encoded.substring(i + 1, i + 3).toLowerCase());
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
