/**
 * Restore inputs from the .NET side: packages.config files, and SDK-style project files read with the part of
 * MSBuild's evaluation restore needs (frameworks, package references, central package management).
 */
package io.nugetbridge.core.project;
