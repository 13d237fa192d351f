def log = new File(basedir, 'build.log').text
assert log.contains('NuGet Bridge :: Maven Plugin')
assert log.contains('nuget:help')
assert log.contains('BUILD SUCCESS')
return true
