import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
def nupkg = new File(basedir, 'Big.Package.1.0.0.nupkg')
try {
    assert log.contains('Pushed Big.Package 1.0.0 to http://127.0.0.1:')
    assert log.contains('BUILD SUCCESS')
    assert (log =~ /Uploading Big.Package 1.0.0: \d+%/).count <= 9, 'progress at most once per tenth'
    def digest = MessageDigest.getInstance('SHA-512')
    nupkg.withInputStream { input ->
        def buffer = new byte[1 << 20]
        int read
        while ((read = input.read(buffer)) > 0) {
            digest.update(buffer, 0, read)
        }
    }
    def received = new File(feedsDir, 'received/received.sha512').text.trim()
    assert received == digest.digest().encodeBase64().toString()
} finally {
    // 2 GiB of test data is not worth keeping.
    nupkg.delete()
    new File(feedsDir, 'received/received.nupkg').delete()
}
return true
