def log = new File(basedir, 'build.log').text
assert log.contains('NuGet Bridge :: Maven Plugin')
['nuget:help', 'nuget:pack', 'nuget:push', 'nuget:restore', 'nuget:sources', 'nuget:spec'].each { goal ->
    assert log.contains(goal), "nuget:help lists ${goal}"
}
// -Dgoal=push: each parameter with its user property and a description.
['source', 'packages', 'serverId', 'skipDuplicate', 'symbols', 'timeoutSeconds', 'codeArtifactDomain', 'codingTeam'].each { p ->
    assert (log =~ /(?m)^    ${p}( \(|\r?$)/).find(), "push's ${p} is listed"
}
assert log.contains('User property: nuget.source')
assert log.contains('User property: nuget.skipDuplicate')
assert log.contains('Secrets are never mojo parameters')
assert !log.contains('(no description')
assert log.count('BUILD SUCCESS') == 2
return true
