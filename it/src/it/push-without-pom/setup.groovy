// The package the job was handed: a real one from the corpus.
java.nio.file.Files.copy(new File(fixturesDir, 'nupkg/Polly.4.3.0.nupkg').toPath(),
        new File(basedir, 'Polly.4.3.0.nupkg').toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING)
return true
