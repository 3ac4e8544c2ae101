# language: es
@regresion @simulador @seguimiento
Característica: Después de «Enviado»: seguir cada solicitud hasta «Pagado» y preparar la hoja del mes siguiente
  «./secop estado» lee el plan de pagos sin cambiar nada, muestra el estado como lo escribe el portal y marca
  «nuevo:» lo que cambió desde la consulta anterior, una sola vez. «./secop siguiente-mes» escribe la hoja
  del mes siguiente y deja vacío solo lo que cambia cada mes.

  Escenario: La entidad acepta y paga: «estado» lo marca nuevo una vez y no cambia nada en el portal
    Dado los pagos de la hoja "Noviembre" del archivo "sample-data/pagos-qa.xlsx"
    Y que radico el pago de la fila 2
    Y que consulto el estado de los pagos de la hoja
    Y que la entidad acepta la solicitud "011" del contrato "CPS-2026-0101"
    Y que la entidad paga la solicitud "011" del contrato "CPS-2026-0101"
    Cuando consulto el estado de los pagos de la hoja
    Entonces el estado muestra la solicitud "011" del contrato "CPS-2026-0101" como "nuevo: Pagado"
    Y la consulta no cambió nada en el simulador
    Cuando consulto el estado de los pagos de la hoja
    Entonces el estado muestra la solicitud "011" del contrato "CPS-2026-0101" como "Pagado"
    Y el estado dice "Nada cambió desde la última consulta."

  Escenario: La entidad rechaza: «estado» muestra el motivo y qué hacer
    Dado los pagos de la hoja "Noviembre" del archivo "sample-data/pagos-qa.xlsx"
    Y que radico el pago de la fila 2
    Y que consulto el estado de los pagos de la hoja
    Y que la entidad rechaza la solicitud "011" del contrato "CPS-2026-0101" con el motivo "Falta la planilla de aportes."
    Cuando consulto el estado de los pagos de la hoja
    Entonces el estado muestra la solicitud "011" del contrato "CPS-2026-0101" como "nuevo: Rechazado"
    Y el estado dice "Motivo de la entidad: Falta la planilla de aportes."
    Y el estado dice "Qué hacer: Corrija la fila 2 de su hoja (número 011) según el motivo y ejecute: ./secop cargar"
    Y la consulta no cambió nada en el simulador

  Escenario: «siguiente-mes» prepara la hoja de diciembre y «validar» solo pide lo que quedó vacío
    Dado una copia del archivo "sample-data/pagos-demo.xlsx"
    Cuando preparo la hoja del mes siguiente
    Entonces la hoja nueva se llama "pagos-demo-diciembre-2026.xlsx"
    Y la fila 2 de la hoja nueva tiene:
      | Periodo                  | Diciembre 2026                        |
      | Número de factura o pago | 012                                   |
      | Soportes                 | soportes/cps-2026-0101-diciembre.zip  |
      | Valor total              | 3.500.000                             |
    Y la fila 5 de la hoja nueva tiene:
      | Número de factura o pago |  |
      | CUFE                     |  |
    Y la validación de la hoja nueva solo señala celdas que quedaron por llenar, entre ellas:
      | fila | columna                  |
      | 5    | Número de factura o pago |
      | 5    | CUFE                     |
      | 2    | Soportes                 |
