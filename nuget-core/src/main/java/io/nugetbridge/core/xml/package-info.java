/**
 * Reading XML that nuget-core did not write: encoding detection and the hardened StAX setup shared by
 * the nuspec reader and the nuget.config reader.
 */
package io.nugetbridge.core.xml;
