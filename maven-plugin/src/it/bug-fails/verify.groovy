import groovy.json.JsonSlurper

File sarif = new File(basedir, 'target/fearless.sarif')
assert sarif.isFile() : 'the SARIF report is written even when the build fails'
def run = new JsonSlurper().parse(sarif).runs[0]
assert run.tool.driver.name == 'fearless'
assert run.results.size() == 2
run.results.each { r ->
    assert r.ruleId == 'SyncOnSharedConstant'
    assert r.level == 'warning'
    assert r.locations[0].physicalLocation.artifactLocation.uri == 'src/main/java/demo/Counter.java'
    assert r.partialFingerprints['fearless/v1']
}
assert run.results*.locations*.getAt(0)*.physicalLocation*.region*.startLine == [8, 14]
assert !new File(basedir, 'target').list().any { it.endsWith('.tmp') } : 'no temporary report is left behind'

String log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/main/java/demo/Counter.java:8:9: warning: [SyncOnSharedConstant] synchronized on')
assert log.contains('[WARNING] src/main/java/demo/Counter.java:14:9: warning: [SyncOnSharedConstant]')
assert log.contains('fearless found 2 findings at or above failOn=warning (0 errors, 2 warnings, 0 notes)')
assert log.contains('BUILD FAILURE')
return true
