package org.gridatlas.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.gridatlas.command.directory.InMemoryDirectory;
import org.gridatlas.messages.body.AppointBodyMemberCommand;
import org.gridatlas.messages.body.BodyKind;
import org.gridatlas.messages.body.EndCrossAppointmentCommand;
import org.gridatlas.messages.body.EvaluatePropertyCompanyCommand;
import org.gridatlas.messages.body.FoundBodyCommand;
import org.gridatlas.messages.body.PartyPost;
import org.gridatlas.messages.body.RecordCrossAppointmentCommand;
import org.gridatlas.messages.campaign.CloseCampaignCommand;
import org.gridatlas.messages.campaign.LaunchCampaignCommand;
import org.gridatlas.messages.compound.ChangeManagementCommand;
import org.gridatlas.messages.grid.AssignGridWorkersCommand;
import org.gridatlas.messages.party.ChangePartyCoverageCommand;
import org.gridatlas.messages.party.FoundPartyOrganisationCommand;
import org.gridatlas.messages.party.PartyOrganisationType;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

/** Each command's areas, as a grant's jurisdiction is checked against them. */
class CommandAreasTest {

    private static final String EAST_COMMUNITY = "140105001001";
    private static final String WEST_COMMUNITY = "140105002001";

    private final InMemoryDirectory directory = new InMemoryDirectory()
            .withCompoundIn("east-1", EAST_COMMUNITY)
            .withCompoundIn("west-1", WEST_COMMUNITY)
            .withCampaign("campaign-1", "140105")
            .withCampaign("campaign-east", "140105001")
            .withPartyOrganisation("branch-1", List.of(EAST_COMMUNITY))
            .withBody("society-1", BodyKind.SHARED_PROPERTY_SOCIETY, EAST_COMMUNITY, null, List.of("east-1"))
            .withBody("company-1", BodyKind.PROPERTY_SERVICE_COMPANY, "140105", null, List.of("east-1", "west-1"))
            .withCrossAppointment("cross-1", "society-1", "branch-1");
    private final CommandAreas areas = new CommandAreas(directory);

    private static Actor holding(Role role, String area) {
        return Actor.signedIn("someone", "某人", List.of(new Grant(role, area)));
    }

