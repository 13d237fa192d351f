// Both packages came through the guarded feed with the decrypted server password, which no line shows.
assert new File(basedir, 'target/dependency/Wagon.Guarded-1.0.0.nupkg').isFile()
assert new File(basedir, 'target/dependency/Wagon.Guarded.Dependency-1.0.0.nupkg').isFile()
def log = new File(basedir, 'build.log').text
assert !log.contains(itPassword)
assert !log.contains("${itUser}:${itPassword}".bytes.encodeBase64().toString())
return true
