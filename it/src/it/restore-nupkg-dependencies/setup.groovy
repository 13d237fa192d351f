// An empty global packages folder (NUGET_PACKAGES in invoker.properties) however often the IT runs without a clean;
// and the packages the first invocation pushes to the test feed: real ones from the corpus.
new File(basedir, 'global-packages').deleteDir()
def folder = new File(basedir, 'feed-packages')
folder.mkdirs()
['Polly.4.3.0', 'Dapper.2.0.78'].each { name ->
    java.nio.file.Files.copy(new File(fixturesDir, "nupkg/${name}.nupkg").toPath(), new File(folder, "${name}.nupkg").toPath(),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING)
}
return true
