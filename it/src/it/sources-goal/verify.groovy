def log = new File(basedir, 'build.log').text
def sub = new File(basedir, 'sub').canonicalPath
def outer = new File(basedir, 'nuget.config').canonicalPath

assert log.contains('BUILD SUCCESS')
// Closest file first, then the one above it.
assert log.contains("[INFO]   ${sub}/NuGet.Config\n[INFO]   ${outer}")
// The closer file's sources come first; the outer file's follow; %FEED_HOST% is expanded.
assert log.contains('[INFO]   1.  local [Enabled]')
assert log.contains("[INFO]       ${sub}/feed")
assert log.contains('[INFO]   2.  windows-only [Enabled]')
assert log.contains('[INFO]   3.  nuget.org [Disabled]')
assert log.contains('[INFO]   4.  ci_env [Enabled]')
assert log.contains('[INFO]       https://feed.it.example/nuget/v3/index.json')
assert log.contains("[INFO]       V3 (protocolVersion 3), declared in ${outer} line 6")
assert log.contains('[INFO]       V2 (protocolVersion 2), declared in ' + outer + ' line 8')
// Where credentials come from, never what they are.
assert log.contains("credentials: user 'env-user' from environment variable NuGetPackageSourceCredentials_ci_env")
assert log.contains("credentials: user 'it-user' from settings.xml server 'it-server'")
assert log.contains("credentials: in nuget.config ${sub}/NuGet.Config (packageSourceCredentials), but its password is encrypted")
assert !log.contains('it-env-secret')
assert !log.contains('it-server-secret')
assert !log.contains('AQAAANCMnd8BFdERjHoAwE')
// The mapping in force.
assert log.contains('[INFO] Package source mapping: on')
assert log.contains('[INFO]   ci_env: Acme.*')
assert log.contains('[INFO]   local: *')
return true
