package com.example.greeting;

/** The Java half of the example: the greeting the .NET client library also knows how to ask for. */
public final class Greeter {

    private Greeter() {}

    public static String greet(String name) {
        return "Hello, " + name + "!";
    }
}
