/** The machine-readable summary of a restore: graph, chosen versions, selected assets and diagnostics. */
package io.nugetbridge.core.restore;
