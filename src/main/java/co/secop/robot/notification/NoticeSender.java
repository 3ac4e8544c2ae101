package co.secop.robot.notification;

/** Whatever carries a {@link SupervisorNotice}: SMTP in production. */
public interface NoticeSender {
    void send(SupervisorNotice notice) throws NotificationException;
}
