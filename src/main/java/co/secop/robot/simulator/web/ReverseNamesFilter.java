package co.secop.robot.simulator.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * The reverse of {@link NameScrambler} on the way in: the names of query parameters and of URL-encoded form
 * fields go back to the simulator's own names before any handler reads them.
 */
public final class ReverseNamesFilter implements Filter {

    private final NameScrambler names;

    public ReverseNamesFilter(NameScrambler names) {
        this.names = names;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http) {
            String type = http.getContentType();
            byte[] body = null;
            if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
                body = rewrite(new String(http.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8);
            }
            chain.doFilter(new Renamed(http, body), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** "a=1&b=2" with every name replaced by its original. */
    String rewrite(String pairs) {
        if (pairs == null || pairs.isEmpty()) {
            return pairs;
        }
        StringJoiner out = new StringJoiner("&");
        for (String pair : pairs.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String original = names.original(name);
            out.add(
                    original.equals(name)
                            ? pair
                            : URLEncoder.encode(original, StandardCharsets.UTF_8) + (eq < 0 ? "" : pair.substring(eq)));
        }
        return out.toString();
    }

    private final class Renamed extends HttpServletRequestWrapper {
        private final byte[] body;

        Renamed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public String getQueryString() {
            return rewrite(super.getQueryString());
        }

        @Override
        public int getContentLength() {
            return body == null ? super.getContentLength() : body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body == null ? super.getContentLengthLong() : body.length;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                return super.getInputStream();
            }
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("lectura síncrona solamente");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }
    }
}
