package io.nugetbridge.core.frameworks;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The framework identifiers NuGet knows, with their short folder names and the synonyms NuGet
 * accepts. Lookups ignore case, as NuGet's do.
 */
public final class FrameworkIdentifiers {

    public static final String NET_FRAMEWORK = ".NETFramework";
    public static final String NET_STANDARD = ".NETStandard";
    public static final String NET_STANDARD_APP = ".NETStandardApp";
    public static final String NET_PLATFORM = ".NETPlatform";
    public static final String NET_CORE = ".NETCore";
    public static final String NET_CORE_APP = ".NETCoreApp";
    public static final String NET_MICRO = ".NETMicroFramework";
    public static final String NET_NANO = ".NETnanoFramework";
    public static final String PORTABLE = ".NETPortable";
    public static final String SILVERLIGHT = "Silverlight";
    public static final String WINDOWS_PHONE = "WindowsPhone";
    public static final String WINDOWS_PHONE_APP = "WindowsPhoneApp";
    public static final String WINDOWS = "Windows";
    public static final String WINRT = "WinRT";
    public static final String UAP = "UAP";
    public static final String ASPNET = "ASP.NET";
    public static final String ASPNET_CORE = "ASP.NETCore";
    public static final String DNX = "DNX";
    public static final String DNX_CORE = "DNXCore";
    public static final String NATIVE = "native";
    public static final String TIZEN = "Tizen";
    public static final String MONO_ANDROID = "MonoAndroid";
    public static final String MONO_TOUCH = "MonoTouch";
    public static final String MONO_MAC = "MonoMac";
    public static final String XAMARIN_IOS = "Xamarin.iOS";
    public static final String XAMARIN_MAC = "Xamarin.Mac";
    public static final String XAMARIN_TVOS = "Xamarin.TVOS";
    public static final String XAMARIN_WATCHOS = "Xamarin.WatchOS";
    public static final String XAMARIN_PS3 = "Xamarin.PlayStation3";
    public static final String XAMARIN_PS4 = "Xamarin.PlayStation4";
    public static final String XAMARIN_PSVITA = "Xamarin.PlayStationVita";
    public static final String XAMARIN_XBOX360 = "Xamarin.Xbox360";
    public static final String XAMARIN_XBOXONE = "Xamarin.XboxOne";

    /** Special identifiers: a framework-less asset ({@code any}), content for every framework, and what we cannot read. */
    public static final String ANY = "Any";
    public static final String AGNOSTIC = "Agnostic";
    public static final String UNSUPPORTED = "Unsupported";

    /** Identifier to its short folder name, in NuGet's order (the first short name wins when printing). */
    private static final Map<String, String> SHORT_NAMES = new LinkedHashMap<>();
    /** Every spelling NuGet accepts, lower-cased, to the identifier it means. */
    private static final Map<String, String> BY_SPELLING = new LinkedHashMap<>();

    static {
        shortName(NET_CORE_APP, "netcoreapp");
        shortName(NET_STANDARD_APP, "netstandardapp");
        shortName(NET_STANDARD, "netstandard");
        shortName(NET_PLATFORM, "dotnet");
        shortName(NET_FRAMEWORK, "net");
        shortName(NET_MICRO, "netmf");
        shortName(SILVERLIGHT, "sl");
        shortName(PORTABLE, "portable");
        shortName(WINDOWS_PHONE, "wp");
        shortName(WINDOWS_PHONE_APP, "wpa");
        shortName(WINDOWS, "win");
        shortName(ASPNET, "aspnet");
        shortName(ASPNET_CORE, "aspnetcore");
        shortName(NATIVE, "native");
        shortName(MONO_ANDROID, "monoandroid");
        shortName(MONO_TOUCH, "monotouch");
        shortName(MONO_MAC, "monomac");
        shortName(XAMARIN_IOS, "xamarinios");
        shortName(XAMARIN_MAC, "xamarinmac");
        shortName(XAMARIN_PS3, "xamarinpsthree");
        shortName(XAMARIN_PS4, "xamarinpsfour");
        shortName(XAMARIN_PSVITA, "xamarinpsvita");
        shortName(XAMARIN_WATCHOS, "xamarinwatchos");
        shortName(XAMARIN_TVOS, "xamarintvos");
        shortName(XAMARIN_XBOX360, "xamarinxboxthreesixty");
        shortName(XAMARIN_XBOXONE, "xamarinxboxone");
        shortName(DNX, "dnx");
        shortName(DNX_CORE, "dnxcore");
        shortName(NET_CORE, "netcore");
        shortName(WINRT, "winrt");
        shortName(UAP, "uap");
        shortName(TIZEN, "tizen");
        shortName(NET_NANO, "netnano");

        synonym("NETFramework", NET_FRAMEWORK);
        synonym(".NET", NET_FRAMEWORK);
        synonym("NETCore", NET_CORE);
        synonym("NETPortable", PORTABLE);
        synonym("asp.net", ASPNET);
        synonym("asp.netcore", ASPNET_CORE);
        synonym("Xamarin.PlayStationThree", XAMARIN_PS3);
        synonym("XamarinPlayStationThree", XAMARIN_PS3);
        synonym("Xamarin.PlayStationFour", XAMARIN_PS4);
        synonym("XamarinPlayStationFour", XAMARIN_PS4);
        synonym("XamarinPlayStationVita", XAMARIN_PSVITA);
    }

    private FrameworkIdentifiers() {}

    private static void shortName(String identifier, String shortName) {
        SHORT_NAMES.put(identifier, shortName);
        BY_SPELLING.put(identifier.toLowerCase(Locale.ROOT), identifier);
        BY_SPELLING.putIfAbsent(shortName, identifier);
    }

    private static void synonym(String spelling, String identifier) {
        BY_SPELLING.putIfAbsent(spelling.toLowerCase(Locale.ROOT), identifier);
    }

    /** The identifier a spelling means ({@code net}, {@code NETFramework} and {@code .netframework} all mean .NETFramework). */
    public static Optional<String> resolve(String spelling) {
        return Optional.ofNullable(BY_SPELLING.get(spelling.toLowerCase(Locale.ROOT)));
    }

    /** The short folder name of an identifier, or the identifier lower-cased when NuGet has none. */
    public static String shortName(String identifier) {
        String shortName = SHORT_NAMES.get(identifier);
        return shortName != null ? shortName : identifier.toLowerCase(Locale.ROOT);
    }

    /** Frameworks whose packages are built from NuGet packages rather than installed: netstandard and dotnet. */
    static boolean isPackageBased(String identifier) {
        return NET_STANDARD.equals(identifier) || NET_PLATFORM.equals(identifier)
                || NET_STANDARD_APP.equals(identifier) || NET_CORE_APP.equals(identifier)
                || DNX_CORE.equals(identifier) || UAP.equals(identifier) || TIZEN.equals(identifier);
    }
}
