package io.nugetbridge.maven;

import java.nio.file.Path;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.Developer;
import org.apache.maven.model.License;
import org.apache.maven.model.Organization;
import org.apache.maven.model.Scm;
import org.apache.maven.project.MavenProject;

/** Fills the harness's project with the POM of a small library, living in a test's temporary folder. */
final class TestProjects {

    private TestProjects() {}

    static void contosoUtilities(MavenProject project, Path folder) {
        project.setFile(folder.resolve("pom.xml").toFile());
        project.setGroupId("com.contoso");
        project.setArtifactId("contoso-utilities");
        project.setVersion("1.2-SNAPSHOT");
        project.setName("Contoso Utilities");
        project.setDescription("Utilities for Contoso apps.");
        project.setUrl("https://contoso.example/utilities");
        Developer developer = new Developer();
        developer.setId("ada");
        developer.setName("Ada Lovelace");
        project.getModel().setDevelopers(new java.util.ArrayList<>(java.util.List.of(developer)));
        License license = new License();
        license.setName("The Apache Software License, Version 2.0");
        license.setUrl("https://www.apache.org/licenses/LICENSE-2.0.txt");
        project.getModel().setLicenses(new java.util.ArrayList<>(java.util.List.of(license)));
        Organization organization = new Organization();
        organization.setName("Contoso Ltd");
        project.getModel().setOrganization(organization);
        project.getModel().setInceptionYear("2024");
        Scm scm = new Scm();
        scm.setConnection("scm:git:https://github.com/contoso/utilities.git");
        scm.setUrl("https://github.com/contoso/utilities");
        project.getModel().setScm(scm);
        project.getProperties().setProperty("gitCommit", "0f990559500aeefa24551c4bb8bdb154fe3d0c87");
        Artifact artifact = new DefaultArtifact("com.contoso", "contoso-utilities", "1.2-SNAPSHOT", "compile", "pom", null,
                new DefaultArtifactHandler("pom"));
        project.setArtifact(artifact);
    }
}
