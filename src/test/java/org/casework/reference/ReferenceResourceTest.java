package org.casework.reference;

import static org.casework.support.Api.api;
import static org.casework.support.Api.invalid;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferenceResourceTest {

    @Test
    void everyVocabularyIsListed() {
        api().get("/api/reference").then().statusCode(200).body("$", containsInAnyOrder("channel", "initiator",
                "issue-category", "interaction-outcome", "need-domain", "closure-reason", "relationship", "offer-type",
                "moment-type", "observer", "wellbeing-domain"));
    }

    @Test
    void codesCarryEnglishAndWelshLabelsInDisplayOrder() {
        api().get("/api/reference/channel").then().statusCode(200)
                .body("vocabulary", equalTo("channel"))
                .body("codes[0].code", equalTo("in-person"))
                .body("codes.find { it.code == 'home-visit' }.labelCy", equalTo("Ymweliad cartref"))
                .body("codes.code", hasItems("phone", "outreach", "drop-in"));
        api().get("/api/reference/initiator").then()
                .body("codes.code", containsInAnyOrder("person", "worker", "referral", "other-agency"));
    }

    @Test
    void momentsHaveTypesObserversAndTheEightWellbeingDomainsOfTheWalesAct() {
        api().get("/api/reference/moment-type").then().statusCode(200)
                .body("codes.code", hasItems("trust-built", "engaged", "confidence", "self-advocacy",
                        "step-towards-independence", "connection-made", "crisis-averted"))
                .body("codes.find { it.code == 'trust-built' }.labelCy", equalTo("Magu ymddiriedaeth"));
        api().get("/api/reference/observer").then().statusCode(200)
                .body("codes.code", contains("worker", "person", "family", "other-agency"));
        api().get("/api/reference/wellbeing-domain").then().statusCode(200)
                .body("codes.code", contains("physical-mental-health", "protection-from-abuse",
                        "education-training-recreation", "domestic-family-personal-relationships",
                        "contribution-to-society", "securing-rights", "social-economic-wellbeing",
                        "suitability-of-living-accommodation"))
                .body("codes[1].labelEn", equalTo("Protection from abuse and neglect"))
                .body("codes.labelCy", everyItem(not(emptyOrNullString())));
    }

    @Test
    void anUnknownVocabularyIs404() {
        invalid().get("/api/reference/star-signs").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
