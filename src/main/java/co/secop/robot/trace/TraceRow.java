package co.secop.robot.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A row of the spreadsheet as the robot received it, and every step it took: enough to replay it.
 *
 * @param cellTexts the row as the user typed it, header → text (the «Soportes» path made absolute)
 */
public record TraceRow(
        int rowNumber, String description, List<String> headers, Map<String, String> cellTexts, List<TraceStep> steps) {

    public TraceRow {
        headers = List.copyOf(headers);
        cellTexts = new LinkedHashMap<>(cellTexts);
        steps = new ArrayList<>(steps);
    }
}
