package co.secop.robot.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NextMonthTest {

    private static final String CUFE =
            "852ddc9f94e9ec4451aaa0f7b347960c0d3eadffae2eeb8577ced818f031f6b004a3ee30cfa45f59f427e360f57a0f05";

    @Test
    void movesPeriodNumberSupportsAndNotesAndKeepsTheRest() {
        NextMonth.RowPlan plan = plan(
                Map.of(
                        Column.CONTRACT, text("CPS-2026-0101"),
                        Column.PERIOD, text("Noviembre 2026"),
                        Column.NUMBER, text("011"),
                        Column.ELECTRONIC_INVOICE, text("No"),
                        Column.NET_VALUE, text("3.500.000"),
                        Column.TOTAL_VALUE, text("3.500.000"),
                        Column.NOTES, text("Cuenta de cobro 011 del contrato CPS-2026-0101, noviembre de 2026"),
                        Column.SUPPORTS, text("soportes/2026-11/cps-2026-0101"),
                        Column.SUPERVISOR_EMAIL, text("supervisor@entidad.example")),
                Map.of());

        assertThat(values(plan))
                .containsExactly(
                        Map.entry("Periodo", new NextMonth.Text("Diciembre 2026")),
                        Map.entry("Número de factura o pago", new NextMonth.Text("012")),
                        Map.entry("Soportes", new NextMonth.Text("soportes/2026-12/cps-2026-0101")),
                        Map.entry(
                                "Notas",
                                new NextMonth.Text(
                                        "Cuenta de cobro 012 del contrato CPS-2026-0101, diciembre de 2026")));
        assertThat(plan.nextPeriod()).contains(YearMonth.of(2026, 12));
        assertThat(plan.newSupports()).contains("soportes/2026-12/cps-2026-0101");
        assertThat(plan.toFill()).extracting(NextMonth.Change::title).containsExactly("Soportes");
    }

    @Test
    void anElectronicInvoiceLeavesNumberAndCufeToFill() {
        NextMonth.RowPlan plan = plan(
                Map.of(
                        Column.PERIOD, text("11/2026"),
                        Column.NUMBER, text("FE-2026-118"),
                        Column.ELECTRONIC_INVOICE, text("Sí"),
                        Column.CUFE, text(CUFE),
                        Column.SUPPORTS, text("soportes/cps-2026-0301-factura-fe-2026-118.zip")),
                Map.of());

        assertThat(values(plan))
                .containsExactly(
                        Map.entry("Periodo", new NextMonth.Text("12/2026")),
                        Map.entry("Número de factura o pago", new NextMonth.Blank()),
                        Map.entry("CUFE", new NextMonth.Blank()),
                        Map.entry("Soportes", new NextMonth.Blank()));
        assertThat(plan.toFill())
                .extracting(NextMonth.Change::title)
                .containsExactly("Número de factura o pago", "CUFE", "Soportes");
        assertThat(plan.toFill().get(0).note())
                .contains("proveedor de facturación")
                .contains("FE-2026-118");
        assertThat(plan.toFill().get(2).note()).contains("diciembre de 2026");
        NextMonth.RowPlan withNotes = plan(
                Map.of(
                        Column.PERIOD, text("Noviembre 2026"),
                        Column.NUMBER, text("FE-2026-118"),
                        Column.ELECTRONIC_INVOICE, text("Sí"),
                        Column.NOTES, text("Factura FE-2026-118 de noviembre de 2026")),
                Map.of());
        assertThat(withNotes.changes())
                .filteredOn(change -> change.title().equals("Notas"))
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.value())
                            .isEqualTo(new NextMonth.Text("Factura FE-2026-118 de diciembre de 2026"));
                    assertThat(change.note()).contains("«FE-2026-118»");
                });
    }

    @Test
    void theSupportsFolderNamedAfterTheNumberMovesWithIt() {
        NextMonth.RowPlan plan = plan(
                Map.of(
                        Column.PERIOD, text("Octubre 2026"),
                        Column.NUMBER, text("002"),
                        Column.ELECTRONIC_INVOICE, text("No"),
                        Column.SUPPORTS, text("soportes/cps-2026-0103-pago-002")),
                Map.of());

        assertThat(plan.newSupports()).contains("soportes/cps-2026-0103-pago-003");
        assertThat(values(plan)).containsEntry("Periodo", new NextMonth.Text("Noviembre 2026"));
    }

    @Test
    void aNumberWithoutPatternIsLeftToFillWithANote() {
        NextMonth.RowPlan plan = plan(
                Map.of(
                        Column.PERIOD, text("Noviembre 2026"),
                        Column.NUMBER, text("Cuenta de cobro"),
                        Column.ELECTRONIC_INVOICE, text("No")),
                Map.of());

        assertThat(plan.toFill()).singleElement().satisfies(change -> {
            assertThat(change.title()).isEqualTo("Número de factura o pago");
            assertThat(change.value()).isEqualTo(new NextMonth.Blank());
            assertThat(change.note()).contains("«Cuenta de cobro»");
        });
    }

    @Test
    void typedCellsStayTyped() {
        LocalDateTime firstOfNovember = LocalDateTime.of(2026, 11, 1, 0, 0);
        LocalDateTime due = LocalDateTime.of(2026, 11, 30, 0, 0);
        NextMonth.RowPlan plan = plan(
                Map.of(
                        Column.PERIOD, new SheetCell("01/11/2026", SheetCell.Kind.DATE, null, firstOfNovember, false),
                        Column.NUMBER, new SheetCell("011", SheetCell.Kind.NUMBER, new BigDecimal("11"), null, false),
                        Column.ELECTRONIC_INVOICE, text("No"),
                        Column.DUE_DATE, new SheetCell("30/11/2026", SheetCell.Kind.DATE, null, due, false),
                        Column.SUPPORTS, text("soportes/pago-011.zip")),
                Map.of());

        assertThat(values(plan))
                .containsEntry("Periodo", new NextMonth.Date(firstOfNovember.plusMonths(1)))
                .containsEntry("Número de factura o pago", new NextMonth.Numeric(new BigDecimal("12")))
                .containsEntry("Fecha de vencimiento", new NextMonth.Date(LocalDateTime.of(2026, 12, 30, 0, 0)))
                .containsEntry("Soportes", new NextMonth.Text("soportes/pago-012.zip"));
    }

    @Test
    void thePlanillaColumnsAreEmptiedByTheirTitles() {
        NextMonth.RowPlan plan = plan(
                Map.of(Column.PERIOD, text("Noviembre 2026"), Column.NUMBER, text("CC-07")),
                Map.of("NÚMERO DE PLANILLA", "8812345678", "Fecha de pago de la planilla", "05/11/2026"));

        assertThat(plan.toFill())
                .extracting(NextMonth.Change::title)
                .containsExactlyInAnyOrder("NÚMERO DE PLANILLA", "Fecha de pago de la planilla");
        assertThat(values(plan)).containsEntry("Número de factura o pago", new NextMonth.Text("CC-08"));
    }

    @Test
    void aPlanReferenceOfAnotherPaymentIsEmptiedButNotRequired() {
        NextMonth.RowPlan plan = plan(
                Map.of(
                        Column.PERIOD, text("Noviembre 2026"),
                        Column.NUMBER, text("011"),
                        Column.PLAN_REFERENCE, text("Pago 11 de 12")),
                Map.of());

        assertThat(values(plan)).containsEntry("Referencia del plan", new NextMonth.Blank());
        assertThat(plan.toFill()).isEmpty();
    }

    private static SheetCell text(String text) {
        return SheetCell.text(text);
    }

    private static NextMonth.RowPlan plan(Map<Column, SheetCell> cells, Map<String, String> ownColumns) {
        Map<Column, String> titles = new EnumMap<>(Column.class);
        Map<String, String> texts = new LinkedHashMap<>();
        for (Column column : Column.values()) {
            if (cells.containsKey(column)) {
                titles.put(column, column.header());
                texts.put(column.header(), cells.get(column).text());
            }
        }
        texts.putAll(ownColumns);
        return NextMonth.plan(new SheetRow(2, cells, texts), titles);
    }

    private static Map<String, NextMonth.Value> values(NextMonth.RowPlan plan) {
        Map<String, NextMonth.Value> values = new LinkedHashMap<>();
        plan.changes().forEach(change -> values.put(change.title(), change.value()));
        return values;
    }
}
