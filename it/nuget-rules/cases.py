#!/usr/bin/env python3
"""
The graph cases the wagon-nuget-rules ITs resolve, and what NuGet.exe 5.8's PackageReference restore resolves for
each: writes the packages as .nupkg files into a folder feed, one dependency-graph spec (.dg) per case, runs
`mono nuget-5.8.0.exe restore <case>.dg` on each, and records NuGet's (id, version) set and log codes in
it/src/it/wagon-nuget-rules*/cases.json (and nuget-wagon/src/test/resources/nuget-rules/), which the ITs' setup scripts push to the feed and their verify scripts
compare Maven's resolution with.

    python3 it/nuget-rules/cases.py [work folder, default /tmp/nuget-rules]

Case ids are prefixed with the case name, so all cases share one feed. The generated graph is deterministic.
"""
import json, os, random, shutil, subprocess, sys, zipfile

FRAMEWORK = "net8.0"
HERE = os.path.dirname(os.path.abspath(__file__))
NUGET_EXE = os.path.expanduser("~/.cache/nuget-bridge/nuget-5.8.0.exe")

def pkg(id, version, deps=None, groups=None):
    return {"id": id, "version": version, "deps": deps or [], "groups": groups or {}}

def cases():
    c = {}
    # Cousins: NuGet takes the highest version its cousins ask for; Maven the first declared.
    c["cousins"] = ([pkg("Cousins.A", "1.0.0", ["Cousins.C:1.0.0"]), pkg("Cousins.B", "1.0.0", ["Cousins.C:2.0.0"]),
                     pkg("Cousins.C", "1.0.0"), pkg("Cousins.C", "2.0.0")],
                    ["Cousins.A:1.0.0", "Cousins.B:1.0.0"])
    # A diamond below one direct dependency.
    c["diamond"] = ([pkg("Diamond.Top", "1.0.0", ["Diamond.Left:1.0.0", "Diamond.Right:1.0.0"]),
                     pkg("Diamond.Left", "1.0.0", ["Diamond.Bottom:1.0.0"]), pkg("Diamond.Right", "1.0.0", ["Diamond.Bottom:1.5.0"]),
                     pkg("Diamond.Bottom", "1.0.0"), pkg("Diamond.Bottom", "1.5.0"), pkg("Diamond.Bottom", "2.0.0")],
                    ["Diamond.Top:1.0.0"])
    # Nearest (Maven) against a version asked deeper in another branch (NuGet: the cousins' highest).
    c["deeper"] = ([pkg("Deeper.A", "1.0.0", ["Deeper.C:1.0.0"]), pkg("Deeper.B", "1.0.0", ["Deeper.X:1.0.0"]),
                    pkg("Deeper.X", "1.0.0", ["Deeper.C:2.0.0"]), pkg("Deeper.C", "1.0.0"), pkg("Deeper.C", "2.0.0")],
                   ["Deeper.A:1.0.0", "Deeper.B:1.0.0"])
    # The minimum a project asks for is not on the feed: NuGet takes the next one (NU1603).
    c["missing-minimum"] = ([pkg("MissingMin.M", "1.0.0"), pkg("MissingMin.M", "1.2.0"), pkg("MissingMin.M", "1.3.0"),
                             pkg("MissingMin.T", "1.0.0", ["MissingMin.N:1.1.0"]), pkg("MissingMin.N", "1.5.0")],
                            ["MissingMin.M:1.1.0", "MissingMin.T:1.0.0"])
    # A range written in the project: the lowest inside (Maven would take the highest).
    c["project-range"] = ([pkg("ProjectRange.R", "1.0.0"), pkg("ProjectRange.R", "1.5.0"), pkg("ProjectRange.R", "2.0.0")],
                          ["ProjectRange.R:[1.0,2.0)"])
    # Ids in other cases, and a version written short (1.0 is 1.0.0).
    c["casing"] = ([pkg("Casing.A", "1.0.0", ["casing.c:1.0.0"]), pkg("Casing.B", "1.0.0", ["CASING.C:2.0.0"]),
                    pkg("Casing.C", "1.0.0"), pkg("Casing.C", "2.0.0")],
                   ["casing.a:1.0", "Casing.B:1.0.0"])
    # Prereleases: an exact prerelease in the project, and a prerelease minimum below.
    c["prerelease"] = ([pkg("Pre.P", "1.0.0-alpha"), pkg("Pre.P", "1.0.0-beta"), pkg("Pre.P", "1.0.0"),
                        pkg("Pre.T", "1.0.0", ["Pre.Q:[1.0.0-beta, )"]), pkg("Pre.Q", "1.0.0-beta.2"), pkg("Pre.Q", "1.0.0")],
                       ["Pre.P:1.0.0-beta", "Pre.T:1.0.0"])
    # Floats: the highest matching the float.
    c["floats"] = ([pkg("Floats.F", "1.0.0"), pkg("Floats.F", "1.2.0"), pkg("Floats.F", "2.0.0"),
                    pkg("Floats.G", "0.9.0"), pkg("Floats.G", "1.0.0-rc.1")],
                   ["Floats.F:1.*", "Floats.G:*-*"])
    # A direct version above what a dependency asks: both agree.
    c["direct-upgrade"] = ([pkg("Upgrade.A", "1.0.0", ["Upgrade.C:1.0.0"]), pkg("Upgrade.C", "1.0.0"), pkg("Upgrade.C", "2.0.0")],
                           ["Upgrade.A:1.0.0", "Upgrade.C:2.0.0"])
    c["generated"] = generated("Gen")
    # The same graph for the other frameworks the issue names: their dependency groups differ (net472 has its own),
    # and the wagon takes the framework from <server><configuration><targetFramework>. Ids of their own, since a
    # local repository keeps one POM per package version, made for the framework of the build that fetched it.
    c["generated-net472"] = generated("G472") + ("net472",)
    c["generated-netstandard2.0"] = generated("G20") + ("netstandard2.0",)
    return c

