// Refused with the policy and what to do, and nothing reached the feed.
def log = new File(basedir, 'build.log').text
assert log.contains('is a SNAPSHOT. NuGet feeds keep every version for good')
assert log.contains('1.2.0-beta.1')
def versions = new URL(feedUrl.replace('/index.json', '/content/wagon.snapshot/index.json')).openConnection()
assert versions.responseCode == 404
return true
