package co.secop.robot.portal;

import java.util.function.BooleanSupplier;

/**
 * A person at the keyboard who solves the login captcha in the visible browser. Without one (headless
 * runs) a captcha stops the robot at once.
 */
@FunctionalInterface
public interface CaptchaAssistant {

    /**
     * Tells the person what to do (e.g. «Resuelva el captcha en el navegador y pulse Enter») and returns at
     * once; the answer turns true when the person says they are done. The robot also notices by itself a
     * ticked captcha or a login that finished.
     */
    BooleanSupplier ask(String message);
}
