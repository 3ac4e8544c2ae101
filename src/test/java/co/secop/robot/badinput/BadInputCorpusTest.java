package co.secop.robot.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import co.secop.robot.cli.SecopCli;
import co.secop.robot.spreadsheet.SampleWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * A corpus of bad inputs a contractor can hand the robot. Each one gets a Spanish message naming what
 * to fix (row and column for a row's problem) and none reaches the portal: {@code validar} and
 * {@code cargar} share the same reading and validation, and {@code cargar} never files an invalid row.
 */
class BadInputCorpusTest {

    private static final List<String> HEADERS = List.of(
            "Contrato",
            "Periodo",
            "Número de factura o pago",
            "Factura electrónica",
            "CUFE",
            "Valor neto",
            "Valor total",
            "Fecha de vencimiento",
            "Soportes",
            "Correo supervisor");
    private static final String CUFE =
            "852ddc9f94e9ec4451aaa0f7b347960c0d3eadffae2eeb8577ced818f031f6b004a3ee30cfa45f59f427e360f57a0f05";

    @TempDir
    static Path dir;

    /** A case: how to build the file, the exit code of {@code validar}, and what the message must say. */
    record Case(String name, Function<Path, Path> file, int exitCode, List<String> message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                        fileCase(
                                "archivo que no existe",
                                d -> d.resolve("no-existe.xlsx"),
                                "No se encontró la hoja de pagos"),
                        fileCase(
                                "archivo dañado",
                                d -> write(d.resolve("danado.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3}),
                                "Error: "),
                        fileCase(
                                "CSV renombrado a .xlsx",
                                d -> writeText(
                                        d.resolve("csv.xlsx"), "Contrato;Periodo\nCPS-2026-0101;Noviembre 2026\n"),
                                "Error: "),
                        fileCase(
                                "libro protegido con contraseña",
                                d -> SampleWorkbook.xlsx()
                                        .row(HEADERS.toArray())
                                        .saveEncrypted(d.resolve("clave.xlsx"), "secreta"),
                                "contraseña"),
                        fileCase(
                                "faltan los títulos",
                                d -> SampleWorkbook.xlsx()
                                        .row("Nombre", "Valor")
                                        .row("x", 1)
                                        .save(d.resolve("sin-titulos.xlsx")),
                                "Error: "),
                        fileCase(
                                "faltan columnas obligatorias",
                                d -> SampleWorkbook.xlsx()
                                        .row("Contrato", "Periodo", "Valor neto")
                                        .row("CPS-2026-0101", "Noviembre 2026", 1000)
                                        .save(d.resolve("columnas.xlsx")),
                                "Soportes"),
                        fileCase(
                                "hoja vacía",
                                d -> SampleWorkbook.xlsx().sheet("Pagos").save(d.resolve("vacia.xlsx")),
                                "Error: "),
                        fileCase(
                                "celdas combinadas",
                                d -> sheet(d, "combinadas", good(d), good(d))
                                        .merge("A2:A3")
                                        .save(d.resolve("combinadas.xlsx")),
                                "La fila 2 tiene celdas combinadas (A2:A3)"),
                        rowCase(
                                "valor con letras",
                                d -> one(d, "letras", 5, "3.5OO.OOO"),
                                "Fila 2, columna «Valor neto»"),
                        rowCase(
                                "valor negativo",
                                d -> one(d, "negativo", 5, "-3500000"),
                                "Fila 2, columna «Valor neto»",
                                "negativo"),
                        rowCase("valor cero", d -> one(d, "cero", 5, 0), "Fila 2, columna «Valor neto»"),
                        rowCase(
                                "neto mayor que total",
                                d -> one(d, "neto", 5, 5000000),
                                "Fila 2, columna «Valor neto»"),
                        rowCase(
                                "fecha que no existe",
                                d -> one(d, "fecha", 7, "31/02/2026"),
                                "Fila 2, columna «Fecha de vencimiento»"),
                        rowCase(
                                "ZIP que no es ZIP",
                                d -> one(
                                        d,
                                        "nozip",
                                        8,
                                        writeText(d.resolve("falso.zip"), "no soy un zip")
                                                .toString()),
                                "Fila 2, columna «Soportes»"),
                        rowCase(
                                "ZIP sobre el límite",
                                d -> one(d, "grande", 8, bigZip(d).toString()),
                                "Fila 2, columna «Soportes»"),
                        rowCase(
                                "carpeta que no existe",
                                d -> one(
                                        d,
                                        "carpeta",
                                        8,
                                        d.resolve("no-hay-carpeta").toString()),
                                "Fila 2, columna «Soportes»"),
                        rowCase(
                                "carpeta vacía",
                                d -> one(d, "vacia", 8, emptyFolder(d).toString()),
                                "Fila 2, columna «Soportes»"),
                        rowCase(
                                "soporte que no es ZIP ni carpeta",
                                d -> one(
                                        d,
                                        "pdf",
                                        8,
                                        writeText(d.resolve("informe.pdf"), "%PDF")
                                                .toString()),
                                "Fila 2, columna «Soportes»"),
                        rowCase("CUFE corto", d -> electronic(d, "cufe-corto", "abc123"), "Fila 2, columna «CUFE»"),
                        rowCase(
                                "CUFE con letras no hexadecimales",
                                d -> electronic(d, "cufe-hex", CUFE.substring(0, 95) + "z"),
                                "Fila 2, columna «CUFE»"),
                        rowCase(
                                "factura electrónica sin CUFE",
                                d -> electronic(d, "sin-cufe", ""),
                                "Fila 2, columna «CUFE»"),
                        rowCase(
                                "Sí/No mal escrito",
                                d -> one(d, "talvez", 3, "Tal vez"),
                                "Fila 2, columna «Factura electrónica»"),
                        rowCase(
                                "periodo que no es un mes",
                                d -> one(d, "periodo", 1, "Trece 2026"),
                                "Fila 2, columna «Periodo»"),
                        rowCase(
                                "número repetido en el mismo contrato",
                                d -> sheet(d, "repetido", good(d), good(d)).save(d.resolve("repetido.xlsx")),
                                "Fila 2, columna «Número de factura o pago»",
                                "Fila 3, columna «Número de factura o pago»"),
                        rowCase("contrato vacío", d -> one(d, "sin-contrato", 0, ""), "Fila 2, columna «Contrato»"),
                        rowCase(
                                "correo inválido",
                                d -> one(d, "correo", 9, "supervisor@"),
                                "Fila 2, columna «Correo supervisor»"),
                        rowCase(
                                "fórmula con error",
                                d -> one(d, "formula", 5, SampleWorkbook.formula("1/0")),
                                "Fila 2, columna «Valor neto»"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadInputGetsASpanishMessageAndNeverABrowser(Case badInput) {
        Path file = badInput.file().apply(dir);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = SecopCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("validar", "--datos", file.toString());

        String said = out + err.toString();
        assertThat(code).as(said).isEqualTo(badInput.exitCode());
        assertThat(said).contains(badInput.message());
        assertThat(said).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void theCorpusHasAtLeastTwentyFiveCases() {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(25);
    }

    private static Case fileCase(String name, Function<Path, Path> file, String... message) {
        return new Case(name, file, SecopCli.USAGE_ERROR, List.of(message));
    }

    private static Case rowCase(String name, Function<Path, Path> file, String... message) {
        return new Case(name, file, SecopCli.SOME_FAILED, List.of(message));
    }

    static Object[] good(Path d) {
        return new Object[] {
            "CPS-2026-0101",
            "Noviembre 2026",
            "011",
            "No",
            "",
            3500000,
            3500000,
            "30/12/2026",
            goodZip(d).toString(),
            "supervisor@entidad.example"
        };
    }

    private static SampleWorkbook sheet(Path d, String name, Object[]... rows) {
        SampleWorkbook workbook = SampleWorkbook.xlsx().sheet("Pagos").row(HEADERS.toArray());
        for (Object[] row : rows) {
            workbook.row(row);
        }
        return workbook;
    }

    private static Path one(Path d, String name, int column, Object value) {
        Object[] row = good(d);
        row[column] = value;
        return sheet(d, name, row).save(d.resolve(name + ".xlsx"));
    }

    private static Path electronic(Path d, String name, String cufe) {
        Object[] row = good(d);
        row[3] = "Sí";
        row[4] = cufe;
        return sheet(d, name, row).save(d.resolve(name + ".xlsx"));
    }

    static Path goodZip(Path d) {
        Path zip = d.resolve("soportes.zip");
        if (!Files.exists(zip)) {
            zip(zip, 10);
        }
        return zip;
    }

    private static Path bigZip(Path d) {
        Path zip = d.resolve("enorme.zip");
        zip(zip, 11 * 1024 * 1024);
        return zip;
    }

    private static void zip(Path zip, int randomBytes) {
        byte[] content = new byte[randomBytes];
        new java.util.Random(7).nextBytes(content);
        try (OutputStream file = Files.newOutputStream(zip);
                ZipOutputStream out = new ZipOutputStream(file)) {
            out.setLevel(0);
            out.putNextEntry(new ZipEntry("informe.bin"));
            out.write(content);
            out.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path emptyFolder(Path d) {
        try {
            return Files.createDirectories(d.resolve("carpeta-vacia"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writeText(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
