package co.secop.robot.portal.locate;

import java.util.List;
import java.util.Objects;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * A locator that remembers which key of {@code localizadores.conf} it came from and the alternatives
 * written there, so that an element that never appears can be reported by its key.
 */
public final class KeyedBy extends By {

    private final String key;
    private final List<String> alternatives;
    private final By delegate;
    private List<List<String>> pairs;

    public KeyedBy(String key, List<String> alternatives, By delegate) {
        this.key = Objects.requireNonNull(key, "key");
        this.alternatives = List.copyOf(alternatives);
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    public String key() {
        return key;
    }

    /** The alternatives as written in the configuration, placeholders filled. */
    public List<String> alternatives() {
        return alternatives;
    }

    /** The alternatives in the form the browser scripts take ({@code [kind, value]} pairs). */
    List<List<String>> pairs() {
        if (pairs == null) {
            pairs = Locators.pairs(key, alternatives);
        }
        return pairs;
    }

    By delegate() {
        return delegate;
    }

    @Override
    public List<WebElement> findElements(SearchContext context) {
        return delegate.findElements(context);
    }

    @Override
    public WebElement findElement(SearchContext context) {
        return delegate.findElement(context);
    }

    @Override
    public String toString() {
        return key + " " + delegate;
    }
}
