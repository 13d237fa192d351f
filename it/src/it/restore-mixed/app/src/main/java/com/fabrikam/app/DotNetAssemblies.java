package com.fabrikam.app;

/** Where the app finds the .NET assemblies that nuget:restore put into its jar. */
public final class DotNetAssemblies {

    public static final String FOLDER = "dotnet/";

    private DotNetAssemblies() {}
}
