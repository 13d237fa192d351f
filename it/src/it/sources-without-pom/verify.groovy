def log = new File(basedir, 'build.log').text
def here = basedir.canonicalPath

assert log.contains('BUILD SUCCESS')
assert log.contains("[INFO]   ${here}/NuGet.Config")
assert log.contains('[INFO]   1.  drop [Enabled]')
assert log.contains("[INFO]       ${here}/drop-folder")
assert log.contains('[INFO] Package source mapping: off')
return true
