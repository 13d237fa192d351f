def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/Contoso.PushOnDeploy.2.4.1.nupkg').isFile()
assert log.contains("Pushed Contoso.PushOnDeploy 2.4.1 to ${feedUrl} (201)")
// The feed serves the very bytes that were packed.
def served = new URL(feedUrl.replace('/index.json', '/content/contoso.pushondeploy/2.4.1/contoso.pushondeploy.2.4.1.nupkg')).bytes
assert served == new File(basedir, 'target/Contoso.PushOnDeploy.2.4.1.nupkg').bytes
return true
