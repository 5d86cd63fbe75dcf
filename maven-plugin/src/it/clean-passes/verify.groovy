import groovy.json.JsonSlurper

File sarif = new File(basedir, 'target/fearless.sarif')
assert sarif.isFile()
def run = new JsonSlurper().parse(sarif).runs[0]
assert !run.results : 'correct locking, and src/test is not scanned without includeTests'
assert run.invocations[0].executionSuccessful == true

String log = new File(basedir, 'build.log').text
assert log.contains('fearless: 0 findings (0 errors, 0 warnings, 0 notes) in 1 file')
assert !log.contains('[SyncOnSharedConstant]')
assert log.contains('BUILD SUCCESS')
return true
