// Shared by the wagon ITs' prebuild scripts (loaded with evaluate): makes small NuGet packages with the JDK's zip
// and pushes them to the test feeds the way nuget push does, so the nested builds have a known graph to resolve.
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

/** Writes <id>.<version>.nupkg into folder: a nuspec with one dependency group per framework, and one lib file. */
makePackage = { File folder, String id, String version, Map<String, List<String>> groups = [:] ->
    folder.mkdirs()
    def groupsXml = groups.collect { framework, dependencies ->
        // A group without framework (key '') is the one for any framework: a flat dependency list.
        (framework ? "      <group targetFramework=\"${framework}\">\n" : "      <group>\n") + dependencies.collect { dependency ->
            def (depId, range) = dependency.split(':', 2)
            "        <dependency id=\"${depId}\" version=\"${range}\" />\n"
        }.join('') + "      </group>\n"
    }.join('')
    def nuspec = """<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
  <metadata>
    <id>${id}</id>
    <version>${version}</version>
    <authors>NuGet Bridge ITs</authors>
    <description>A package the wagon ITs resolve.</description>
${groups ? "    <dependencies>\n" + groupsXml + "    </dependencies>\n" : ''}  </metadata>
</package>
"""
    def nupkg = new File(folder, "${id}.${version}.nupkg")
    new ZipOutputStream(new FileOutputStream(nupkg)).withCloseable { zip ->
        [("${id}.nuspec".toString()): nuspec, ("lib/netstandard2.0/${id}.dll".toString()): "${id} ${version}\n"].each { name, text ->
            zip.putNextEntry(new ZipEntry(name))
            zip.write(text.getBytes('UTF-8'))
            zip.closeEntry()
        }
    }
    return nupkg
}

/** Pushes a package (multipart PUT to Artipie's /package); a 409 means an earlier run pushed it already. */
pushPackage = { String serviceIndex, File nupkg, String user = null, String password = null ->
    def boundary = 'nuget-bridge-it-' + UUID.randomUUID()
    def connection = new URL(serviceIndex.replace('/index.json', '/package')).openConnection()
    connection.requestMethod = 'PUT'
    connection.doOutput = true
    connection.setRequestProperty('Content-Type', "multipart/form-data; boundary=${boundary}")
    if (user != null) {
        connection.setRequestProperty('Authorization', 'Basic ' + "${user}:${password}".bytes.encodeBase64().toString())
    }
    connection.outputStream.withCloseable { out ->
        out << "--${boundary}\r\nContent-Disposition: form-data; name=\"package\"; filename=\"package.nupkg\"\r\n".getBytes('US-ASCII')
        out << "Content-Type: application/octet-stream\r\n\r\n".getBytes('US-ASCII')
        out << nupkg.bytes
        out << "\r\n--${boundary}--\r\n".getBytes('US-ASCII')
    }
    def status = connection.responseCode
    assert status == 201 || status == 409 : "pushing ${nupkg.name} to ${serviceIndex} answered ${status}"
    return status
}

/**
 * The graph most wagon ITs resolve: Top has a dependency group per framework (net8.0 and .NET Framework 4.7.2),
 * Middle one for netstandard2.0; several versions, so generated POMs must pick the lowest inside each range.
 */
pushGraph = { String serviceIndex, File folder ->
    [
        makePackage(folder, 'Wagon.Top', '1.0.0', ['net8.0': ['Wagon.Middle:[1.0.0, )'], '.NETFramework4.7.2': ['Wagon.Legacy:1.0.0']]),
        makePackage(folder, 'Wagon.Top', '1.1.0', ['net8.0': ['Wagon.Middle:[1.1.0, )'], '.NETFramework4.7.2': ['Wagon.Legacy:1.0.0']]),
        makePackage(folder, 'Wagon.Top', '2.0.0', ['net8.0': ['Wagon.Middle:[1.1.0, )']]),
        makePackage(folder, 'Wagon.Middle', '1.0.0', ['netstandard2.0': ['Wagon.Leaf:[2.0.0, )']]),
        makePackage(folder, 'Wagon.Middle', '1.1.0', ['netstandard2.0': ['Wagon.Leaf:[2.0.0, )']]),
        makePackage(folder, 'Wagon.Leaf', '2.0.0'),
        makePackage(folder, 'Wagon.Leaf', '2.1.0'),
        makePackage(folder, 'Wagon.Legacy', '1.0.0'),
    ].each { pushPackage(serviceIndex, it) }
}

/**
 * The graph cases of cases.json beside a wagon-nuget-rules build (it/nuget-rules/cases.py wrote them with what
 * NuGet.exe 5.8 resolved): pushes every package, and writes one module per case whose dependencies are the case's
 * references (a float's * written +, as Maven refuses * in versions), under the build's parent POM.
 */
pushCases = { String serviceIndex, File basedir ->
    def cases = new groovy.json.JsonSlurper().parse(new File(basedir, 'cases.json')).cases
    def folder = new File(basedir, 'target/packages')
    def pushed = [] as Set
    cases.each { name, c ->
        c.packages.each { p ->
            def groups = p.groups ? p.groups : (p.deps ? ['': p.deps] : [:])
            if (pushed.add("${p.id}/${p.version}".toString())) {
                pushPackage(serviceIndex, makePackage(folder, p.id, p.version, groups))
            }
        }
        // Another framework than the default net8.0: the same feed under a repository id whose <server> in
        // settings.xml configures that targetFramework (the module's repositories come before its parent's).
        def repositories = c.framework == 'net8.0' ? '' : """  <repositories>
    <repository>
      <id>nuget-it-${c.framework}</id>
      <url>nuget+${serviceIndex}</url>
    </repository>
  </repositories>
"""
        def module = new File(basedir, name)
        module.mkdirs()
        def dependencies = c.roots.collect { root ->
            def (id, version) = root.split(':', 2)
            """    <dependency>
      <groupId>nuget</groupId>
      <artifactId>${id}</artifactId>
      <version>${version.replace('*', '+')}</version>
      <type>nupkg</type>
    </dependency>
"""
        }.join('')
        new File(module, 'pom.xml').text = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>io.nugetbridge.it</groupId>
    <artifactId>${basedir.name}</artifactId>
    <version>1.0</version>
  </parent>
  <artifactId>${name}</artifactId>
  <packaging>pom</packaging>
${repositories}  <dependencies>
${dependencies}  </dependencies>
</project>
"""
    }
    return cases
}

/** The (id:version) set dependency:list wrote for a module: what Maven resolved. */
resolvedByMaven = { File listFile ->
    listFile.readLines().collect { line -> (line =~ /nuget:([^:]+):nupkg:([^:]+):/) }.findAll { it.find() }
            .collect { it.group(1) + ':' + it.group(2) }.toSorted()
}
