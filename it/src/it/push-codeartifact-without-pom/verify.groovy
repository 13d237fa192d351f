def log = new File(basedir, 'build.log').text
assert log.contains("Pushed Dapper 2.0.78 to ${caFeedUrl} (201)")
assert !log.contains(caToken)
def check = new URL(caFeedUrl.replace('/index.json', '/content/dapper/index.json')).openConnection()
check.setRequestProperty('Authorization', 'Basic ' + "aws:${caToken}".bytes.encodeBase64().toString())
assert check.inputStream.text.contains('2.0.78')
return true
