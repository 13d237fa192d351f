// Start from an empty global packages folder (NUGET_PACKAGES in invoker.properties), so the restore downloads
// over HTTP however often the IT runs without a clean.
new File(basedir, 'global-packages').deleteDir()
return true
