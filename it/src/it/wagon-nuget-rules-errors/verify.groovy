// NuGet's errors for the same references (cases.json: what NuGet.exe 5.8 said), in the Maven build that failed.
def log = new File(basedir, 'build.log').text
assert log.contains('error NU1107: Version conflict detected for Exact.X.')
assert log.contains('error NU1605: Detected package downgrade: Down.D from 2.0.0 to 1.0.0.')
assert log.contains('error NU1101: Unable to find package Unknown.Nowhere.')
// Nothing was resolved the Maven way meanwhile.
assert !new File(localRepositoryPath, 'nuget/Exact.X').exists()
return true
