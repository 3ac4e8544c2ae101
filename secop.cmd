@echo off
rem Lanzador de secop-robot para Windows. En la version empaquetada usa el secop-robot.jar que esta a su
rem lado (solo necesita Java 17+ y Google Chrome); en el codigo fuente compila el jar con Maven.
rem Con doble clic (sin argumentos) pide la hoja de pagos, pregunta que hacer y espera antes de cerrar.
setlocal EnableExtensions
set "SECOP_HOME=%~dp0"
if "%SECOP_HOME:~-1%"=="\" set "SECOP_HOME=%SECOP_HOME:~0,-1%"
set "PACKAGED_JAR=%SECOP_HOME%\secop-robot.jar"
set "BUILT_JAR=%SECOP_HOME%\target\secop-robot.jar"
set "RUN_JAR=%SECOP_HOME%\target\lanzador\secop-robot.jar"
set "BUILD_LOG=%SECOP_HOME%\target\compilacion.log"
set "INTERACTIVE="
if "%~1"=="" set "INTERACTIVE=1"

call :check_java || goto :end_error
call :needs_browser %1 && (call :check_chrome || goto :end_error)
call :find_jar || goto :end_error
set SE_OFFLINE=true
set SE_AVOID_STATS=true
if defined INTERACTIVE goto :interactive
java -XX:TieredStopAtLevel=1 %SECOP_JAVA_OPTS% -Dsecop.home="%SECOP_HOME%" -Dsecop.lanzador=secop.cmd -jar "%JAR%" %*
exit /b %ERRORLEVEL%

rem ---------------------------------------------------------------------------------------------------
:interactive
echo.
echo  Robot de radicacion en SECOP II
echo  ===============================
echo.
echo  Arrastre a esta ventana su hoja de pagos (.xlsx) y pulse Enter.
echo  (Si no la tiene, escriba PLANTILLA y pulse Enter para crear una hoja vacia en el Escritorio.)
echo.
set "SHEET="
set /p "SHEET=Hoja de pagos: "
if not defined SHEET goto :end_pause
set "SHEET=%SHEET:"=%"
if /i "%SHEET%"=="PLANTILLA" (
  java -XX:TieredStopAtLevel=1 -Dsecop.home="%SECOP_HOME%" -Dsecop.lanzador=secop.cmd -jar "%JAR%" plantilla "%USERPROFILE%\Desktop\mis-pagos.xlsx"
  goto :end_pause
)
if not exist "%SHEET%" (
  echo.
  echo  No se encontro el archivo "%SHEET%".
  goto :end_pause
)
echo.
echo  Que desea hacer con "%SHEET%"?
echo    1  Revisar la hoja sin abrir el portal          ^(validar^)
echo    2  Ensayo: llenar y confirmar, sin Enviar        ^(cargar --ensayo^)
echo    3  Radicar los pagos en SECOP II                 ^(cargar^)
echo    4  Ver el estado de cada pago en SECOP II         ^(estado^)
set "CHOICE=1"
set /p "CHOICE=Escriba 1, 2, 3 o 4 y pulse Enter [1]: "
set "ARGS="
if "%CHOICE%"=="1" set "ARGS=validar"
if "%CHOICE%"=="2" set "ARGS=cargar --ensayo"
if "%CHOICE%"=="3" set "ARGS=cargar"
if "%CHOICE%"=="4" set "ARGS=estado"
if not defined ARGS (
  echo  Opcion no valida: %CHOICE%
  goto :end_pause
)
if not "%CHOICE%"=="1" (call :check_chrome || goto :end_pause)
echo.
java -XX:TieredStopAtLevel=1 %SECOP_JAVA_OPTS% -Dsecop.home="%SECOP_HOME%" -Dsecop.lanzador=secop.cmd -jar "%JAR%" %ARGS% "%SHEET%"
goto :end_pause

:end_error
if defined INTERACTIVE goto :end_pause
exit /b 2

