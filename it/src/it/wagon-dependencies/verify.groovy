// The NuGet graph as Maven sees it: the net8.0 groups (the default framework), each dependency at the lowest
// version on the feed inside its range, and nothing of the .NET Framework group.
def log = new File(basedir, 'build.log').text
assert log.contains('nuget:Wagon.Top:nupkg:1.0.0:compile')
assert log.contains('nuget:Wagon.Middle:nupkg:1.0.0:compile')
assert log.contains('nuget:Wagon.Leaf:nupkg:2.0.0:compile')
assert !log.contains('Wagon.Legacy')

// copy-dependencies got the feed's very bytes, and the wagon kept them in the global packages folder of this run.
def base = feedUrl.replace('/index.json', '')
['Wagon.Top-1.0.0', 'Wagon.Middle-1.0.0', 'Wagon.Leaf-2.0.0'].each { name ->
    def copied = new File(basedir, "target/dependency/${name}.nupkg")
    assert copied.isFile() : "${copied} is missing"
    def (id, version) = [name.substring(0, name.lastIndexOf('-')).toLowerCase(), name.substring(name.lastIndexOf('-') + 1)]
    def onFeed = new URL("${base}/content/${id}/${version}/${id}.${version}.nupkg").bytes
    assert copied.bytes == onFeed : "${name} differs from the feed's"
    assert new File(nugetPackages, "${id}/${version}/${id}.${version}.nupkg").isFile()
}
return true
