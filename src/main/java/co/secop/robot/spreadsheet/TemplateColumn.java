package co.secop.robot.spreadsheet;

import java.util.List;

/** How the template presents each column: width, cell format, and the Spanish help of «Instrucciones». */
record TemplateColumn(Column column, int width, String format, String help, String examples) {

    static final String TEXT = "@";
    static final String PESOS = "\"$\" #,##0";

    static final List<String> GENERAL_RULES = List.of(
            "Escriba una fila por cada pago mensual en la hoja «Pagos», debajo de la fila de ejemplo. Las filas vacías se ignoran.",
            "La fila 2 es un EJEMPLO (en gris, con «EJEMPLO» en «Notas»): el robot nunca la radica. Puede borrarla.",
            "Las columnas con * (título en naranja) son obligatorias. Al seleccionar una celda, Excel muestra qué escribir.",
            "No combine celdas y no cambie el texto de los títulos (puede cambiar su orden y agregar columnas "
                    + "propias: el robot las conserva en el archivo de resultados).",
            "Guarde el archivo como Libro de Excel (.xlsx), sin contraseña.",
            "Antes de radicar, el robot revisa todas las filas y le indica fila y columna de cada error.");

    private static final List<TemplateColumn> ALL = List.of(
            new TemplateColumn(
                    Column.CONTRACT,
                    18,
                    TEXT,
                    "El número del contrato tal como aparece en «Mis contratos» del SECOP II, o su número de Id.",
                    "CPS-2026-0101 · 7784301"),
            new TemplateColumn(
                    Column.PERIOD,
                    16,
                    TEXT,
                    "El mes que cobra: nombre del mes y año, o mes/año.",
                    "Noviembre 2026 · noviembre de 2026 · 11/2026 · 2026-11"),
            new TemplateColumn(
                    Column.NUMBER,
                    16,
                    TEXT,
                    "Si factura: el número de la factura. Si no factura: el número del pago (001, 002, 003...). "
                            + "Se conserva tal cual, con los ceros a la izquierda. No puede repetirse en un contrato.",
                    "002 · FE-2026-118"),
            new TemplateColumn(
                    Column.ELECTRONIC_INVOICE,
                    14,
                    TEXT,
                    "¿Está obligado a facturar electrónicamente? Sí o No (también S o N).",
                    "Sí · No"),
            new TemplateColumn(
                    Column.CUFE,
                    30,
                    TEXT,
                    "Obligatorio si «Factura electrónica» es Sí: el Código Único de Factura Electrónica, "
                            + "96 caracteres hexadecimales (0-9 y a-f) copiados de la factura. Si es No, déjelo vacío.",
                    "96 caracteres, por ejemplo 3f9a…c21b"),
            new TemplateColumn(
                    Column.NET_VALUE,
                    16,
                    PESOS,
                    "Si factura: el valor antes de IVA. Si no factura: el valor mensual del pago. Mayor que cero "
                            + "y no mayor que el valor total. Número, texto con puntos de miles y coma decimal, "
                            + "o una fórmula; máximo dos decimales.",
                    "3500000 · $ 3.500.000 · 3.500.000,00"),
            new TemplateColumn(
                    Column.TOTAL_VALUE,
                    16,
                    PESOS,
                    "Si factura: el valor con IVA. Si no factura: el total a cobrar (normalmente igual al valor neto).",
                    "4165000 · =REDONDEAR(F2*1,19;0)"),
            new TemplateColumn(
                    Column.DUE_DATE,
                    18,
                    TEXT,
                    "Opcional. Vacía: se deja la fecha que propone el portal (la guía de SECOP II recomienda no "
                            + "cambiarla). Si la escribe: dd/mm/aaaa o dd/mm/aaaa hh:mm (24 horas); una fecha sin "
                            + "hora se entiende como las 23:59 de ese día.",
                    "30/11/2026 · 30/11/2026 23:59"),
            new TemplateColumn(
                    Column.NOTES,
                    30,
                    TEXT,
                    "Opcional. Información adicional para la entidad, por ejemplo la referencia al contrato y el "
                            + "número de pago.",
                    "Contrato CPS-2026-0101, pago 11 de 12"),
            new TemplateColumn(
                    Column.SUPPORTS,
                    36,
                    TEXT,
                    "Los soportes (informe de actividades aprobado, pago de aportes a seguridad social, factura o "
                            + "cuenta de cobro...): un archivo .zip, o una carpeta que el robot comprime. El portal "
                            + "solo recibe .zip de máximo 10 MB. Una ruta relativa se busca desde la carpeta donde "
                            + "está esta hoja de cálculo.",
                    "soportes/noviembre.zip · C:\\Users\\juana\\Documents\\Soportes\\2026-11"),
            new TemplateColumn(
                    Column.SUPERVISOR_EMAIL,
                    28,
                    TEXT,
                    "Opcional. Correo del supervisor (o del apoyo a la supervisión) a quien avisar que el pago "
                            + "quedó radicado. Una sola dirección.",
                    "supervisor@entidad.gov.co"),
            new TemplateColumn(
                    Column.COMPANY,
                    26,
                    TEXT,
                    "Opcional. Solo si su usuario del SECOP II tiene varias empresas: el nombre de la empresa "
                            + "que tiene el contrato, como aparece al ingresar.",
                    "Consultores Andinos S.A.S."),
            new TemplateColumn(
                    Column.PLAN_REFERENCE,
                    22,
                    TEXT,
                    "Opcional. Solo si la entidad definió el plan de pagos: la fila del plan que corresponde a este "
                            + "pago, como la muestra «Plan de pagos». Sin ella, el robot usa la fila cuya fecha esperada "
                            + "es del periodo, y si no hay ninguna no radica la fila.",
                    "Pago 11 de 12"),
            new TemplateColumn(
                    Column.USER,
                    20,
                    TEXT,
                    "Opcional. Solo si en la hoja radica por varios contratistas: el usuario del SECOP II de la "
                            + "fila. Vacía: el usuario de SECOP_USUARIO. La contraseña nunca va en la hoja: viene de "
                            + "SECOP_CLAVE_<USUARIO> o se pregunta al empezar.",
                    "contratista.dos"),
            new TemplateColumn(
                    Column.PLANILLA_NUMBER,
                    20,
                    TEXT,
                    "Si su contrato es de prestación de servicios como persona natural: el número de la planilla"
                            + " PILA con que pagó la seguridad social del periodo (solo dígitos, 6 o más). Si el pago"
                            + " cubre varios meses, varias planillas separadas con ;. Si el portal no la pide, se"
                            + " ignora y el resultado lo dice.",
                    "8503294417 · 8503294417; 8503312209"),
            new TemplateColumn(
                    Column.PLANILLA_PAYMENT_DATE,
                    20,
                    TEXT,
                    "El día en que pagó cada planilla de «Número de planilla», en el mismo orden: dd/mm/aaaa."
                            + " SECOP II la comprueba ante SICOPI (Ministerio de Salud): un pago tarda de 2 a 4 días"
                            + " hábiles en llegar.",
                    "02/11/2026 · 02/11/2026; 01/12/2026"));

