/** Which files of a package a framework and runtime use: compile, runtime and native assets by NuGet's conventions. */
package io.nugetbridge.core.assets;
