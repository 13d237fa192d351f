evaluate(new File(itSources, 'nuget-packages.groovy'))
def nupkg = makePackage(new File(basedir, 'target/packages'), 'Wagon.Guarded', '1.0.0',
        ['net8.0': ['Wagon.Guarded.Dependency:1.0.0']])
pushPackage(authFeedUrl, nupkg, itUser, itPassword)
pushPackage(authFeedUrl, makePackage(new File(basedir, 'target/packages'), 'Wagon.Guarded.Dependency', '1.0.0'), itUser, itPassword)
return true
