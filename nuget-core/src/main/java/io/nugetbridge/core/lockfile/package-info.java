/** packages.lock.json in NuGet's own format: reading, writing, pinning, and locked mode (NU1004). */
package io.nugetbridge.core.lockfile;
