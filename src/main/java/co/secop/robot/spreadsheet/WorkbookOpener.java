package co.secop.robot.spreadsheet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Opens a workbook read-only and explains in Spanish why it cannot be opened. */
final class WorkbookOpener {

    private static final String SAVE_AS_XLSX = "Ábralo en Excel y use «Guardar como» › «Libro de Excel (.xlsx)».";

    private WorkbookOpener() {}

    static Workbook open(Path file) throws SpreadsheetException {
        return open(file, () -> WorkbookFactory.create(file.toFile(), null, true));
    }

    /** The workbook in memory, to be changed and written elsewhere (the file itself is never written). */
    static Workbook openToCopy(Path file) throws SpreadsheetException {
        return open(file, () -> {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                return WorkbookFactory.create(in);
            }
        });
    }

    private interface Opening {
        Workbook open() throws IOException;
    }

    private static Workbook open(Path file, Opening opening) throws SpreadsheetException {
        String name = file.toAbsolutePath().toString();
        if (!Files.exists(file)) {
            throw new SpreadsheetException("No se encontró el archivo «" + name + "».");
        }
        if (Files.isDirectory(file)) {
            throw new SpreadsheetException("«" + name + "» es una carpeta, no un libro de Excel.");
        }
        if (!Files.isReadable(file)) {
            throw new SpreadsheetException("No se puede leer el archivo «" + name + "»; revise sus permisos.");
        }
        if (sizeOf(file) == 0) {
            throw new SpreadsheetException("El archivo «" + name + "» está vacío (0 bytes); no es un libro de Excel.");
        }
        FileMagic magic = magicOf(file);
        if (magic == FileMagic.UNKNOWN && looksLikeText(file)) {
            throw new SpreadsheetException("«" + name + "» es un archivo de texto (por ejemplo CSV), no un libro "
                    + "de Excel. " + SAVE_AS_XLSX);
        }
        try {
            return opening.open();
        } catch (EncryptedDocumentException e) {
            throw new SpreadsheetException(
                    "El archivo «" + name + "» está protegido con contraseña. Quite la "
                            + "contraseña (en Excel: Archivo › Información › Proteger libro › Cifrar con contraseña, "
                            + "y deje la contraseña en blanco), guárdelo y vuelva a intentarlo.",
                    e);
        } catch (OldExcelFormatException e) {
            throw new SpreadsheetException(
                    "«" + name + "» está en un formato de Excel muy antiguo (Excel 95 o " + "anterior). "
                            + SAVE_AS_XLSX,
                    e);
        } catch (IOException | RuntimeException e) {
            throw new SpreadsheetException(
                    "«" + name + "» no es un libro de Excel (.xlsx o .xls) o está dañado. " + hintFor(file), e);
        }
    }

    private static String hintFor(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".ods")) {
            return "Los libros de LibreOffice (.ods) no se leen: guárdelo como «Libro de Excel 2007-365 (.xlsx)».";
        }
        if (lower.endsWith(".xlsb")) {
            return "El formato binario .xlsb no se lee. " + SAVE_AS_XLSX;
        }
        return SAVE_AS_XLSX;
    }

    private static FileMagic magicOf(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return FileMagic.valueOf(in);
        } catch (IOException | RuntimeException e) {
            return FileMagic.UNKNOWN;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** No NUL and no control bytes besides tab, CR, LF in the first kilobytes: text such as CSV. */
    private static boolean looksLikeText(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        } catch (IOException e) {
            return false;
        }
        if (head.length == 0) {
            return false;
        }
        for (byte b : head) {
            int c = b & 0xff;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
