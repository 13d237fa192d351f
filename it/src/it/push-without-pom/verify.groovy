def log = new File(basedir, 'build.log').text
assert log.contains("Pushed Polly 4.3.0 to ${authFeedUrl} (201)")
assert log.contains('BUILD SUCCESS')
// Maven -X prints every mojo parameter and Apache HttpClient would print request headers: no secret may show.
def basic = "${itUser}:${itPassword}".bytes.encodeBase64().toString()
assert !log.contains(itPassword)
assert !log.contains(basic)
assert !log.contains('key-that-must-stay-hidden')
assert !log.contains('apiKey = ')
// The feed has it now.
def check = new URL(authFeedUrl.replace('/index.json', '/content/polly/index.json')).openConnection()
check.setRequestProperty('Authorization', 'Basic ' + basic)
assert check.inputStream.text.contains('4.3.0')
return true
