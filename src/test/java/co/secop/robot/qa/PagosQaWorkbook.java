package co.secop.robot.qa;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds {@code sample-data/pagos-qa.xlsx} (the payments the Gherkin scenarios read) and the small ZIPs of
 * {@code sample-data/soportes/qa/}. Not a test: run it again whenever a scenario needs another row.
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) co.secop.robot.qa.PagosQaWorkbook [carpeta-del-proyecto]
 * </pre>
 *
 * <p>Every row states in the column «Caso de prueba» (ignored by the robot) which scenario uses it.
 */
public final class PagosQaWorkbook {

    public static final String FILE = "sample-data/pagos-qa.xlsx";
    public static final String NOVEMBER = "Noviembre";
    public static final String PORTAL_CASES = "Casos del portal";
    public static final String SOCIAL_SECURITY = "Seguridad social";

    private static final List<String> HEADERS = List.of(
            "Contrato",
            "Periodo",
            "Número de factura o pago",
            "Factura electrónica",
            "CUFE",
            "Valor neto",
            "Valor total",
            "Fecha de vencimiento",
            "Notas",
            "Soportes",
            "Correo supervisor",
            "Empresa",
            "Caso de prueba",
            "Número de planilla",
            "Fecha de pago de la planilla");
    private static final int NET = 5;
    private static final int TOTAL = 6;
    private static final LocalDateTime ZIP_ENTRY_TIME = LocalDateTime.of(2026, 11, 28, 9, 0);

    private PagosQaWorkbook() {}

    public static void main(String[] args) throws IOException {
        Path project = Path.of(args.length > 0 ? args[0] : System.getProperty("secop.home", "."))
                .toAbsolutePath()
                .normalize();
        writeSupports(project.resolve("sample-data/soportes/qa"));
        Path file = project.resolve(FILE);
        write(file);
        System.out.println("Escrito " + file);
    }

