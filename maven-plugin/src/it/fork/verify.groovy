import groovy.json.JsonSlurper

def results = { String path -> new JsonSlurper().parse(new File(basedir, path)).runs[0].results }

// The three runs found the same two findings and wrote the same report, wherever the scan ran.
def forked = results('target/forked.sarif')
assert forked*.ruleId == ['SyncOnSharedConstant', 'SyncOnSharedConstant']
assert results('target/in-maven.sarif')*.partialFingerprints == forked*.partialFingerprints
assert results('target/fallback.sarif')*.partialFingerprints == forked*.partialFingerprints

// build.log holds the three runs one after the other.
String log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('fearless') }
assert runs.size() == 3 : runs.size()

// 1: the goal starts the child with the launcher's options and jvmArgs, and the child says it runs with them.
assert runs[0] =~ /\[DEBUG\] fearless: scanning in a child JVM: \S*java -XX:\+UseParallelGC -XX:TieredStopAtLevel=1 -Xss4m -Xmx300m -cp /
def child = (runs[0] =~ /\[DEBUG\] fearless: scanning in JVM (\d+) with options \[(.*)\]/)
assert child.find() : 'the child reports its JVM'
assert child.group(2) == '-XX:+UseParallelGC, -XX:TieredStopAtLevel=1, -Xss4m, -Xmx300m'
assert !runs[0].contains("scanning in Maven's JVM")

// 2: fork=false scans in Maven's JVM.
assert runs[1].contains("[DEBUG] fearless: scanning in Maven's JVM")
assert !runs[1].contains('fearless: scanning in a child JVM')

// 3: the child's own complaint is passed on, then the goal scans in Maven's JVM.
assert runs[2].contains("Unrecognized VM option 'NoSuchOption'")
assert runs[2].contains("[WARNING] fearless: could not start a JVM for the scan (exit code 1); scanning in Maven's JVM")

// Every run logs the findings, the summary and the failure the same way.
runs.each { run ->
    assert run.contains('[WARNING] src/main/java/demo/Counter.java:8:9: warning: [SyncOnSharedConstant] synchronized on')
    assert run.contains('[INFO] fearless: 2 findings (0 errors, 2 warnings, 0 notes) in 1 file')
    assert run.contains('fearless found 2 findings at or above failOn=warning (0 errors, 2 warnings, 0 notes)')
    assert run.contains('BUILD FAILURE')
}
return true
