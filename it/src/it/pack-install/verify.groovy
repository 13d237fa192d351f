import java.util.zip.ZipFile

def nupkg = new File(basedir, 'target/Contoso.PackInstall.1.2.0-SNAPSHOT.nupkg')
assert nupkg.isFile() : "mvn package wrote no ${nupkg}"

def zip = new ZipFile(nupkg)
try {
    def names = zip.entries().collect { it.name }
    assert names.first() == '_rels/.rels'
    assert names[1] == 'Contoso.PackInstall.nuspec'
    assert names.contains('content/readme.txt')
    assert names.contains('[Content_Types].xml')
    def nuspec = zip.getInputStream(zip.getEntry('Contoso.PackInstall.nuspec')).getText('UTF-8')
    assert nuspec.contains('<version>1.2.0-SNAPSHOT</version>')
    assert nuspec.contains('<authors>Ada Lovelace</authors>')
} finally {
    zip.close()
}

def installed = new File(localRepositoryPath, 'io/nugetbridge/it/pack-install/1.2-SNAPSHOT/pack-install-1.2-SNAPSHOT.nupkg')
assert installed.isFile() : "mvn install put no .nupkg at ${installed}"
assert installed.bytes == nupkg.bytes

def log = new File(basedir, 'build.log').text
assert log.contains('Packed Contoso.PackInstall 1.2.0-SNAPSHOT (1 file) to')
return true
