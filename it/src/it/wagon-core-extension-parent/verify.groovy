// The parent came from the Maven repository (its property set the NuGet dependency's version), the package
// from the feed through the core-extension wagon.
assert new File(basedir, 'target/dependency/Wagon.Leaf-2.0.0.nupkg').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
return true
