// Both nupkg dependencies were restored for net48 from the nuget+http repository: Polly from lib/net45,
// Dapper from lib/net461, the nearest folders NuGet picks for net48.
def out = new File(basedir, 'target/nuget')
assert ((new File(out, 'net48/compile').list() ?: new String[0]).sort() as List) == ['Dapper.dll', 'Polly.dll']
assert new File(out, 'packages/Polly.4.3.0/lib/net45/Polly.dll').isFile()
assert new File(out, 'packages/Dapper.2.0.78/Dapper.2.0.78.nupkg').isFile()

def summary = new groovy.json.JsonSlurper().parse(new File(out, 'summary/restore-nupkg-dependencies.json'))
def packages = summary.frameworks[0].packages
assert packages*.id == ['Dapper', 'Polly']
assert packages.every { it.direct && it.source == 'it-nuget' }
assert packages.find { it.id == 'Polly' }.assets.compileFrom == 'net45'
assert packages.find { it.id == 'Dapper' }.assets.compileFrom == 'net461'

def log = new File(basedir, 'build.log').text
assert log.contains('restore-nupkg-dependencies net48: 2 packages')
return true
