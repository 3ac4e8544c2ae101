package co.secop.robot.portal;

/**
 * The HTML of one document the browser shows: the page, one of its iframes, or another window.
 *
 * @param name where it was found, usable in a file name: {@code pagina}, {@code marco-1}, {@code ventana-2}...
 * @param url its address
 * @param html its markup as the browser holds it now (after scripts ran)
 */
public record PageDocument(String name, String url, String html) {}
