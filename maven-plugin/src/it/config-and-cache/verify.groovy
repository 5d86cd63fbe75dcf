import groovy.json.JsonSlurper

def run = { String path -> new JsonSlurper().parse(new File(basedir, path)).runs[0] }
def cold = run('target/cold.sarif')
def warm = run('target/fearless.sarif')

// fearless.yml: EmptySynchronized disabled, SyncOnSharedConstant raised to error, and the project's own
// lock type known, so the release outside a finally is found.
def summary = { r -> r.results.collect { it.ruleId + ':' + it.level + ':' + it.locations[0].physicalLocation.artifactLocation.uri } }
assert summary(warm) == ['SyncOnSharedConstant:error:src/main/java/demo/Counter.java',
                         'SyncOnSharedConstant:error:src/main/java/demo/Counter.java',
                         'UnreleasedLock:warning:src/main/java/demo/Worker.java']
assert !warm.tool.driver.rules*.id.contains('EmptySynchronized') : 'a disabled rule does not run'
assert warm.tool.driver.rules.find { it.id == 'SyncOnSharedConstant' }.defaultConfiguration.level == 'error'

// The warm run, reading facts from the cache, reports exactly what the cold one did.
assert cold.results*.partialFingerprints == warm.results*.partialFingerprints
assert summary(cold) == summary(warm)

// The default cache folder holds an entry per source file.
File cache = new File(basedir, 'target/fearless-cache')
assert cache.isDirectory() : 'the fact cache is on by default, in target/fearless-cache'
def entries = []
cache.eachFileRecurse { if (it.name.endsWith('.facts')) entries << it }
assert entries.size() == 3 : "one entry per source file, got ${entries}"
// Written by the cold run, before its report; the warm run read them and rewrote none.
long coldReport = new File(basedir, 'target/cold.sarif').lastModified()
assert entries.every { it.lastModified() <= coldReport } : 'the warm run hit the cache'

String log = new File(basedir, 'build.log').text
assert log.contains('fearless found 2 findings at or above failOn=error (2 errors, 0 warnings, 0 notes)')
assert log.contains('[WARNING] src/main/java/demo/Worker.java:8:14: warning: [UnreleasedLock]')
assert !log.contains('[EmptySynchronized]')
return true
