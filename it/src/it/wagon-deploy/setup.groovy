evaluate(new File(itSources, 'nuget-packages.groovy'))
makePackage(new File(basedir, 'target/packages'), "Wagon.Deployed.${itRun}", '1.0.0')
return true
