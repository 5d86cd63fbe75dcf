import groovy.json.JsonSlurper

assert !new File(basedir, 'target/fearless.sarif').exists() : 'sarifOutput moves the report'
File sarif = new File(basedir, 'target/reports/fearless.sarif')
assert sarif.isFile()
def run = new JsonSlurper().parse(sarif).runs[0]
assert run.results*.ruleId == ['SyncOnSharedConstant', 'SyncOnSharedConstant']

String log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/main/java/demo/Counter.java:8:9: warning: [SyncOnSharedConstant]')
assert log.contains('SARIF report: target/reports/fearless.sarif')
assert log.contains('BUILD SUCCESS')
return true
