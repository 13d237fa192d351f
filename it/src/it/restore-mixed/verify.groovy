// The Java module's restore laid out the .csproj's graph (Fabrikam.Text and, transitively, Fabrikam.Text.Core)
// as the issue says, over HTTP from the feed nuget-libs pushed to, and its jar carries the runtime assemblies.
import java.util.zip.ZipFile

def out = new File(basedir, 'app/target/nuget')
def names = { String folder -> (new File(out, folder).list() ?: new String[0]).sort() as List }
assert names('net8.0/compile') == ['Fabrikam.Text.Core.dll', 'Fabrikam.Text.dll']
assert names('net8.0/runtime') == ['Fabrikam.Text.Core.dll', 'Fabrikam.Text.dll']
assert names('net8.0/native') == ['libfabrikamtext.so']
assert new File(out, 'net8.0/compile/Fabrikam.Text.dll').text.contains('net8.0 assembly')
assert new File(out, 'packages/Fabrikam.Text.1.0.0/Fabrikam.Text.1.0.0.nupkg').isFile()
assert new File(out, 'packages/Fabrikam.Text.Core.1.0.0/lib/netstandard2.0/Fabrikam.Text.Core.dll').isFile()

def summary = new groovy.json.JsonSlurper().parse(new File(out, 'summary/App.csproj.json'))
assert summary.succeeded
assert summary.frameworks*.framework == ['net8.0']
assert summary.frameworks[0].packages*.id == ['Fabrikam.Text', 'Fabrikam.Text.Core']
assert summary.frameworks[0].packages.every { it.source == feedUrl }

def global = new File(basedir, 'global-packages')
assert new File(global, 'fabrikam.text.core/1.0.0/.nupkg.metadata').isFile()

def jar = new ZipFile(new File(basedir, 'app/target/app-1.0.0.jar'))
try {
    assert jar.getEntry('dotnet/Fabrikam.Text.dll') != null
    assert jar.getEntry('dotnet/Fabrikam.Text.Core.dll') != null
    assert jar.getEntry('com/fabrikam/app/DotNetAssemblies.class') != null
} finally {
    jar.close()
}

def log = new File(basedir, 'build.log').text
assert log.contains('App.csproj net8.0: 2 packages')
assert log.contains('App.csproj   Fabrikam.Text 1.0.0 (requested [1.0.0, )) +1')
return true
