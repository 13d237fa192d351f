// The .NET side of the example. Maven does not compile it; nuget:restore lays out what a later
// `dotnet build` (or csc) step needs under target/nuget/net8.0/.
System.Console.WriteLine(Contoso.Greetings.Greeter.Greet("Maven"));