:end_pause
echo.
pause
exit /b 0

rem ---------------------------------------------------------------------------------------------------
:check_java
where java >nul 2>nul
if errorlevel 1 (
  echo secop: no se encontro Java. Instale Java 17 o superior, por ejemplo Temurin JRE 17 para Windows x64:
  echo        https://adoptium.net/es/temurin/releases/  ^(marque "Set JAVA_HOME" y "Add to PATH"^)
  echo        y abra de nuevo esta ventana.
  exit /b 1
)
java -version 2>&1 | findstr /r /c:"version \"1[7-9]" /c:"version \"[2-9][0-9]" >nul
if errorlevel 1 (
  echo secop: su Java es anterior a la version 17. Instale Java 17 o superior:
  echo        https://adoptium.net/es/temurin/releases/
  exit /b 1
)
exit /b 0

:needs_browser
if "%~1"=="" exit /b 1
for %%C in (-h --help --ayuda simulador validar plantilla notificar empaquetar test) do if /i "%~1"=="%%C" exit /b 1
exit /b 0

:check_chrome
if defined SECOP_NAVEGADOR exit /b 0
if defined SECOP_GRID exit /b 0
if exist "%ProgramFiles%\Google\Chrome\Application\chrome.exe" exit /b 0
if exist "%ProgramFiles(x86)%\Google\Chrome\Application\chrome.exe" exit /b 0
if exist "%LocalAppData%\Google\Chrome\Application\chrome.exe" exit /b 0
where chrome >nul 2>nul && exit /b 0
echo secop: no se encontro Google Chrome. Instalelo desde https://www.google.com/intl/es/chrome/
echo        ^(o indique la ruta de chrome.exe en la variable SECOP_NAVEGADOR^) y vuelva a intentarlo.
exit /b 1

:find_jar
if exist "%PACKAGED_JAR%" (
  set "JAR=%PACKAGED_JAR%"
  exit /b 0
)
if not exist "%SECOP_HOME%\pom.xml" (
  echo secop: no se encontro secop-robot.jar junto a secop.cmd. Descomprima de nuevo secop-robot-^<version^>.zip.
  exit /b 1
)
where mvn >nul 2>nul
if errorlevel 1 (
  echo secop: esta es una copia del codigo fuente y no se encontro Maven para compilarla.
  echo        Use la version empaquetada secop-robot-^<version^>.zip, que no necesita Maven, o instale Maven.
  exit /b 1
)
set "STALE="
if not exist "%BUILT_JAR%" set "STALE=1"
if not defined STALE (
  for /f %%F in ('powershell -NoProfile -Command "$jar=(Get-Item '%BUILT_JAR%').LastWriteTime; @(Get-ChildItem -Recurse -File '%SECOP_HOME%\src\main','%SECOP_HOME%\config','%SECOP_HOME%\pom.xml' | Where-Object { $_.LastWriteTime -gt $jar }).Count"') do if not "%%F"=="0" set "STALE=1"
)
if not defined STALE goto :copy_jar
echo secop: compilando el robot ^(mvn package^)... 1>&2
if not exist "%SECOP_HOME%\target" mkdir "%SECOP_HOME%\target"
pushd "%SECOP_HOME%"
call mvn -q -B -Dstyle.color=never -Dmaven.test.skip=true package > "%BUILD_LOG%" 2>&1
if errorlevel 1 goto :build_failed
popd
:copy_jar
if not exist "%SECOP_HOME%\target\lanzador" mkdir "%SECOP_HOME%\target\lanzador"
copy /y "%BUILT_JAR%" "%RUN_JAR%" >nul
set "JAR=%RUN_JAR%"
exit /b 0

:build_failed
popd
type "%BUILD_LOG%" 1>&2
echo secop: la compilacion fallo ^(mensajes completos en %BUILD_LOG%^). 1>&2
exit /b 1