def errors():
    e = {}
    # An exact version against a range that excludes it: NU1107.
    e["exact-vs-range"] = ([pkg("Exact.A", "1.0.0", ["Exact.X:[1.0.0]"]), pkg("Exact.B", "1.0.0", ["Exact.X:[2.0.0, )"]),
                            pkg("Exact.X", "1.0.0"), pkg("Exact.X", "2.0.0")],
                           ["Exact.A:1.0.0", "Exact.B:1.0.0"])
    # The project's own version is below what a dependency asks: NU1605 (an error in the .NET SDK).
    e["downgrade"] = ([pkg("Down.A", "1.0.0", ["Down.D:2.0.0"]), pkg("Down.D", "1.0.0"), pkg("Down.D", "2.0.0")],
                      ["Down.A:1.0.0", "Down.D:1.0.0"])
    # No such package: NU1101.
    e["unknown"] = ([], ["Unknown.Nowhere:1.0.0"])
    return e

def generated(prefix):
    """300 ids on 6 levels, each depending on up to three of the next level and one two levels down; one id in four
    has three versions that dependents ask different minimums of (cousins); netstandard2.0 and net472 groups differ."""
    rnd = random.Random(25)
    levels = [[f"{prefix}.L{l}.P{i:03d}" for i in range(n)] for l, n in enumerate([6, 24, 50, 70, 70, 80])]
    versions = {}
    for level in levels:
        for id in level:
            versions[id] = ["1.0.0", "1.1.0", "1.2.0"] if rnd.random() < 0.25 else ["1.0.0"]
    packages = []
    for l, level in enumerate(levels):
        for id in level:
            for v in versions[id]:
                deps = []
                if l + 1 < len(levels):
                    for d in rnd.sample(levels[l + 1], 3):
                        deps.append(f"{d}:{rnd.choice(versions[d])}")
                if l + 2 < len(levels):
                    # Two levels down, at its highest version: a lower one would be a downgrade (NU1605), since the
                    # nearer request wins over the deeper one on the same path.
                    d = rnd.choice(levels[l + 2])
                    deps.append(f"{d}:{versions[d][-1]}")
                legacy = deps[:1]
                packages.append(pkg(id, v, groups={"netstandard2.0": deps, "net472": legacy}))
    roots = [f"{id}:1.0.0" for id in levels[0]]
    return packages, roots

def nuspec(p):
    def dep_xml(d):
        id, v = d.split(":", 1)
        return f'<dependency id="{id}" version="{v}" />'
    if p["groups"]:
        body = "".join(f'<group targetFramework="{fw}">' + "".join(dep_xml(d) for d in deps) + "</group>"
                       for fw, deps in p["groups"].items())
        deps = f"<dependencies>{body}</dependencies>"
    elif p["deps"]:
        deps = "<dependencies>" + "".join(dep_xml(d) for d in p["deps"]) + "</dependencies>"
    else:
        deps = ""
    return (f'<?xml version="1.0" encoding="utf-8"?><package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">'
            f'<metadata><id>{p["id"]}</id><version>{p["version"]}</version><authors>ITs</authors>'
            f'<description>A package of the wagon-nuget-rules ITs.</description>{deps}</metadata></package>')

