/**
 * Reading XML that nuget-core did not write: encoding detection, the hardened StAX setup, and a small
 * element tree with file and line, shared by the nuspec, nuget.config, packages.config, project and V2
 * feed readers.
 */
package io.nugetbridge.core.xml;
