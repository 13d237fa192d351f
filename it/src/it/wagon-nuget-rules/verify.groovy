// Maven's resolution of every case equals NuGet.exe 5.8's restore of the same references (cases.json, written by
// it/nuget-rules/cases.py): the same ids, spelled as the packages spell them, at the same versions.
evaluate(new File(itSources, 'nuget-packages.groovy'))
def cases = new groovy.json.JsonSlurper().parse(new File(basedir, 'cases.json')).cases
def mismatches = []
cases.each { name, c ->
    def maven = resolvedByMaven(new File(basedir, "${name}/target/resolved.txt"))
    def nuget = c.nuget.packages.toSorted()
    if (maven != nuget) {
        mismatches << "${name}: Maven ${maven - nuget} not in NuGet's; NuGet ${nuget - maven} not in Maven's"
    }
}
assert mismatches.isEmpty() : mismatches.join('\n')

// NuGet's warnings, with NuGet's codes and words.
def log = new File(basedir, 'build.log').text
assert log.contains('warning NU1603: MissingMin.T 1.0.0 depends on MissingMin.N (>= 1.1.0) but MissingMin.N 1.1.0 was not found.')
assert log.contains('warning NU1603: Pre.T 1.0.0 depends on Pre.Q (>= 1.0.0-beta) but Pre.Q 1.0.0-beta was not found.')
assert !log.contains('Installed ') : 'a line per installed package at INFO'

// One local-repository folder per package and per version, whatever case or form the POMs wrote.
def nugetFolder = new File(localRepositoryPath, 'nuget')
def ids = nugetFolder.list().toList()
assert ids.size() == ids.collect { it.toLowerCase() }.unique().size() : "folders differing in case only: ${ids.sort()}"
assert !new File(nugetFolder, 'Casing.A/1.0').exists()

// The opt-out gives Maven's own choice back: the first declaration of the cousins wins.
def mavenOwn = resolvedByMaven(new File(basedir, 'cousins/target/maven-mediation.txt'))
assert mavenOwn.contains('Cousins.C:1.0.0') : mavenOwn
return true
