evaluate(new File(itSources, 'nuget-packages.groovy'))
pushGraph(feedUrl, new File(basedir, 'target/packages'))
// The version under test, which a committed .mvn/extensions.xml could not name.
def mvn = new File(basedir, '.mvn')
mvn.mkdirs()
new File(mvn, 'extensions.xml').text = """<?xml version="1.0" encoding="UTF-8"?>
<extensions>
  <extension>
    <groupId>io.nugetbridge</groupId>
    <artifactId>nuget-wagon</artifactId>
    <version>${wagonVersion}</version>
  </extension>
</extensions>
"""
return true
