@echo off
rem fearless launcher for Windows (fearless is the Linux and macOS one).
rem  - In a release bundle, fearless.jar lies beside this script and is run as it is.
rem  - In a clone of the repository, it runs cli\target\fearless.jar, and first builds it with Maven
rem    (JDK 17+ and Maven needed) when it is missing. After changing the sources, delete the jar or run
rem    mvn -B package -DskipTests -pl cli -am. The build log is shown only if the build fails.
rem %FEARLESS_JAVA_OPTS% replaces the JVM options below.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%fearless.jar"
if exist "%JAR%" goto run
set "JAR=%HERE%cli\target\fearless.jar"
if exist "%JAR%" goto run
echo fearless: building %JAR% with Maven (first use)... 1>&2
set "LOG=%TEMP%\fearless-build-%RANDOM%.log"
pushd "%HERE%"
call mvn -B -q -Dstyle.color=never -DskipTests -pl cli -am package > "%LOG%" 2>&1
set "BUILD=%ERRORLEVEL%"
popd
if not "%BUILD%"=="0" (
  type "%LOG%" 1>&2
  del "%LOG%" > nul 2>&1
  echo fearless: build failed 1>&2
  exit /b 3
)
del "%LOG%" > nul 2>&1
echo fearless: built %JAR% 1>&2
:run
rem C1 alone starts fastest, and a scan is over before C2 would pay off; the language server runs for hours.
if not defined FEARLESS_JAVA_OPTS if /i "%~1"=="lsp" set "FEARLESS_JAVA_OPTS=-XX:+UseParallelGC -Xss4m"
if not defined FEARLESS_JAVA_OPTS set "FEARLESS_JAVA_OPTS=-XX:+UseParallelGC -XX:TieredStopAtLevel=1 -Xss4m"
java %FEARLESS_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
