// Online, then offline from the global packages folder alone, then offline with a package it does not hold.
def online = new File(basedir, 'target/nuget/net48/compile/Polly.dll')
def offline = new File(basedir, 'target/offline/net48/compile/Polly.dll')
assert online.isFile() && offline.isFile()
assert new File(basedir, 'global-packages/polly/4.3.0/.nupkg.metadata').isFile()
assert !new File(basedir, 'global-packages/csvhelper').exists()
assert !new File(basedir, 'target/missing/net8.0').exists()

def log = new File(basedir, 'build.log').text
assert log.contains('Restored 1 package (1 downloaded)') || log.contains('Restored 1 package (0 downloaded)')
assert log.contains('Restored 1 package (0 downloaded) for 1 input into ' + new File(basedir, 'target/offline'))
assert log.contains("Unable to resolve 'CsvHelper (>= 33.0.1)' for 'net8.0'")
assert log.contains('Maven runs offline (-o), so only the global packages folder, fallback folders and folder sources were read')
return true
