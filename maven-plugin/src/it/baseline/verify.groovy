import groovy.json.JsonSlurper

def results = { String path -> new JsonSlurper().parse(new File(basedir, path)).runs[0].results }

// Run 1 recorded the two findings in main.
def recorded = results('target/baseline.sarif')
assert recorded.size() == 2
assert recorded.every { it.baselineState == null }

// Run 2 (build passed) saw the same two, both known.
def second = results('target/fearless.sarif')
assert second*.partialFingerprints*.getAt('fearless/v1') == recorded*.partialFingerprints*.getAt('fearless/v1')
assert second*.baselineState == ['unchanged', 'unchanged']

// Run 3 (build failed) also scanned src/test: one new finding there.
def third = results('target/with-tests.sarif')
assert third.size() == 3
def fresh = third.findAll { it.baselineState == 'new' }
assert fresh.size() == 1
assert fresh[0].locations[0].physicalLocation.artifactLocation.uri == 'src/test/java/demo/Probe.java'

// build.log holds the three runs one after the other.
String log = new File(basedir, 'build.log').text
assert log.contains('fearless found 1 new finding at or above failOn=warning')
assert log.contains('[WARNING] src/test/java/demo/Probe.java:8:9: warning: [SyncOnSharedConstant]')
assert log.count('[WARNING] src/main/java/demo/Counter.java') == 2 : 'only run 1 prints them: known findings are not new'
assert log.contains('fearless: 2 findings (0 errors, 2 warnings, 0 notes), 0 new, 2 in the baseline in 1 file')
return true
