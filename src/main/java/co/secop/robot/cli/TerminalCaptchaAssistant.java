package co.secop.robot.cli;

import co.secop.robot.portal.CaptchaAssistant;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * With {@code --visible}: the terminal asks the person to solve the captcha in the browser and to press
 * Enter. The key is read on a daemon thread, so the robot also goes on by itself when it sees the captcha
 * solved or the login finished.
 */
final class TerminalCaptchaAssistant implements CaptchaAssistant {

    private final PrintWriter out;
    private final InputStream in;

    TerminalCaptchaAssistant(PrintWriter out, InputStream in) {
        this.out = out;
        this.in = in;
    }

    @Override
    public BooleanSupplier ask(String message) {
        out.println();
        out.println(message + ".");
        out.flush();
        AtomicBoolean pressed = new AtomicBoolean();
        Thread reader = new Thread(
                () -> {
                    try {
                        new BufferedReader(new InputStreamReader(in, Charset.defaultCharset())).readLine();
                        pressed.set(true);
                    } catch (IOException e) {
                        // No terminal to read from: the robot waits for the captcha to be solved in the browser.
                    }
                },
                "captcha-enter");
        reader.setDaemon(true);
        reader.start();
        return pressed::get;
    }
}
