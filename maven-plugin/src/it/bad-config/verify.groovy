// build.log holds both runs: the skipped one, then the failing one.
String log = new File(basedir, 'build.log').text
assert log.contains('[INFO] fearless: skipped (fearless.skip)')
assert log.contains('fearless: unknown rule id NoSuchRule in enabledRules/disabledRules; known rules: ')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/fearless.sarif').exists() : 'neither the skipped run nor the bad one wrote a report'
return true