    /** The CUFE the simulator's DIAN knows for invoice FE-2026-118 (SHA-384 of the number). */
    public static String cufeOf(String invoiceNumber) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-384")
                            .digest(invoiceNumber.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (Workbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Styles styles = new Styles(workbook);
            Sheet november = sheet(workbook, NOVEMBER, styles);
            row(
                    november,
                    styles,
                    "CPS-2026-0101",
                    "Noviembre 2026",
                    "011",
                    "No",
                    "",
                    3_500_000,
                    3_500_000,
                    "Cuenta de cobro No. 011 - noviembre de 2026",
                    "soportes/cps-2026-0101-noviembre.zip",
                    "",
                    "Cuenta de cobro sin factura electrónica: «Crear», anexar, «Confirmar» y «Enviar».");
            row(
                    november,
                    styles,
                    "CPS-2026-0102",
                    "Noviembre 2026",
                    "011",
                    "No",
                    "",
                    4_000_000,
                    4_000_000,
                    "Pago 11 de 12 - noviembre de 2026",
                    "soportes/cps-2026-0102-noviembre.zip",
                    "",
                    "Plan de pagos de la entidad: «Registro» de la fila «Pago 11 de 12».");
            row(
                    november,
                    styles,
                    "CPS-2026-0103",
                    "Marzo 2026",
                    "002",
                    "No",
                    "",
                    3_000_000,
                    3_000_000,
                    "Cuenta de cobro No. 002 - marzo de 2026 (corregida: informe firmado por el supervisor)",
                    "soportes/cps-2026-0103-pago-002",
                    "",
                    "Solicitud «Rechazado»: «Detalle», «Editar», «Registro» y reenvío con el mismo id de pago "
                            + "(soportes en una carpeta que el robot comprime).");
            row(
                    november,
                    styles,
                    "CPS-2026-0301",
                    "Noviembre 2026",
                    "FE-2026-118",
                    "Sí",
                    cufeOf("FE-2026-118"),
                    10_000_000,
                    11_900_000,
                    "Factura electrónica FE-2026-118 - noviembre de 2026",
                    "soportes/cps-2026-0301-factura-fe-2026-118.zip",
                    "Consultores Andinos S.A.S.",
                    "Factura electrónica con CUFE registrado en la DIAN, en la segunda empresa del usuario.");

            Sheet cases = sheet(workbook, PORTAL_CASES, styles);
            row(
                    cases,
                    styles,
                    "CPS-2026-0101",
                    "Noviembre 2026",
                    "FE-2026-901",
                    "Sí",
                    "ABC123",
                    3_500_000,
                    4_165_000,
                    "Factura electrónica FE-2026-901",
                    "soportes/cps-2026-0101-noviembre.zip",
                    "",
                    "CUFE con formato inválido: la hoja lo marca y el portal responde al «Validar».");
            row(
                    cases,
                    styles,
                    "CPS-2026-0101",
                    "Noviembre 2026",
                    "FE-2026-902",
                    "Sí",
                    cufeOf("FE-2026-902"),
                    3_500_000,
                    4_165_000,
                    "Factura electrónica FE-2026-902",
                    "soportes/cps-2026-0101-noviembre.zip",
                    "",
                    "CUFE bien formado pero no registrado en la DIAN.");
            row(
                    cases,
                    styles,
                    "CPS-2026-0101",
                    "Noviembre 2026",
                    "012",
                    "No",
                    "",
                    5_000_000,
                    3_500_000,
                    "Cuenta de cobro No. 012",
                    "soportes/cps-2026-0101-noviembre.zip",
                    "",
                    "Valor neto mayor que el valor total: la hoja lo marca y el portal no confirma.");
            row(
                    cases,
                    styles,
                    "CPS-2025-0999",
                    "Noviembre 2026",
                    "011",
                    "No",
                    "",
                    2_000_000,
                    2_000_000,
                    "Cuenta de cobro No. 011 - noviembre de 2026",
                    "soportes/qa/cps-2025-0999-noviembre.zip",
                    "",
                    "Contrato «Terminado»: el robot no radica.");

            Sheet social = sheet(workbook, SOCIAL_SECURITY, styles);
            planillaRow(social, styles, "SS-011", "9523456711", "05/11/2026", "Planilla válida: «Consulta exitosa».");
            planillaRow(
                    social,
                    styles,
                    "SS-012",
                    "88800024",
                    "01/12/2026",
                    "Planilla que aún no llega a SICOPI: «Planilla pendiente», y radicada en una ejecución posterior.");
            planillaRow(social, styles, "SS-013", "", "", "Sin planilla: el portal la pide y la fila falla.");
            planillaRow(
                    social,
                    styles,
                    "SS-014",
                    "9523456710; 9523456711",
                    "05/10/2026; 05/11/2026",
                    "Dos planillas en una solicitud (un pago que cubre dos meses).");
            planillaRow(
                    social,
                    styles,
                    "SS-015",
                    "9523456711",
                    "05/11/2026",
                    "SICOPI no responde la primera vez: el robot reintenta.");

            Sheet readme = workbook.createSheet("Léame");
            String[] lines = {
                "Datos de las pruebas de aceptación (features/*.feature). No es la hoja de un contratista real.",
                "Hoja «" + NOVEMBER + "»: pagos que el robot radica de principio a fin en el simulador.",
                "Hoja «" + PORTAL_CASES + "»: datos que el portal (o la validación de la hoja) debe rechazar.",
                "Hoja «" + SOCIAL_SECURITY + "»: planillas de seguridad social del contrato CPS-2026-0104.",
                "La columna «Caso de prueba» la ignora el robot; dice para qué sirve cada fila.",
                "Se regenera con co.secop.robot.qa.PagosQaWorkbook (src/test/java)."
            };
            for (int i = 0; i < lines.length; i++) {
                readme.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            readme.setColumnWidth(0, 110 * 256);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    private static Sheet sheet(Workbook workbook, String name, Styles styles) {
        Sheet sheet = workbook.createSheet(name);
        Row titles = sheet.createRow(0);
        for (int i = 0; i < HEADERS.size(); i++) {
            Cell cell = titles.createCell(i);
            cell.setCellValue(HEADERS.get(i));
            cell.setCellStyle(styles.title);
            sheet.setColumnWidth(i, (i == 4 ? 40 : i >= 8 ? 45 : 18) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void row(
            Sheet sheet,
            Styles styles,
            String contract,
            String period,
            String number,
            String electronic,
            String cufe,
            long net,
            long total,
            String notes,
            String supports,
            String company,
            String purpose) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        Map<Integer, String> texts = new LinkedHashMap<>();
        texts.put(0, contract);
        texts.put(1, period);
        texts.put(2, number);
        texts.put(3, electronic);
        texts.put(4, cufe);
        texts.put(7, "");
        texts.put(8, notes);
        texts.put(9, supports);
        texts.put(10, "");
        texts.put(11, company);
        texts.put(12, purpose);
        texts.forEach((column, text) -> {
            Cell cell = row.createCell(column);
            cell.setCellStyle(styles.text);
            if (!text.isEmpty()) {
                cell.setCellValue(text);
            }
        });
        Cell netCell = row.createCell(NET);
        netCell.setCellValue(net);
        netCell.setCellStyle(styles.money);
        Cell totalCell = row.createCell(TOTAL);
        totalCell.setCellValue(total);
        totalCell.setCellStyle(styles.money);
    }

    /** A row of contract CPS-2026-0104 (the simulator shows the social-security block) with its planilla cells. */
    private static void planillaRow(
            Sheet sheet, Styles styles, String number, String planillas, String dates, String purpose) {
        row(
                sheet,
                styles,
                "CPS-2026-0104",
                "Noviembre 2026",
                number,
                "No",
                "",
                3_500_000,
                3_500_000,
                "Cuenta de cobro No. " + number + " - noviembre de 2026",
                "soportes/cps-2026-0101-noviembre.zip",
                "",
                purpose);
        Row row = sheet.getRow(sheet.getLastRowNum());
        String[] texts = {planillas, dates};
        for (int i = 0; i < texts.length; i++) {
            Cell cell = row.createCell(13 + i);
            cell.setCellStyle(styles.text);
            if (!texts[i].isEmpty()) {
                cell.setCellValue(texts[i]);
            }
        }
    }

    /** Deterministic ZIPs (fixed entry dates) so that regenerating them does not change their bytes. */
    static void writeSupports(Path folder) throws IOException {
        Files.createDirectories(folder);
        zip(
                folder.resolve("cps-2025-0999-noviembre.zip"),
                Map.of(
                        "informe-de-actividades-noviembre-2026.txt",
                        "Informe de actividades - Contrato CPS-2025-0999 (terminado) - noviembre de 2026\n",
                        "planilla-aportes-noviembre-2026.txt",
                        "Planilla PILA - noviembre de 2026\n"));
        zip(
                folder.resolve("cps-2026-0101-noviembre-corregido.zip"),
                Map.of(
                        "informe-de-actividades-noviembre-2026-firmado.txt",
                        "Informe de actividades corregido - Contrato CPS-2026-0101 - noviembre de 2026\n"
                                + "Firmado por el supervisor.\n",
                        "planilla-aportes-noviembre-2026.txt",
                        "Planilla PILA - noviembre de 2026 (pagada)\n",
                        "cuenta-de-cobro-011.txt",
                        "Cuenta de cobro No. 011 - 3.500.000 COP\n"));
    }

    private static void zip(Path file, Map<String, String> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String name : entries.keySet().stream().sorted().toList()) {
                ZipEntry entry = new ZipEntry(name);
                entry.setTimeLocal(ZIP_ENTRY_TIME);
                out.putNextEntry(entry);
                out.write(entries.get(name).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle text;
        final CellStyle money;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(bold);
            title.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            title.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            title.setWrapText(true);
            text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        }
    }
}
