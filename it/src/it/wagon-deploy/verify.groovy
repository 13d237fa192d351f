// nuget:pack made the package from the POM, and the deploy pushed it once; the POM, checksums and metadata
// Maven sent around it were dropped. The package on the feed is the one in target/.
def log = new File(basedir, 'build.log').text
def id = "Wagon.Deployed.${itRun}"
assert log.contains("Pushed ${id} 1.0.0 to ")
def versions = new URL(feedUrl.replace('/index.json', "/content/${id.toLowerCase()}/index.json")).text
assert versions.contains('"1.0.0"')
def onFeed = new URL(feedUrl.replace('/index.json', "/content/${id.toLowerCase()}/1.0.0/${id.toLowerCase()}.1.0.0.nupkg")).bytes
assert onFeed == new File(basedir, "target/${id}.1.0.0.nupkg").bytes
return true
