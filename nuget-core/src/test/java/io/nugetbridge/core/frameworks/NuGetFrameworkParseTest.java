package io.nugetbridge.core.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsing the three spellings of a framework; expected values from NuGet's docs (target-frameworks.md). */
class NuGetFrameworkParseTest {

    @ParameterizedTest(name = "{0} -> {1} / {2} / {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        # input                                        | full name                                               | platform            | short folder name
        net8.0                                         | .NETCoreApp,Version=v8.0                                |                     | net8.0
        net8.0-windows                                 | .NETCoreApp,Version=v8.0                                | windows0.0          | net8.0-windows
        net8.0-windows10.0.19041                       | .NETCoreApp,Version=v8.0                                | windows10.0.19041   | net8.0-windows10.0.19041
        net6.0-android31.0                             | .NETCoreApp,Version=v6.0                                | android31.0         | net6.0-android31.0
        NET8.0-Windows7.0                              | .NETCoreApp,Version=v8.0                                | Windows7.0          | net8.0-windows7.0
        net5.0                                         | .NETCoreApp,Version=v5.0                                |                     | net5.0
        net50                                          | .NETCoreApp,Version=v5.0                                |                     | net5.0
        net10.0                                        | .NETCoreApp,Version=v10.0                               |                     | net10.0
        net10                                          | .NETFramework,Version=v1.0                              |                     | net10
        net472                                         | .NETFramework,Version=v4.7.2                            |                     | net472
        NET472                                         | .NETFramework,Version=v4.7.2                            |                     | net472
        net45                                          | .NETFramework,Version=v4.5                              |                     | net45
        net4                                           | .NETFramework,Version=v4.0                              |                     | net40
        net403                                         | .NETFramework,Version=v4.0.3                            |                     | net403
        net4.5.1                                       | .NETFramework,Version=v4.5.1                            |                     | net451
        net40-client                                   | .NETFramework,Version=v4.0,Profile=Client               |                     | net40-client
        net40-full                                     | .NETFramework,Version=v4.0                              |                     | net40
        net35-cf                                       | .NETFramework,Version=v3.5,Profile=CompactFramework     |                     | net35-cf
        netstandard2.0                                 | .NETStandard,Version=v2.0                               |                     | netstandard2.0
        netstandard20                                  | .NETStandard,Version=v2.0                               |                     | netstandard2.0
        netstandard1.6                                 | .NETStandard,Version=v1.6                               |                     | netstandard1.6
        netcoreapp3.1                                  | .NETCoreApp,Version=v3.1                                |                     | netcoreapp3.1
        netcoreapp5.0                                  | .NETCoreApp,Version=v5.0                                |                     | net5.0
        netcore45                                      | .NETCore,Version=v4.5                                   |                     | netcore45
        netcore50                                      | .NETCore,Version=v5.0                                   |                     | netcore50
        portable-net45+win8                            | .NETPortable,Version=v0.0,Profile=Profile7              |                     | portable-net45+win8
        portable-net45+win8+wpa81+wp8                  | .NETPortable,Version=v0.0,Profile=Profile259            |                     | portable-net45+win8+wp8+wpa81
        portable-net45%2Bwin8                          | .NETPortable,Version=v0.0,Profile=Profile7              |                     | portable-net45+win8
        portable-Profile328                            | .NETPortable,Version=v0.0,Profile=Profile328            |                     | portable-net40+sl5+win8+wp8+wpa81
        .NETFramework4.7.2                             | .NETFramework,Version=v4.7.2                            |                     | net472
        .NETStandard2.0                                | .NETStandard,Version=v2.0                               |                     | netstandard2.0
        .NETFramework4.0-Client                        | .NETFramework,Version=v4.0,Profile=Client               |                     | net40-client
        .NETCoreApp3.1                                 | .NETCoreApp,Version=v3.1                                |                     | netcoreapp3.1
        NETFramework4.5                                | .NETFramework,Version=v4.5                              |                     | net45
        .NETFramework5.0                               | .NETCoreApp,Version=v5.0                                |                     | net5.0
        .NETFramework0.0                               | .NETFramework,Version=v0.0                              |                     | net
        .NETPlatform5.0                                | .NETPlatform,Version=v5.0                               |                     | dotnet
        .NETPortable0.0-Profile259                     | .NETPortable,Version=v0.0,Profile=Profile259            |                     | portable-net45+win8+wp8+wpa81
        .NETPortable4.5-Profile111                     | .NETPortable,Version=v4.5,Profile=Profile111            |                     | portable45-net45+win8+wpa81
        '.NETFramework,Version=v4.7.2'                 | .NETFramework,Version=v4.7.2                            |                     | net472
        '.NETFramework,Version=v4.7.2,Profile=Client'  | .NETFramework,Version=v4.7.2,Profile=Client             |                     | net472-client
        '.NETFramework, Version=v4.5'                  | .NETFramework,Version=v4.5                              |                     | net45
        '.NETCoreApp,Version=v8.0'                     | .NETCoreApp,Version=v8.0                                |                     | net8.0
        '.NETStandard,Version=v2.1'                    | .NETStandard,Version=v2.1                               |                     | netstandard2.1
        '.NETPortable,Version=v4.5,Profile=Profile259' | .NETPortable,Version=v4.5,Profile=Profile259            |                     | portable45-net45+win8+wp8+wpa81
        '.NETFramework,Version=v4'                     | .NETFramework,Version=v4.0                              |                     | net40
        'Custom,Version=v1.0'                          | Custom,Version=v1.0                                     |                     | custom10
        uap10.0                                        | UAP,Version=v10.0                                       |                     | uap10.0
        UAP10.0.16299                                  | UAP,Version=v10.0.16299                                 |                     | uap10.0.16299
        win8                                           | Windows,Version=v8.0                                    |                     | win8
        win81                                          | Windows,Version=v8.1                                    |                     | win81
        Windows0.0                                     | Windows,Version=v0.0                                    |                     | win
        wp8                                            | WindowsPhone,Version=v8.0                               |                     | wp8
        wp71                                           | WindowsPhone,Version=v7.1                               |                     | wp71
        wpa81                                          | WindowsPhoneApp,Version=v8.1                            |                     | wpa81
        sl5                                            | Silverlight,Version=v5.0                                |                     | sl5
        sl3-wp                                         | Silverlight,Version=v3.0,Profile=WindowsPhone           |                     | sl3-wp
        monoandroid10                                  | MonoAndroid,Version=v1.0                                |                     | monoandroid10
        MonoAndroid4.4                                 | MonoAndroid,Version=v4.4                                |                     | monoandroid44
        Xamarin.iOS1.0                                 | Xamarin.iOS,Version=v1.0                                |                     | xamarinios10
        xamarinios                                     | Xamarin.iOS,Version=v0.0                                |                     | xamarinios
        xamarinmac20                                   | Xamarin.Mac,Version=v2.0                                |                     | xamarinmac20
        dotnet                                         | .NETPlatform,Version=v5.0                               |                     | dotnet
        dotnet5.4                                      | .NETPlatform,Version=v5.4                               |                     | dotnet54
        dnx451                                         | DNX,Version=v4.5.1                                      |                     | dnx451
        DNXCore5.0                                     | DNXCore,Version=v5.0                                    |                     | dnxcore50
        aspnet50                                       | ASP.NET,Version=v5.0                                    |                     | aspnet50
        tizen40                                        | Tizen,Version=v4.0                                      |                     | tizen4.0
        native                                         | native,Version=v0.0                                     |                     | native
        netmf                                          | .NETMicroFramework,Version=v0.0                         |                     | netmf
        45                                             | .NETFramework,Version=v4.5                              |                     | net45
        4.0                                            | .NETFramework,Version=v4.0                              |                     | net40
        """)
    void parses(String input, String fullName, String platform, String shortName) {
        NuGetFramework framework = NuGetFramework.parse(input);

        assertThat(framework.dotNetFrameworkName()).isEqualTo(fullName);
        String expectedPlatform = platform == null ? "" : platform;
        String actualPlatform = framework.hasPlatform()
                ? framework.platform() + framework.platformVersion().toDottedString() : "";
        assertThat(actualPlatform).isEqualTo(expectedPlatform);
        assertThat(framework.shortFolderName()).isEqualTo(shortName);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ''                          | Any
        '   '                       | Any
        any                         | Any
        ANY                         | Any
        agnostic                    | Agnostic
        unsupported                 | Unsupported
        foo                         | Unsupported
        lib                         | Unsupported
        _common                     | Unsupported
        net45-                      | Unsupported
        net45_x                     | Unsupported
        net12345                    | Unsupported
        net4.5.1.2.3                | Unsupported
        net8.0-                     | Unsupported
        net8.0-windows10.x          | Unsupported
        net8.0-10.0                 | Unsupported
        net45-cl!ent                | Unsupported
        portable-foo+bar            | Unsupported
        portable-Profile9999        | Unsupported
        portable                    | Unsupported
        ',Version=v4.5'             | Unsupported
        '.NETFramework,Version=vX'  | Unsupported
        '.NETFramework,Version=v1.2.3.4.5' | Unsupported
        99                          | Unsupported
        """)
    void specialAndUnreadableNamesNeverThrow(String input, String identifier) {
        assertThat(NuGetFramework.parse(input).identifier()).isEqualTo(identifier);
    }

