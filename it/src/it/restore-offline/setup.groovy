// The packages the setup goal pushes to the test feed: real ones from the corpus.
def folder = new File(basedir, 'feed-packages')
folder.mkdirs()
['Polly.4.3.0', 'CsvHelper.33.0.1'].each { name ->
    java.nio.file.Files.copy(new File(fixturesDir, "nupkg/${name}.nupkg").toPath(), new File(folder, "${name}.nupkg").toPath(),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING)
}
return true
