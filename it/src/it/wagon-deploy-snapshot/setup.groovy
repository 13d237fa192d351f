evaluate(new File(itSources, 'nuget-packages.groovy'))
// What nuget:pack makes of 1.0-SNAPSHOT.
makePackage(new File(basedir, 'target/packages'), 'Wagon.Snapshot', '1.0.0-SNAPSHOT')
return true
