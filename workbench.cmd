@echo off
rem Styrbord on Windows: the workbench is "java -jar styrbord.jar"; this file only finds the jar:
rem beside it in an unzipped bundle, else target\styrbord.jar of a source checkout, which it builds
rem with the Maven wrapper when it is missing. Arguments go to the workbench: run, notebook, update.
setlocal
set "ROOT=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "JAR=%ROOT%styrbord.jar"
if exist "%JAR%" goto run
set "JAR=%ROOT%target\styrbord.jar"
if exist "%JAR%" goto run
echo Styrbord: building the workbench, first start, under a minute... 1>&2
pushd "%ROOT%"
call mvnw.cmd -B -q -Dmaven.test.skip=true package
set "BUILT=%ERRORLEVEL%"
popd
if not "%BUILT%"=="0" exit /b 1
:run
"%JAVA%" -jar "%JAR%" %*
exit /b %ERRORLEVEL%
