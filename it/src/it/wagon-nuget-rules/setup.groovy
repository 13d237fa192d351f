evaluate(new File(itSources, 'nuget-packages.groovy'))
pushCases(feedUrl, basedir)
return true
