@echo off
rem Lanzador de secop-robot para Windows: compila el jar si falta o si el codigo cambio y lo ejecuta.
setlocal
set "SECOP_HOME=%~dp0"
if "%SECOP_HOME:~-1%"=="\" set "SECOP_HOME=%SECOP_HOME:~0,-1%"
set "BUILT_JAR=%SECOP_HOME%\target\secop-robot.jar"
set "RUN_JAR=%SECOP_HOME%\target\lanzador\secop-robot.jar"

where java >nul 2>nul || (echo secop: no se encontro Java. Instale Java 17 o superior. 1>&2 & exit /b 2)
where mvn >nul 2>nul || (echo secop: no se encontro Maven. Instalelo para compilar el robot. 1>&2 & exit /b 2)

set "STALE="
if not exist "%BUILT_JAR%" set "STALE=1"
if not defined STALE (
  for /f %%F in ('powershell -NoProfile -Command "$jar=(Get-Item '%BUILT_JAR%').LastWriteTime; @(Get-ChildItem -Recurse -File '%SECOP_HOME%\src\main','%SECOP_HOME%\config','%SECOP_HOME%\pom.xml' | Where-Object { $_.LastWriteTime -gt $jar }).Count"') do if not "%%F"=="0" set "STALE=1"
)
if defined STALE (
  echo secop: compilando el robot ^(mvn package^)... 1>&2
  pushd "%SECOP_HOME%" & call mvn -q -B -Dmaven.test.skip=true package & popd
  if errorlevel 1 (echo secop: la compilacion fallo. 1>&2 & exit /b 2)
)
if not exist "%SECOP_HOME%\target\lanzador" mkdir "%SECOP_HOME%\target\lanzador"
copy /y "%BUILT_JAR%" "%RUN_JAR%" >nul
java %SECOP_JAVA_OPTS% -Dsecop.home="%SECOP_HOME%" -jar "%RUN_JAR%" %*
exit /b %ERRORLEVEL%