def write_feed(packages, feed):
    os.makedirs(feed, exist_ok=True)
    for p in packages:
        with zipfile.ZipFile(os.path.join(feed, f'{p["id"]}.{p["version"]}.nupkg'), "w") as z:
            z.writestr(f'{p["id"]}.nuspec', nuspec(p))
            z.writestr(f'lib/netstandard2.0/{p["id"]}.dll', f'{p["id"]} {p["version"]}\n')

def restore(name, roots, feed, work, framework=FRAMEWORK):
    FRAMEWORK = framework
    folder = os.path.join(work, name)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    project = os.path.join(folder, "p.csproj")
    dependencies = {r.split(":", 1)[0]: {"target": "Package", "version": r.split(":", 1)[1]} for r in roots}
    spec = {"format": 1, "restore": {project: {}}, "projects": {project: {
        "version": "1.0.0",
        "restore": {"projectUniqueName": project, "projectName": name, "projectPath": project,
                    "packagesPath": os.path.join(folder, "gpf"), "outputPath": os.path.join(folder, "obj"),
                    "projectStyle": "PackageReference", "sources": {feed: {}}, "fallbackFolders": [],
                    "configFilePaths": [], "originalTargetFrameworks": [FRAMEWORK],
                    "frameworks": {FRAMEWORK: {"targetAlias": FRAMEWORK, "projectReferences": {}}}},
        "frameworks": {FRAMEWORK: {"targetAlias": FRAMEWORK, "dependencies": dependencies}}}}}
    dg = os.path.join(folder, "p.dg")
    with open(dg, "w") as f:
        json.dump(spec, f, indent=1)
    run = subprocess.run(["mono", NUGET_EXE, "restore", dg, "-NonInteractive"], capture_output=True, text=True)
    with open(os.path.join(folder, "restore.log"), "w") as f:
        f.write(run.stdout + run.stderr)
    with open(os.path.join(folder, "obj", "project.assets.json")) as f:
        assets = json.load(f)
    (target,) = assets["targets"].values()
    resolved = sorted(k.replace("/", ":") for k, v in target.items() if v.get("type") == "package")
    codes = sorted({m["code"] for m in assets.get("logs", [])})
    return {"exitCode": run.returncode, "packages": resolved, "codes": codes,
            "messages": [m["message"] for m in assets.get("logs", [])]}

def record(all_cases, it_folder, work, feed):
    out = {"framework": FRAMEWORK, "note": "packages and roots per case; 'nuget' is what NuGet.exe 5.8's restore of"
           " the same references from a folder feed resolved (it/nuget-rules/cases.py)", "cases": {}}
    for name, (packages, roots, *framework) in all_cases.items():
        fw = framework[0] if framework else FRAMEWORK
        out["cases"][name] = {"roots": roots, "packages": packages, "framework": fw,
                              "nuget": restore(name, roots, feed, work, fw)}
        print(name, out["cases"][name]["nuget"]["codes"], len(out["cases"][name]["nuget"]["packages"]))
    for folder in [it_folder, os.path.join(HERE, "..", "..", "nuget-wagon", "src", "test", "resources", "nuget-rules")]:
        os.makedirs(folder, exist_ok=True)
        name = "cases.json" if folder == it_folder else os.path.basename(it_folder) + ".json"
        with open(os.path.join(folder, name), "w") as f:
            json.dump(out, f, indent=1)

if __name__ == "__main__":
    work = sys.argv[1] if len(sys.argv) > 1 else "/tmp/nuget-rules"
    shutil.rmtree(work, ignore_errors=True)
    feed = os.path.join(work, "feed")
    ok, bad = cases(), errors()
    unique = {(p["id"], p["version"]): p for c in list(ok.values()) + list(bad.values()) for p in c[0]}
    write_feed(list(unique.values()), feed)
    record(ok, os.path.join(HERE, "..", "src", "it", "wagon-nuget-rules"), work, feed)
    record(bad, os.path.join(HERE, "..", "src", "it", "wagon-nuget-rules-errors"), work, feed)
