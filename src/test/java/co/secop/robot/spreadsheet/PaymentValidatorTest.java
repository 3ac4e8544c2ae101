package co.secop.robot.spreadsheet;

import static co.secop.robot.spreadsheet.SampleWorkbook.formula;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentValidatorTest {

    @TempDir
    Path dir;

    private long maxZipBytes = SupportsPackager.PORTAL_MAX_BYTES;

    @BeforeEach
    void supports() {
        SupportFixtures.zip(dir.resolve("soportes.zip"));
    }

    @Test
    void aValidRowIsTyped() throws Exception {
        ValidationReport report = validate(PaymentCells.valid()
                .with(Column.SUPERVISOR_EMAIL, "supervisor@entidad.gov.co")
                .with(Column.COMPANY, "Juana Pérez Gómez"));

        assertThat(report.problems()).isEmpty();
        assertThat(report.hasProblems()).isFalse();
        PaymentRow row = report.validRows().get(0);
        assertThat(row.rowNumber()).isEqualTo(2);
        assertThat(row.contract()).isEqualTo("CPS-2026-0101");
        assertThat(row.period()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(row.periodLabel()).isEqualTo("Noviembre 2026");
        assertThat(row.number()).isEqualTo("002");
        assertThat(row.electronicInvoice()).isFalse();
        assertThat(row.cufe()).isNull();
        assertThat(row.netValue()).isEqualTo(new BigDecimal("3500000.00"));
        assertThat(row.totalValue()).isEqualTo(new BigDecimal("3500000.00"));
        assertThat(row.dueDate()).isEmpty();
        assertThat(row.notes()).isEqualTo("Pago 2 de 12");
        assertThat(row.supports()).isEqualTo(dir.resolve("soportes.zip").toAbsolutePath());
        assertThat(row.supervisorEmail()).contains("supervisor@entidad.gov.co");
        assertThat(row.company()).contains("Juana Pérez Gómez");
        assertThat(row.cellTexts().keySet()).containsExactlyElementsOf(PaymentCells.headers());
        assertThat(row.cellTexts()).containsEntry("Valor neto", "3500000").containsEntry("CUFE", "");
        assertThat(row.describe()).isEqualTo("fila 2 · CPS-2026-0101 · 002");
    }

    @Test
    void readsColombianMoneyAsTypedOrAsNumbers() throws Exception {
        ValidationReport report = validate(
                PaymentCells.valid()
                        .with(Column.NUMBER, "1")
                        .with(Column.NET_VALUE, "$ 3.500.000")
                        .with(Column.TOTAL_VALUE, "3.500.000,00"),
                PaymentCells.valid()
                        .with(Column.NUMBER, "2")
                        .with(Column.NET_VALUE, "3500000")
                        .with(Column.TOTAL_VALUE, formula("F3*1.19")),
                PaymentCells.valid()
                        .with(Column.NUMBER, "3")
                        .with(Column.NET_VALUE, 3_500_000)
                        .with(Column.TOTAL_VALUE, "3.500.000 COP"),
                PaymentCells.valid()
                        .with(Column.NUMBER, "4")
                        .with(Column.NET_VALUE, 1_234_567.5)
                        .with(Column.TOTAL_VALUE, "1234567,50"));

        assertThat(report.problems()).isEmpty();
        assertThat(report.validRows())
                .extracting(PaymentRow::netValue)
                .containsExactly(
                        new BigDecimal("3500000.00"),
                        new BigDecimal("3500000.00"),
                        new BigDecimal("3500000.00"),
                        new BigDecimal("1234567.50"));
        assertThat(report.validRows())
                .extracting(PaymentRow::totalValue)
                .containsExactly(
                        new BigDecimal("3500000.00"),
                        new BigDecimal("4165000.00"),
                        new BigDecimal("3500000.00"),
                        new BigDecimal("1234567.50"));
    }

    @Test
    void invoiceNumbersStayAsTheUserSeesThem() throws Exception {
        ValidationReport report = validate(
                PaymentCells.valid().with(Column.NUMBER, "002"),
                PaymentCells.valid().with(Column.NUMBER, 2),
                PaymentCells.valid().with(Column.NUMBER, SampleWorkbook.formatted(3, "000")),
                PaymentCells.valid().with(Column.NUMBER, "FE-2026-118"),
                PaymentCells.valid().with(Column.CONTRACT, 7784301).with(Column.NUMBER, "002"));

        assertThat(report.problems()).isEmpty();
        assertThat(report.validRows())
                .extracting(PaymentRow::number)
                .containsExactly("002", "2", "003", "FE-2026-118", "002");
        assertThat(report.validRows().get(4).contract()).isEqualTo("7784301");
    }

    @ParameterizedTest
    @CsvSource({
        "Sí,true",
        "Si,true",
        "SI,true",
        "sí,true",
        "S,true",
        "s,true",
        "No,false",
        "NO,false",
        "N,false",
        "no.,false"
    })
    void electronicInvoiceAnswers(String answer, boolean electronic) throws Exception {
        ValidationReport report = validate(PaymentCells.valid()
                .with(Column.ELECTRONIC_INVOICE, answer)
                .with(Column.CUFE, electronic ? PaymentCells.CUFE : null));

        assertThat(report.problems()).isEmpty();
        assertThat(report.validRows().get(0).electronicInvoice()).isEqualTo(electronic);
    }

    @Test
    void cufeOfAnElectronicInvoiceLosesTheSpacesOfCopyAndPaste() throws Exception {
        String pasted = PaymentCells.CUFE.substring(0, 48) + " \n" + PaymentCells.CUFE.substring(48) + " ";
        ValidationReport report = validate(
                PaymentCells.valid().with(Column.ELECTRONIC_INVOICE, "Sí").with(Column.CUFE, pasted));

        assertThat(report.problems()).isEmpty();
        assertThat(report.validRows().get(0).cufe()).isEqualTo(PaymentCells.CUFE);
    }

    @Test
    void dueDates() throws Exception {
        ValidationReport report = validate(
                PaymentCells.valid().with(Column.NUMBER, "1").with(Column.DUE_DATE, LocalDate.of(2026, 11, 30)),
                PaymentCells.valid().with(Column.NUMBER, "2").with(Column.DUE_DATE, "30/11/2026"),
                PaymentCells.valid().with(Column.NUMBER, "3").with(Column.DUE_DATE, "30/11/2026 17:30"),
                PaymentCells.valid()
                        .with(Column.NUMBER, "4")
                        .with(Column.DUE_DATE, LocalDateTime.of(2026, 11, 30, 8, 15)),
                PaymentCells.valid()
                        .with(Column.NUMBER, "5")
                        .with(Column.DUE_DATE, SampleWorkbook.usDate(LocalDate.of(2026, 12, 31))),
                PaymentCells.valid().with(Column.NUMBER, "6").with(Column.DUE_DATE, "2026-12-01"));

        assertThat(report.problems()).isEmpty();
        assertThat(report.validRows())
                .extracting(PaymentRow::dueDate)
                .containsExactly(
                        Optional.of(LocalDateTime.of(2026, 11, 30, 23, 59)),
                        Optional.of(LocalDateTime.of(2026, 11, 30, 23, 59)),
                        Optional.of(LocalDateTime.of(2026, 11, 30, 17, 30)),
                        Optional.of(LocalDateTime.of(2026, 11, 30, 8, 15)),
                        Optional.of(LocalDateTime.of(2026, 12, 31, 23, 59)),
                        Optional.of(LocalDateTime.of(2026, 12, 1, 23, 59)));
    }

    @Test
    void periodsInEveryAcceptedForm() throws Exception {
        ValidationReport report = validate(
                PaymentCells.valid().with(Column.NUMBER, "1").with(Column.PERIOD, "Noviembre 2026"),
                PaymentCells.valid().with(Column.NUMBER, "2").with(Column.PERIOD, "noviembre de 2026"),
                PaymentCells.valid().with(Column.NUMBER, "3").with(Column.PERIOD, "11/2026"),
                PaymentCells.valid().with(Column.NUMBER, "4").with(Column.PERIOD, "2026-11"),
                PaymentCells.valid().with(Column.NUMBER, "5").with(Column.PERIOD, LocalDate.of(2026, 11, 1)),
                PaymentCells.valid().with(Column.NUMBER, "6").with(Column.PERIOD, "NOV-2026"));

        assertThat(report.problems()).isEmpty();
        assertThat(report.validRows()).extracting(PaymentRow::period).containsOnly(YearMonth.of(2026, 11));
    }

    @Test
    void everyRequiredValueMustBePresent() throws Exception {
        PaymentCells empty = PaymentCells.valid();
        for (Column column : Column.requiredColumns()) {
            empty.with(column, null);
        }
        ValidationReport report = validate(empty.with(Column.NOTES, "solo una nota"));

        assertThat(report.validRows()).isEmpty();
        assertThat(report.problems())
                .extracting(Problem::describe)
                .containsExactly(
                        "Fila 2, columna «Contrato»: La celda está vacía y el dato es obligatorio.",
                        "Fila 2, columna «Periodo»: La celda está vacía y el dato es obligatorio.",
                        "Fila 2, columna «Número de factura o pago»: La celda está vacía y el dato es obligatorio.",
                        "Fila 2, columna «Factura electrónica»: La celda está vacía y el dato es obligatorio.",
                        "Fila 2, columna «Valor neto»: La celda está vacía y el dato es obligatorio.",
                        "Fila 2, columna «Valor total»: La celda está vacía y el dato es obligatorio.",
                        "Fila 2, columna «Soportes»: La celda está vacía y el dato es obligatorio.");
    }

    @Test
    void moneyProblems() throws Exception {
        ValidationReport report = validate(
                PaymentCells.valid().with(Column.NUMBER, "1").with(Column.NET_VALUE, "abc"),
                PaymentCells.valid().with(Column.NUMBER, "2").with(Column.NET_VALUE, 0),
                PaymentCells.valid().with(Column.NUMBER, "3").with(Column.NET_VALUE, -5),
                PaymentCells.valid().with(Column.NUMBER, "4").with(Column.NET_VALUE, "-3.500.000"),
                PaymentCells.valid().with(Column.NUMBER, "5").with(Column.NET_VALUE, 3_499_999.555),
                PaymentCells.valid().with(Column.NUMBER, "6").with(Column.NET_VALUE, 4_000_000),
                PaymentCells.valid().with(Column.NUMBER, "7").with(Column.TOTAL_VALUE, formula("1/0")),
                PaymentCells.valid().with(Column.NUMBER, "8").with(Column.TOTAL_VALUE, LocalDate.of(2026, 1, 2)),
                PaymentCells.valid().with(Column.NUMBER, "9").with(Column.TOTAL_VALUE, "3.500.000,001"));

        assertThat(report.validRows()).isEmpty();
        assertThat(report.problems())
                .extracting(Problem::describe)
                .containsExactly(
                        "Fila 2, columna «Valor neto»: «abc» no es un valor en pesos válido.",
                        "Fila 3, columna «Valor neto»: El valor debe ser mayor que cero.",
                        "Fila 4, columna «Valor neto»: El valor «-5» es negativo.",
                        "Fila 5, columna «Valor neto»: El valor «-3.500.000» es negativo.",
                        "Fila 6, columna «Valor neto»: El valor «3499999,555» (3499999.555) tiene más de dos decimales; "
                                + "redondéelo, por ejemplo con =REDONDEAR(...;0).",
                        "Fila 7, columna «Valor neto»: El valor neto (4.000.000,00) no puede ser mayor que el valor total "
                                + "(3.500.000,00).",
                        "Fila 8, columna «Valor total»: La fórmula da error «#DIV/0!».",
                        "Fila 9, columna «Valor total»: «02/01/2026» es una fecha, no un valor en pesos; revise el formato "
                                + "de la celda.",
                        "Fila 10, columna «Valor total»: El valor «3.500.000,001» tiene más de dos decimales.");
    }

    @Test
    void cufeProblems() throws Exception {
        ValidationReport report = validate(
                PaymentCells.valid().with(Column.NUMBER, "1").with(Column.ELECTRONIC_INVOICE, "Sí"),
                PaymentCells.valid()
                        .with(Column.NUMBER, "2")
                        .with(Column.ELECTRONIC_INVOICE, "Sí")
                        .with(Column.CUFE, "abc123"),
                PaymentCells.valid()
                        .with(Column.NUMBER, "3")
                        .with(Column.ELECTRONIC_INVOICE, "Sí")
                        .with(Column.CUFE, "z" + PaymentCells.CUFE.substring(1)),
                PaymentCells.valid()
                        .with(Column.NUMBER, "4")
                        .with(Column.ELECTRONIC_INVOICE, "No")
                        .with(Column.CUFE, PaymentCells.CUFE),
                PaymentCells.valid().with(Column.NUMBER, "5").with(Column.ELECTRONIC_INVOICE, "Tal vez"));

        assertThat(report.problems())
                .extracting(Problem::describe)
                .containsExactly(
                        "Fila 2, columna «CUFE»: Falta el CUFE; es obligatorio cuando la factura electrónica es Sí.",
                        "Fila 3, columna «CUFE»: El CUFE debe tener 96 caracteres hexadecimales (0-9 y a-f); el escrito "
                                + "tiene 6 caracteres.",
                        "Fila 4, columna «CUFE»: El CUFE debe tener 96 caracteres hexadecimales (0-9 y a-f); el escrito "
                                + "tiene caracteres que no son hexadecimales.",
                        "Fila 5, columna «CUFE»: Hay CUFE pero la factura electrónica es No; borre el CUFE o cambie la "
                                + "respuesta a Sí.",
                        "Fila 6, columna «Factura electrónica»: «Tal vez» no es una respuesta válida; escriba Sí o No.");
    }

    @Test
    void cufeRequiredEvenWhenTheSheetHasNoCufeColumn() throws Exception {
        List<String> headers =
                PaymentCells.headers().stream().filter(h -> !h.equals("CUFE")).toList();
        List<Object> cells = new java.util.ArrayList<>(
                PaymentCells.valid().with(Column.ELECTRONIC_INVOICE, "Si").cells());
        cells.remove(Column.CUFE.ordinal());
        Path file = SampleWorkbook.xlsx().row(headers).row(cells).save(dir.resolve("sin-cufe.xlsx"));

        ValidationReport report = new PaymentValidator().validate(new PaymentSheetReader().read(file));

        assertThat(report.problems())
                .extracting(Problem::describe)
                .containsExactly(
                        "Fila 2, columna «CUFE»: Falta el CUFE; es obligatorio cuando la factura electrónica es Sí.");
    }

    @Test
    void periodAndDateProblems() throws Exception {
        ValidationReport report = validate(
                PaymentCells.valid().with(Column.NUMBER, "1").with(Column.PERIOD, "Noviembre"),
                PaymentCells.valid().with(Column.NUMBER, "2").with(Column.PERIOD, "13/2026"),
                PaymentCells.valid().with(Column.NUMBER, "3").with(Column.DUE_DATE, "31/02/2026"),
                PaymentCells.valid().with(Column.NUMBER, "4").with(Column.DUE_DATE, "mañana"),
                PaymentCells.valid().with(Column.NUMBER, "5").with(Column.DUE_DATE, "30/11/2026 25:00"));

        assertThat(report.problems())
                .extracting(Problem::describe)
                .containsExactly(
                        "Fila 2, columna «Periodo»: «Noviembre» no es un periodo válido; escriba el mes y el año, por "
                                + "ejemplo «Noviembre 2026» o «11/2026».",
                        "Fila 3, columna «Periodo»: «13/2026» no es un periodo válido; escriba el mes y el año, por "
                                + "ejemplo «Noviembre 2026» o «11/2026».",
                        "Fila 4, columna «Fecha de vencimiento»: La fecha «31/02/2026» no existe en el calendario.",
                        "Fila 5, columna «Fecha de vencimiento»: «mañana» no es una fecha válida; escriba dd/mm/aaaa o "
                                + "dd/mm/aaaa hh:mm, por ejemplo «30/11/2026» o «30/11/2026 23:59».",
                        "Fila 6, columna «Fecha de vencimiento»: La hora de «30/11/2026 25:00» no es válida; use 24 horas, "
                                + "de 00:00 a 23:59.");
    }

    @Test
    void supportsProblems() throws Exception {
        SupportFixtures.file(dir.resolve("informe.pdf"), "%PDF-1.4");
        SupportFixtures.file(dir.resolve("falso.zip"), "no soy un zip");
        SupportFixtures.emptyZip(dir.resolve("vacio.zip"));
        SupportFixtures.zip(dir.resolve("grande.zip"), 5_000);
        Files.createDirectories(dir.resolve("carpeta-vacia"));
        SupportFixtures.file(dir.resolve("solo-ocultos/.DS_Store"), "x");
        SupportFixtures.file(dir.resolve("solo-ocultos/~$informe.docx"), "x");
        maxZipBytes = 2_048;

        ValidationReport report = validate(
                PaymentCells.valid().with(Column.NUMBER, "1").with(Column.SUPPORTS, "no-existe.zip"),
                PaymentCells.valid().with(Column.NUMBER, "2").with(Column.SUPPORTS, "informe.pdf"),
                PaymentCells.valid().with(Column.NUMBER, "3").with(Column.SUPPORTS, "falso.zip"),
                PaymentCells.valid().with(Column.NUMBER, "4").with(Column.SUPPORTS, "vacio.zip"),
                PaymentCells.valid().with(Column.NUMBER, "5").with(Column.SUPPORTS, "grande.zip"),
                PaymentCells.valid().with(Column.NUMBER, "6").with(Column.SUPPORTS, "carpeta-vacia"),
                PaymentCells.valid().with(Column.NUMBER, "7").with(Column.SUPPORTS, "solo-ocultos"));

        assertThat(report.validRows()).isEmpty();
        assertThat(report.problems())
                .extracting(Problem::describe)
                .containsExactly(
                        "Fila 2, columna «Soportes»: No existe «"
                                + dir.resolve("no-existe.zip").toAbsolutePath() + "».",
                        "Fila 3, columna «Soportes»: «informe.pdf» no es un archivo .zip ni una carpeta; el portal solo "
                                + "recibe los soportes en un .zip (indique el .zip o la carpeta con los documentos).",
                        "Fila 4, columna «Soportes»: «falso.zip» no es un ZIP válido (está dañado o solo tiene la extensión "
                                + ".zip); comprima de nuevo los soportes.",
                        "Fila 5, columna «Soportes»: El archivo «vacio.zip» es un ZIP vacío.",
                        "Fila 6, columna «Soportes»: El archivo «grande.zip» pesa "
                                + FileSizes.describe(Files.size(dir.resolve("grande.zip")))
                                + " y el portal admite como máximo 2 KB; divida o "
                                + "reduzca los soportes (por ejemplo, escanee en menor resolución).",
                        "Fila 7, columna «Soportes»: La carpeta «"
                                + dir.resolve("carpeta-vacia").toAbsolutePath()
                                + "» está vacía; ponga en ella los soportes o indique un .zip.",
                        "Fila 8, columna «Soportes»: La carpeta «"
                                + dir.resolve("solo-ocultos").toAbsolutePath()
                                + "» está vacía; ponga en ella los soportes o indique un .zip.");
    }

    @Test
    void supportsMayBeAFolderOrAQuotedAbsolutePathOrRelativeToTheSpreadsheet() throws Exception {
        SupportFixtures.file(dir.resolve("noviembre/informe.pdf"), "%PDF-1.4");
        Path elsewhere = Files.createTempDirectory(dir, "otra");
        Path absoluteZip = SupportFixtures.zip(elsewhere.resolve("Soportes Noviembre.ZIP"));
        SupportFixtures.zip(dir.resolve("meses/diciembre.zip"));

        ValidationReport report = validate(
                PaymentCells.valid().with(Column.NUMBER, "1").with(Column.SUPPORTS, "noviembre"),
                PaymentCells.valid().with(Column.NUMBER, "2").with(Column.SUPPORTS, "\"" + absoluteZip + "\""),
                PaymentCells.valid().with(Column.NUMBER, "3").with(Column.SUPPORTS, "./meses/../meses/diciembre.zip"));

        assertThat(report.problems()).isEmpty();
        assertThat(report.validRows())
                .extracting(PaymentRow::supports)
                .containsExactly(
                        dir.resolve("noviembre").toAbsolutePath(),
                        absoluteZip.toAbsolutePath(),
                        dir.resolve("meses/diciembre.zip").toAbsolutePath());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "juan@",
                "juan perez@entidad.gov.co",
                "juan@entidad",
                "a@b@c.co",
                "supervisor@entidad.gov.co; apoyo@entidad.gov.co"
            })
    void invalidEmails(String email) throws Exception {
        ValidationReport report = validate(PaymentCells.valid().with(Column.SUPERVISOR_EMAIL, email));

        assertThat(report.problems())
                .extracting(Problem::describe)
                .containsExactly("Fila 2, columna «Correo supervisor»: «" + email
                        + "» no es un correo electrónico válido (escriba "
                        + "una sola dirección, por ejemplo supervisor@entidad.gov.co).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"supervisor@entidad.gov.co", "Maria.Lopez+pagos@idgp.gov.co", "apoyo_2@correo.com.co"})
    void validEmails(String email) throws Exception {
        ValidationReport report = validate(PaymentCells.valid().with(Column.SUPERVISOR_EMAIL, email));

        assertThat(report.problems()).isEmpty();
        assertThat(report.validRows().get(0).supervisorEmail()).contains(email);
    }

    @Test
    void repeatedNumberInTheSameContractMarksEveryRowNamingTheOthers() throws Exception {
        ValidationReport report = validate(
                PaymentCells.valid().with(Column.NUMBER, "002"),
                PaymentCells.valid().with(Column.NUMBER, "003"),
                PaymentCells.valid().with(Column.CONTRACT, "cps-2026-0101 ").with(Column.NUMBER, "002"),
                PaymentCells.valid().with(Column.CONTRACT, "CPS-2026-0103").with(Column.NUMBER, "002"),
                PaymentCells.valid().with(Column.NUMBER, "2"),
                PaymentCells.valid().with(Column.NUMBER, "002"));

        assertThat(report.validRows()).extracting(PaymentRow::rowNumber).containsExactly(3, 5, 6);
        assertThat(report.problems())
                .extracting(Problem::describe)
                .containsExactly(
                        "Fila 2, columna «Número de factura o pago»: El número «002» del contrato «CPS-2026-0101» se repite "
                                + "en las filas 4 y 7; el portal no admite dos pagos con el mismo número en un contrato.",
                        "Fila 4, columna «Número de factura o pago»: El número «002» del contrato «cps-2026-0101» se repite "
                                + "en las filas 2 y 7; el portal no admite dos pagos con el mismo número en un contrato.",
                        "Fila 7, columna «Número de factura o pago»: El número «002» del contrato «CPS-2026-0101» se repite "
                                + "en las filas 2 y 4; el portal no admite dos pagos con el mismo número en un contrato.");
    }

    @Test
    void aPairOfRepeatedRowsNamesTheOtherRow() throws Exception {
        ValidationReport report =
                validate(PaymentCells.valid(), PaymentCells.valid().with(Column.NET_VALUE, "abc"));

        assertThat(report.problemsOfRow(2))
                .extracting(Problem::message)
                .containsExactly(
                        "El número «002» del contrato «CPS-2026-0101» se repite en la fila 3; el portal no admite dos "
                                + "pagos con el mismo número en un contrato.");
        assertThat(report.problemsOfRow(3)).hasSize(2);
    }

    @Test
    void problemsUseTheTitleAsTheUserWroteItAndKeepRowOrder() throws Exception {
        Path file = SampleWorkbook.xlsx()
                .row(
                        "contrato",
                        "periodo",
                        "NUMERO DE FACTURA O PAGO",
                        "factura_electronica",
                        "cufe",
                        "valor_neto",
                        "valor_total",
                        "vencimiento",
                        "notas",
                        "soportes")
                .row("CPS-2026-0101", "Noviembre 2026", "010", "No", null, "abc", 1, null, null, "soportes.zip")
                .row("CPS-2026-0101", "Diciembre 2026", "011", "No", null, 1, 1, null, null, "soportes.zip")
                .row("CPS-2026-0101", "enero 2027", "012", "No", null, 1, "x", null, null, "nada.zip")
                .save(dir.resolve("propia.xlsx"));

        ValidationReport report = new PaymentValidator().validate(new PaymentSheetReader().read(file));

        assertThat(report.describe())
                .isEqualTo(String.join(
                        System.lineSeparator(),
                        "Fila 2, columna «valor_neto»: «abc» no es un valor en pesos válido.",
                        "Fila 4, columna «valor_total»: «x» no es un valor en pesos válido.",
                        "Fila 4, columna «soportes»: No existe «"
                                + dir.resolve("nada.zip").toAbsolutePath() + "»."));
        assertThat(report.validRows()).extracting(PaymentRow::describe).containsExactly("fila 3 · CPS-2026-0101 · 011");
    }

    @Test
    void formulaErrorsInTextColumns() throws Exception {
        ValidationReport report = validate(PaymentCells.valid().with(Column.CONTRACT, formula("1/0")));

        assertThat(report.problems())
                .extracting(Problem::describe)
                .containsExactly("Fila 2, columna «Contrato»: La fórmula da error «#DIV/0!».");
    }

    @Test
    void anEmptySheetBelowTheTitlesGivesNothingToDo() throws Exception {
        Path file = SampleWorkbook.xlsx().row(PaymentCells.headers()).save(dir.resolve("pagos.xlsx"));

        ValidationReport report = new PaymentValidator().validate(new PaymentSheetReader().read(file));

        assertThat(report.validRows()).isEmpty();
        assertThat(report.problems()).isEmpty();
    }

    private ValidationReport validate(PaymentCells... rows) throws SpreadsheetException {
        SampleWorkbook workbook = SampleWorkbook.xlsx().row(PaymentCells.headers());
        for (PaymentCells row : rows) {
            workbook.row(row.cells());
        }
        Path file = workbook.save(dir.resolve("pagos.xlsx"));
        return new PaymentValidator(maxZipBytes).validate(new PaymentSheetReader().read(file));
    }
}
