package co.secop.robot.report;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import co.secop.robot.format.SecretMasker;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A {@link PatternLayoutEncoder} that passes each formatted line — message, arguments and stack trace
 * alike — through a {@link SecretMasker} before it reaches the file.
 */
public class MaskingPatternLayoutEncoder extends PatternLayoutEncoder {

    private final SecretMasker masker;

    public MaskingPatternLayoutEncoder(SecretMasker masker) {
        this.masker = Objects.requireNonNull(masker, "masker");
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        String line = masker.mask(getLayout().doLayout(event));
        Charset charset = getCharset() == null ? StandardCharsets.UTF_8 : getCharset();
        return line.getBytes(charset);
    }
}
