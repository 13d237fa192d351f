java.nio.file.Files.copy(new File(fixturesDir, 'nupkg/Dapper.2.0.78.nupkg').toPath(),
        new File(basedir, 'Dapper.2.0.78.nupkg').toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING)
return true
