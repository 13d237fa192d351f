package io.nugetbridge.core.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Can a project on the first framework use assets built for the second? Rules of section 6 of nuget-reference.md. */
class FrameworkCompatibilityTest {

    @ParameterizedTest(name = "{0} uses {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        # project                  | asset                          | compatible
        net472                     | netstandard2.0                 | true
        net461                     | netstandard2.0                 | true
        net461                     | netstandard2.1                 | false
        net48                      | netstandard2.1                 | false
        net481                     | netstandard2.0                 | true
        net46                      | netstandard1.3                 | true
        net46                      | netstandard1.4                 | false
        net451                     | netstandard1.2                 | true
        net45                      | netstandard1.1                 | true
        net45                      | netstandard1.2                 | false
        net40                      | netstandard1.0                 | false
        netcoreapp1.0              | netstandard1.6                 | true
        netcoreapp1.0              | netstandard2.0                 | false
        netcoreapp1.1              | netstandard1.7                 | true
        netcoreapp2.0              | netstandard2.0                 | true
        netcoreapp2.1              | netstandard2.1                 | false
        netcoreapp3.0              | netstandard2.1                 | true
        netcoreapp3.1              | netcoreapp2.2                  | true
        netcoreapp3.1              | netcoreapp3.1                  | true
        netcoreapp3.1              | net5.0                         | false
        net8.0                     | netstandard2.1                 | true
        net8.0                     | netcoreapp1.0                  | true
        net8.0                     | net7.0                         | true
        net8.0                     | net9.0                         | false
        net8.0                     | net472                         | false
        net472                     | net8.0                         | false
        net472                     | netcoreapp2.0                  | false
        net5.0                     | .NETFramework5.0               | true
        net8.0                     | net8.0-windows                 | false
        net8.0-windows             | net8.0                         | true
        net8.0-windows7.0          | net8.0-windows                 | true
        net8.0-windows7.0          | net8.0-windows10.0.19041       | false
        net8.0-windows10.0.19041   | net7.0-windows7.0              | true
        net8.0-windows             | net8.0-android                 | false
        net6.0-android             | monoandroid12.0                | true
        net6.0                     | monoandroid12.0                | false
        net6.0-tizen               | tizen40                        | true
        net45                      | net40-client                   | true
        net40-client               | net40                          | true
        net40                      | net45                          | false
        net48                      | .NETFramework0.0               | true
        net45                      | any                            | true
        net45                      | agnostic                       | true
        net45                      | unsupported                    | false
        unsupported                | net45                          | false
        netstandard2.0             | net461                         | false
        netstandard2.1             | netstandard2.0                 | true
        netstandard1.6             | netstandard2.0                 | false
        win81                      | netcore45                      | true
        win81                      | win8                           | true
        win8                       | netcore45                      | true
        netcore45                  | win8                           | true
        win8                       | win81                          | false
        uap10.0                    | win81                          | true
        uap10.0                    | wpa81                          | true
        uap10.0                    | netcore50                      | true
        uap10.0                    | netstandard1.4                 | true
        uap10.0                    | netstandard2.0                 | false
        uap10.0.16299              | netstandard2.0                 | true
        wp8                        | netstandard1.0                 | true
        wp8                        | netstandard1.1                 | false
        wpa81                      | netstandard1.2                 | true
        wp8                        | sl3-wp                         | true
        monoandroid                | netstandard2.1                 | true
        xamarinios10               | netstandard2.1                 | true
        xamarinios10               | dotnet5.6                      | true
        tizen40                    | netstandard2.0                 | true
        tizen40                    | netstandard2.1                 | false
        tizen60                    | netstandard2.1                 | true
        dnx451                     | net45                          | true
        dnxcore50                  | dotnet5.6                      | true
        net45                      | dotnet                         | true
        net45                      | dotnet5.2                      | true
        net45                      | dotnet5.3                      | false
        net45                      | portable-net45+win8            | true
        net40                      | portable-net45+win8            | false
        win8                       | portable-Profile259            | true
        monoandroid10              | portable-Profile259            | true
        net45                      | portable-net40+sl5+wp8+win8    | true
        net8.0                     | portable-Profile259            | false
        portable-net45+win8        | netstandard1.1                 | true
        portable-Profile259        | netstandard1.1                 | false
        portable-Profile259        | netstandard1.0                 | true
        portable-net45+win8        | portable-net45+win8+wpa81+wp8  | true
        portable-net45+win8+wpa81+wp8 | portable-net45+win8         | false
        """)
    void compatibility(String project, String asset, boolean expected) {
        assertThat(FrameworkCompatibility.isCompatible(NuGetFramework.parse(project), NuGetFramework.parse(asset)))
                .isEqualTo(expected);
    }
}
