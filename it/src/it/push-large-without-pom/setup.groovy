import java.util.zip.Deflater
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

// A real (if pointless) 1 GiB package: a nuspec and one payload entry, deflate level 0 so writing it is quick.
def target = new File(basedir, 'Big.Package.1.0.0.nupkg')
new ZipOutputStream(new BufferedOutputStream(new FileOutputStream(target), 1 << 20)).withCloseable { zip ->
    zip.level = Deflater.NO_COMPRESSION
    zip.putNextEntry(new ZipEntry('Big.Package.nuspec'))
    zip.write('''<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
  <metadata><id>Big.Package</id><version>1.0.0</version><authors>it</authors><description>large</description></metadata>
</package>'''.getBytes('UTF-8'))
    zip.closeEntry()
    zip.putNextEntry(new ZipEntry('content/big.bin'))
    def block = new byte[1 << 20]
    new Random(42).nextBytes(block)
    1024.times { zip.write(block) }
    zip.closeEntry()
}
return true
