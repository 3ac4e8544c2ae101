# language: es
@regresion
Característica: Ubicar el contrato en «Mis contratos»
  Antes de radicar, el contratista busca en «Mis procesos › Mis contratos» el contrato que está
  «En ejecución» y abre su «Detalle». En un contrato «Terminado» no se radican pagos.

  @humo
  Escenario: Encontrar un contrato «En ejecución» y abrir su plan de pagos
    Dado que inicié sesión como contratista con la empresa "Juana Pérez Gómez"
    Cuando abro «Mis contratos»
    Entonces «Mis contratos» lista el contrato "CPS-2026-0101" en estado "En ejecución" con valor "42.000.000 COP"
    Cuando abro el detalle del contrato "CPS-2026-0101"
    Entonces el detalle muestra el contrato "CPS-2026-0101" en estado "En ejecución"
    Y el detalle tiene la sección "Ejecución del Contrato"
    Cuando abro la sección «Ejecución del Contrato»
    Entonces el plan de pagos ofrece el botón «Crear»

  @simulador
  Escenario: El robot no radica pagos de un contrato «Terminado»
    Dado los pagos de la hoja "Casos del portal" del archivo "sample-data/pagos-qa.xlsx"
    Y que la validación de la hoja no encuentra problemas en la fila 5
    Cuando radico el pago de la fila 5
    Entonces la fila 5 termina "Fallido" con un mensaje que contiene "está «Terminado»"
    Cuando abro «Mis contratos»
    Entonces «Mis contratos» lista el contrato "CPS-2025-0999" en estado "Terminado"
    Y el simulador no tiene la solicitud "011" del contrato "CPS-2025-0999"
