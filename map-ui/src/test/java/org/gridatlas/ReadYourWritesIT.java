package org.gridatlas;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridatlas.messages.ReadYourWrites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A change answered with a position, and a read sent with it, sees the change:
 * every time, not only when the projections happen to be quick.
 */
@GridAtlasIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadYourWritesIT {

    private static final TestDistrict AREA = new TestDistrict("140129", 112.05, 37.35);
    private static final String COMPOUND = "ryw-c1";

    @LocalServerPort
    int port;
    Api officer;
    Api planner;

    @BeforeAll
    void registerACompound() {
        Api api = new Api(port);
        AREA.create(api);
        officer = api.as(TestAccounts.OFFICER);
        planner = api.as(TestAccounts.PLANNER);
        Api.Response registered = officer.post("/api/compounds", """
                {"compoundId":"%s","communityCode":"%s","name":"即时小区","households":1,"buildings":1,"units":1,
                 "floorArea":500,"yearBuilt":1990,"category":"OLD_COMPOUND","boundary":%s,"management":{"mode":"UNMANAGED"}}"""
                .formatted(COMPOUND, AREA.community(), AREA.rectangle(0.001, 0.001, 0.001, 0.001)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.header(ReadYourWrites.POSITION_HEADER)).as("a creation is answered with its position").isNotBlank();
    }

    @Test
    void aReadWithThePositionOfAChangeSeesItTwoHundredTimesInARow() {
        long last = -1;
        for (int households = 2; households < 202; households++) {
            Api.Response changed = officer.put("/api/compounds/" + COMPOUND + "/attributes", """
                    {"name":"即时小区","households":%d,"buildings":1,"units":1,"floorArea":500,"yearBuilt":1990,
                     "category":"OLD_COMPOUND","reason":"入户核对"}""".formatted(households));
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            long position = Long.parseLong(changed.header(ReadYourWrites.POSITION_HEADER));
            assertThat(position).as("positions only grow").isGreaterThan(last);
            last = position;

            Api.Response read = planner.get("/api/compounds/" + COMPOUND, ReadYourWrites.POSITION_HEADER, String.valueOf(position));
            assertThat(read.json().get("properties").get("households").intValue()).isEqualTo(households);
        }
    }

    @Test
    void aPositionNotReachedInTimeIs503WithRetryAfterAndANonsenseOneIs400() {
        Api.Response future = planner.get("/api/compounds/" + COMPOUND, ReadYourWrites.POSITION_HEADER, "999999999999");
        assertThat(future.status()).isEqualTo(503);
        assertThat(future.header("Retry-After")).isEqualTo("1");
        assertThat(future.body()).contains("urn:gridatlas:problem:not-yet-consistent");

        Api.Response nonsense = planner.get("/api/compounds/" + COMPOUND, ReadYourWrites.POSITION_HEADER, "soon");
        assertThat(nonsense.status()).isEqualTo(400);
        assertThat(nonsense.body()).contains(ReadYourWrites.POSITION_HEADER);
    }
}
