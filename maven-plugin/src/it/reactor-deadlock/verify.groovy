import groovy.json.JsonSlurper

// Neither module alone has a lock-order cycle; analysed with its reactor sibling, each module reports the
// cycle in its own SARIF. In a multi-module build, paths are relative to the reactor's top folder, so both
// reports name the same places and carry the same fingerprint.
def results(String module) {
    File sarif = new File(basedir, module + '/target/fearless.sarif')
    assert sarif.isFile() : module + ' wrote no report'
    def run = new JsonSlurper().parse(sarif).runs[0]
    assert run.originalUriBaseIds.SRCROOT.uri == basedir.toPath().toAbsolutePath().normalize().toUri().toString()
    return run.results.findAll { it.ruleId == 'LockOrderInversion' }
}
def inA = results('a')
def inB = results('b')
// The cycle is an error at its first side, with a note at its other side that points to it.
def error(found) { found.find { it.level == 'error' } }
[inA, inB].each { found ->
    assert found.size() == 2 : found
    def cycle = error(found)
    assert cycle.locations[0].physicalLocation.artifactLocation.uri == 'a/src/main/java/shop/Inventory.java'
    assert cycle.relatedLocations*.physicalLocation*.artifactLocation*.uri.contains('b/src/main/java/shop/client/Returns.java')
    def note = found.find { it.level == 'note' }
    assert note.locations[0].physicalLocation.artifactLocation.uri == 'b/src/main/java/shop/client/Returns.java'
}
assert error(inA).partialFingerprints == error(inB).partialFingerprints

// One cache for the whole build, in the top-level project's build folder.
File cache = new File(basedir, 'target/fearless-cache')
assert cache.isDirectory() && cache.list().length > 0 : 'the modules share the top-level cache'
assert !new File(basedir, 'a/target/fearless-cache').exists()

// The first invocation fails at module a; the second (failOn=never) reaches b too.
String log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] a/src/main/java/shop/Inventory.java:12:13: error: [LockOrderInversion] lock-order inversion')
assert log.contains('Failed to execute goal dev.fearless:fearless-maven-plugin:')
assert log.contains('on project a: fearless found 1 finding at or above failOn=warning (1 error, 0 warnings, 0 notes)')
assert log.contains('fearless: 2 findings (1 error, 0 warnings, 1 note) in 2 files of the reactor')
return true
