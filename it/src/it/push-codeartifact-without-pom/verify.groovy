def log = new File(basedir, 'build.log').text
assert log.contains("Pushed Dapper 2.0.78 to ${caFeedUrl} (201)")
// -X prints every library's debug lines (the AWS SDK's signer, HttpClient's): none may show a secret.
assert log.contains('[DEBUG]')
[caToken, awsSecretKey, awsSessionToken].each { secret ->
    assert !log.contains(secret): "a secret appears in the -X build log"
    assert !log.contains(secret.bytes.encodeBase64().toString())
}
assert !log.contains('aws:' + caToken) && !log.contains(("aws:" + caToken).bytes.encodeBase64().toString())
def check = new URL(caFeedUrl.replace('/index.json', '/content/dapper/index.json')).openConnection()
check.setRequestProperty('Authorization', 'Basic ' + "aws:${caToken}".bytes.encodeBase64().toString())
assert check.inputStream.text.contains('2.0.78')
return true
