// Under -Dnuget.mavenMediation=true (invoker.properties): Maven's mediation, as before NuGet's rules came.
// The range [1.0.0,2.0.0) resolved to the highest release in it, 1.1.0, whose net8.0 group wants Middle [1.1.0, );
// and under -C every checksum was there and matched, or the build would have failed.
def log = new File(basedir, 'build.log').text
assert log.contains('nuget:Wagon.Top:nupkg:1.1.0:compile')
assert log.contains('nuget:Wagon.Middle:nupkg:1.1.0:compile')
assert log.contains('nuget:Wagon.Leaf:nupkg:2.0.0:compile')
assert !log.contains('Wagon.Top:nupkg:2.0.0')
assert !log.toLowerCase().contains('checksum validation failed')
assert new File(basedir, 'target/dependency/Wagon.Top-1.1.0.nupkg').isFile()
return true