    @Test
    void everyCommandOfTheContractHasItsAreasDeclared() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(java.util.regex.Pattern.compile(".*Command")));
        Set<String> commands = scanner.findCandidateComponents("org.gridatlas.messages").stream()
                .map(b -> b.getBeanClassName()).collect(Collectors.toSet());

        assertThat(commands).hasSizeGreaterThan(20);
        assertThat(commands).allSatisfy(name -> assertThat(areas.knows(Class.forName(name))).as(name).isTrue());
    }

    @Test
    void aCommunityGrantCoversItsGridsButNotTheNeighbours() {
        Actor coordinator = holding(Role.GRID_COORDINATOR, EAST_COMMUNITY);
        areas.check(new AssignGridWorkersCommand(EAST_COMMUNITY + "003", List.of("王"), null), coordinator);
        assertThatThrownBy(() -> areas.check(new AssignGridWorkersCommand(WEST_COMMUNITY + "003", List.of("王"), null),
                coordinator)).isInstanceOf(AccessRefused.class).hasMessageContaining(WEST_COMMUNITY + "003");
    }

    @Test
    void aCompoundLiesWhereTheDirectorySaysAndAnUnknownOneTouchesNothing() {
        Actor eastOfficer = holding(Role.CAMPAIGN_OFFICER, "140105001");
        areas.check(new ChangeManagementCommand("east-1", null, null), eastOfficer);
        areas.check(new ChangeManagementCommand("no-such-compound", null, null), eastOfficer);
        assertThatThrownBy(() -> areas.check(new ChangeManagementCommand("west-1", null, null), eastOfficer))
                .isInstanceOf(AccessRefused.class);
    }

    @Test
    void aPartyOrganisationTouchesWhatItCoversBeforeAndAfter() {
        Actor eastOfficer = holding(Role.CAMPAIGN_OFFICER, "140105001");
        areas.check(new FoundPartyOrganisationCommand("branch-2", "140105", PartyOrganisationType.COMPOUND_BRANCH, "支部",
                3, null, List.of("east-1"), List.of()), eastOfficer);
        assertThatThrownBy(() -> areas.check(new FoundPartyOrganisationCommand("branch-3", "140105",
                PartyOrganisationType.COMPOUND_BRANCH, "支部", 3, null, List.of(), List.of()), eastOfficer))
                .as("covering nothing, it stands for the whole district").isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> areas.check(new ChangePartyCoverageCommand("branch-1", List.of("east-1", "west-1"),
                List.of(), null), eastOfficer)).isInstanceOf(AccessRefused.class);
    }

    @Test
    void aBodyTouchesItsOwnAreaWhichHoldsTheCompoundsItServes() {
        Actor eastCoordinatorOfficer = holding(Role.CAMPAIGN_OFFICER, EAST_COMMUNITY);
        areas.check(new FoundBodyCommand("society-2", BodyKind.SHARED_PROPERTY_SOCIETY, EAST_COMMUNITY, "共享物业社", null,
                null, null, List.of("east-1"), List.of()), eastCoordinatorOfficer);
        areas.check(new AppointBodyMemberCommand("society-1", null, null, null), eastCoordinatorOfficer);
        assertThatThrownBy(() -> areas.check(new FoundBodyCommand("society-3", BodyKind.SHARED_PROPERTY_SOCIETY,
                WEST_COMMUNITY, "共享物业社", null, null, null, List.of(), List.of()), eastCoordinatorOfficer))
                .isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> areas.check(new EvaluatePropertyCompanyCommand("company-1", "2026-Q1", 4, null, null, null),
                holding(Role.CAMPAIGN_OFFICER, "140105001"))).as("a district's company is the district's")
                .isInstanceOf(AccessRefused.class);
        areas.check(new EvaluatePropertyCompanyCommand("company-1", "2026-Q1", 4, null, null, null),
                holding(Role.CAMPAIGN_OFFICER, "140105"));
    }

    @Test
    void aCrossAppointmentTouchesItsBodyAndItsPartyOrganisation() {
        Actor eastOfficer = holding(Role.CAMPAIGN_OFFICER, EAST_COMMUNITY);
        areas.check(new RecordCrossAppointmentCommand("cross-2", "branch-1", "王", PartyPost.SECRETARY, "society-1", "m1",
                null), eastOfficer);
        areas.check(new EndCrossAppointmentCommand("cross-1", null, null), eastOfficer);
        assertThatThrownBy(() -> areas.check(new RecordCrossAppointmentCommand("cross-3", "branch-1", "王",
                PartyPost.SECRETARY, "company-1", "m1", null), eastOfficer)).isInstanceOf(AccessRefused.class);
    }

    @Test
    void aPartyOrganisationFoundedInABodyCoveringNothingLiesWhereTheBodyLies() {
        Actor eastOfficer = holding(Role.CAMPAIGN_OFFICER, EAST_COMMUNITY);
        areas.check(new FoundPartyOrganisationCommand("branch-4", "140105", PartyOrganisationType.FUNCTIONAL_BRANCH,
                "共享物业社功能型党支部", 3, null, List.of(), List.of(), "society-1"), eastOfficer);
        assertThatThrownBy(() -> areas.check(new FoundPartyOrganisationCommand("branch-5", "140105",
                PartyOrganisationType.PROPERTY_ENTERPRISE_BRANCH, "物业党支部", 3, null, List.of(), List.of(), "company-1"),
                eastOfficer)).isInstanceOf(AccessRefused.class);
    }

    @Test
    void aCampaignBelongsToItsDistrictAndTheApplicationItselfIsNotRestricted() {
        assertThatThrownBy(() -> areas.check(new CloseCampaignCommand("campaign-1", null),
                holding(Role.CAMPAIGN_OFFICER, "140105001"))).isInstanceOf(AccessRefused.class);
        areas.check(new CloseCampaignCommand("campaign-1", null), holding(Role.CAMPAIGN_OFFICER, "140105"));
        areas.check(new CloseCampaignCommand("campaign-1", null), Actor.internal("演示数据"));
    }

    @Test
    void aSubDistrictsCampaignIsItsOfficersToLaunchAndCloseButTheDistrictsIsNot() {
        Actor eastOfficer = holding(Role.CAMPAIGN_OFFICER, "140105001");
        LocalDate target = LocalDate.of(2027, 6, 30);
        areas.check(new LaunchCampaignCommand("campaign-2", "140105", "140105001", "坞城街道清零", target, List.of()),
                eastOfficer);
        areas.check(new CloseCampaignCommand("campaign-east", null), eastOfficer);
        assertThatThrownBy(() -> areas.check(new LaunchCampaignCommand("campaign-3", "140105", "小店区清零", target,
                List.of()), eastOfficer)).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> areas.check(new LaunchCampaignCommand("campaign-4", "140105", "140105002", "隔壁街道",
                target, List.of()), eastOfficer)).isInstanceOf(AccessRefused.class);
    }

    @Test
    void grantsReadAsRoleAtAreaAndRefuseNonsense() {
        assertThat(Grant.parse("grid-coordinator@140105001001")).isEqualTo(new Grant(Role.GRID_COORDINATOR, "140105001001"));
        assertThat(Grant.parse("ADMINISTRATOR@*").covers("650102")).isTrue();
        assertThatThrownBy(() -> Grant.parse("PLANNER@14x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Grant.parse("EMPEROR@14")).hasMessageContaining("unknown role");
        assertThatThrownBy(() -> Grant.parse("PLANNER")).isInstanceOf(IllegalArgumentException.class);
    }
}
