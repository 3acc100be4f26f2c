@echo off
rem Runs the epres CLI on Windows, with the jars in ..\lib beside this folder.
rem Java is %JAVA_HOME%\bin\java.exe where JAVA_HOME is set, else java on the PATH.
setlocal
set "EPRES_LIB=%~dp0..\lib"
set "EPRES_JAVA=java"
if defined JAVA_HOME set "EPRES_JAVA=%JAVA_HOME%\bin\java.exe"
"%EPRES_JAVA%" -cp "%EPRES_LIB%\*" io.github.epres.cli.EpresCli %*
exit /b %ERRORLEVEL%