    @Test
    void nullIsAny() {
        assertThat(NuGetFramework.parse(null)).isEqualTo(NuGetFramework.ANY);
    }

    @ParameterizedTest(name = "{0} is written {1} in a nuspec")
    @CsvSource(delimiter = '|', textBlock = """
        net8.0                   | net8.0
        net8.0-windows7.0        | net8.0-windows7.0
        netstandard2.0           | .NETStandard2.0
        net472                   | .NETFramework4.7.2
        netcoreapp3.1            | .NETCoreApp3.1
        net40-client             | .NETFramework4.0-Client
        portable-net45+win8      | .NETPortable0.0-Profile7
        uap10.0.16299            | UAP10.0.16299
        """)
    void nuspecSpelling(String input, String nuspec) {
        NuGetFramework framework = NuGetFramework.parse(input);

        assertThat(framework.toNuspecString()).isEqualTo(nuspec);
        assertThat(NuGetFramework.parse(nuspec)).isEqualTo(framework);
    }

    @Test
    void equalityIgnoresCaseAndSpelling() {
        assertThat(NuGetFramework.parse("NET472")).isEqualTo(NuGetFramework.parse(".NETFramework4.7.2"))
                .isEqualTo(NuGetFramework.parse(".NETFramework,Version=v4.7.2"))
                .hasSameHashCodeAs(NuGetFramework.parse("net472"));
        assertThat(NuGetFramework.parse("net40-client")).isNotEqualTo(NuGetFramework.parse("net40"));
        assertThat(NuGetFramework.parse("net8.0-windows")).isNotEqualTo(NuGetFramework.parse("net8.0"));
    }

    @Test
    void frameworkAssemblyListsAreSplitOnCommas() {
        assertThat(NuGetFramework.parseList(".NETFramework3.5, .NETFramework4.0-Client, Silverlight4.0"))
                .extracting(NuGetFramework::shortFolderName)
                .containsExactly("net35", "net40-client", "sl4");
        assertThat(NuGetFramework.parseList("")).containsExactly(NuGetFramework.ANY);
    }

    @Test
    void portableProfilesExposeTheirFrameworks() {
        assertThat(NuGetFramework.parse("portable-Profile259").portableFrameworks())
                .extracting(NuGetFramework::shortFolderName)
                .containsExactly("net45", "win8", "wpa81", "wp8");
        assertThat(NuGetFramework.parse("net45").portableFrameworks()).isEqualTo(List.of());
    }
}