    /** The example row's value of each column (a Number for the values), or null to leave it empty. */
    static Object example(Column column) {
        return switch (column) {
            case CONTRACT -> "CPS-2026-0101";
            case PERIOD -> "Noviembre 2026";
            case NUMBER -> "011";
            case ELECTRONIC_INVOICE -> "No";
            case NET_VALUE, TOTAL_VALUE -> 3_500_000;
            case NOTES -> TemplateWriter.EXAMPLE_MARK + ": esta fila no se radica. Escriba sus pagos debajo.";
            case SUPPORTS -> "soportes/noviembre.zip";
            case SUPERVISOR_EMAIL -> "supervisor@entidad.gov.co";
            case PLANILLA_NUMBER -> "8503294417";
            case PLANILLA_PAYMENT_DATE -> "02/11/2026";
            default -> null;
        };
    }

    /** The input message of the column: whether it is required, then what to write (Excel allows 255 characters). */
    String prompt() {
        String text = (column == Column.CUFE
                        ? "Obligatorio si es factura electrónica. "
                        : column == Column.PLANILLA_NUMBER || column == Column.PLANILLA_PAYMENT_DATE
                                ? "Obligatoria si el portal pide la planilla. "
                                : column.required() ? "Obligatoria. " : "Opcional. ")
                + help().replaceFirst("^Opcional\\. ", "")
                + " Ej.: " + examples();
        if (text.length() <= 255) {
            return text;
        }
        int cut = text.lastIndexOf(". ", 253);
        return cut > 0 ? text.substring(0, cut + 1) : text.substring(0, 254) + "…";
    }

    static List<TemplateColumn> all() {
        return ALL;
    }

    static int indexOf(Column column) {
        for (int i = 0; i < ALL.size(); i++) {
            if (ALL.get(i).column() == column) {
                return i;
            }
        }
        throw new IllegalArgumentException("column not in the template: " + column);
    }

    String obligation() {
        if (column == Column.CUFE) {
            return "Si es factura electrónica";
        }
        if (column == Column.PLANILLA_NUMBER || column == Column.PLANILLA_PAYMENT_DATE) {
            return "Si el portal pide la planilla";
        }
        return column.required() ? "Sí" : "No";
    }
}
