evaluate(new File(itSources, 'nuget-packages.groovy'))
pushGraph(feedUrl, new File(basedir, 'target/packages'))
return true
