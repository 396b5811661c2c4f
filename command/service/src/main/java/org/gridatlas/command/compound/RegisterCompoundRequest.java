package org.gridatlas.command.compound;

import org.gridatlas.messages.compound.ManagementMode;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

/** The body of {@code POST /api/compounds}. */
record RegisterCompoundRequest(
        @NotBlank(message = REQUIRED) @Size(max = Compound.MAX_NAME_LENGTH) String name,
        @Schema(description = "GeoJSON Polygon in EPSG:4326, longitude first", example = """
                {"type":"Polygon","coordinates":[[[112.55,37.75],[112.552,37.75],[112.552,37.752],[112.55,37.752],[112.55,37.75]]]}""")
        @NotNull(message = REQUIRED) JsonNode boundary,
        @NotNull(message = REQUIRED) @PositiveOrZero @Max(Compound.MAX_HOUSEHOLDS) Integer households,
        @NotNull(message = REQUIRED) ManagementMode managementMode,
        @Schema(description = "why the compound is registered now, kept with the event")
        @Size(max = 500) String reason) {

    static final String REQUIRED = "is required";
}
