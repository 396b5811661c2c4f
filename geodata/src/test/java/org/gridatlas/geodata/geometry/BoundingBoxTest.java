package org.gridatlas.geodata.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class BoundingBoxTest {

    @Test
    void parsesFourCommaSeparatedNumbers() {
        assertThat(BoundingBox.parse("112.4, 37.6,112.7,37.9", "bbox"))
                .isEqualTo(new BoundingBox(112.4, 37.6, 112.7, 37.9));
    }

    @Test
    void rejectsTheWrongNumberOfValues() {
        assertThatThrownBy(() -> BoundingBox.parse("1,2,3", "bbox"))
                .isInstanceOf(InvalidGeometryException.class)
                .hasMessageContaining("bbox: must have four numbers");
    }

    @Test
    void rejectsAValueThatIsNotANumber() {
        assertThatThrownBy(() -> BoundingBox.parse("1,2,x,4", "bbox"))
                .hasMessageContaining("'x' is not a number");
    }

    @Test
    void rejectsLatitudeOutOfRangeUnderTheParameterName() {
        InvalidGeometryException e = catchThrowableOfType(InvalidGeometryException.class,
                () -> BoundingBox.parse("0,-95,1,1", "bbox"));
        assertThat(e.problems()).containsExactly(
                new GeometryProblem("bbox", "minLat must be a number between -90 and 90"));
    }

    @Test
    void rejectsAnInvertedBox() {
        assertThatThrownBy(() -> BoundingBox.parse("2,0,1,1", "bbox"))
                .hasMessageContaining("minimum must not exceed maximum");
    }
}
