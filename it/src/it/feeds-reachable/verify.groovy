// Both Artipie feeds answer on loopback; the guarded one wants Basic auth on everything but its index.
def index = new URL(feedUrl).text
assert index.contains('PackagePublish/2.0.0')
def guarded = new URL(authFeedUrl.replace('/index.json', '/content/polly/index.json')).openConnection()
assert guarded.responseCode == 401
def withAuth = new URL(authFeedUrl.replace('/index.json', '/content/polly/index.json')).openConnection()
withAuth.setRequestProperty('Authorization', 'Basic ' + "${itUser}:${itPassword}".bytes.encodeBase64().toString())
assert withAuth.responseCode == 404 // authenticated, and no such package yet
return true
