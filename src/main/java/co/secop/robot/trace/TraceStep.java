package co.secop.robot.trace;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One step of one row, as support staff need to see it.
 *
 * @param took        milliseconds since the previous step of the row (or since the row started)
 * @param screenshot  path relative to the run folder, null when the browser could not take it
 * @param page        the page's HTML (secrets masked), relative to the run folder
 * @param console     the browser console lines logged during the step (secrets masked)
 */
public record TraceStep(
        int index,
        String text,
        LocalDateTime at,
        long took,
        String url,
        String screenshot,
        String page,
        List<String> console) {}
