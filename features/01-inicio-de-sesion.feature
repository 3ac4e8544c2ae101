# language: es
@regresion @login
Característica: Inicio de sesión en SECOP II
  Como contratista quiero entrar a SECOP II con mi usuario y contraseña y elegir la empresa
  con la que trabajo, para ver solo los contratos de esa empresa.

  @humo @simulador
  Escenario: Ingreso con credenciales correctas y elección de la empresa
    Dado que abro la página de inicio de sesión de SECOP II
    Cuando ingreso con el usuario "contratista.demo" y la contraseña "Demo2026*"
    Entonces el portal me pide elegir la empresa entre:
      | Juana Pérez Gómez          |
      | Consultores Andinos S.A.S. |
    Cuando entro con la empresa "Consultores Andinos S.A.S."
    Entonces veo el escritorio de "Juana Pérez Gómez" con la empresa activa "Consultores Andinos S.A.S."
    Cuando abro «Mis contratos»
    Entonces «Mis contratos» muestra la empresa activa "Consultores Andinos S.A.S."
    Y «Mis contratos» lista el contrato "CPS-2026-0301" en estado "En ejecución"
    Pero «Mis contratos» no lista el contrato "CPS-2026-0101"

  @simulador
  Escenario: Credenciales incorrectas
    Dado que abro la página de inicio de sesión de SECOP II
    Cuando ingreso con el usuario "contratista.demo" y la contraseña "ClaveEquivocada2026"
    Entonces el portal rechaza el ingreso con el mensaje "Usuario o contraseña incorrectos."
    Y sigo en la página de inicio de sesión sin sesión abierta

  @simulador
  Escenario: Un usuario con una sola empresa entra directo al escritorio
    Dado que abro la página de inicio de sesión de SECOP II
    Cuando ingreso con el usuario "contratista.dos" y la contraseña "Demo2026*"
    Entonces el portal no pide elegir empresa
    Cuando entro con la empresa que propone el portal
    Entonces veo el escritorio de "Pedro Ramírez Ruiz" con la empresa activa "Pedro Ramírez Ruiz"

  Escenario: Ingreso con las credenciales configuradas del contratista
    Dado que abro la página de inicio de sesión de SECOP II
    Cuando ingreso con las credenciales del contratista
    Y entro con la empresa que propone el portal
    Entonces veo el escritorio con un usuario y una empresa activa
