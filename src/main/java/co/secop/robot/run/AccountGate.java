package co.secop.robot.run;

import java.util.Optional;

/**
 * The first sign-in of an account: one browser tries while the others wait, so a wrong password is typed
 * once, not once per browser.
 */
final class AccountGate {
    private boolean signingIn;
    private boolean proven;
    private String refusal;

    /** @return true when this caller is the first and must {@link #report} how its sign-in went */
    synchronized boolean claimOrAwait() {
        while (signingIn) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        if (proven || refusal != null) {
            return false;
        }
        signingIn = true;
        return true;
    }

    /**
     * @param refused the portal's reason when the password was refused
     * @param decided false when the portal failed before deciding: the next browser may try
     */
    synchronized void report(Optional<String> refused, boolean decided) {
        signingIn = false;
        if (refused.isPresent()) {
            refusal = refused.get();
        } else if (decided) {
            proven = true;
        }
        notifyAll();
    }

    synchronized Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }
}
