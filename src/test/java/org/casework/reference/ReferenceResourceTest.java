package org.casework.reference;

import static org.casework.support.Api.api;
import static org.casework.support.Api.invalid;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferenceResourceTest {

    @Test
    void everyVocabularyIsListed() {
        api().get("/api/reference").then().statusCode(200).body("$", containsInAnyOrder("channel", "initiator",
                "issue-category", "interaction-outcome", "need-domain", "closure-reason", "relationship", "offer-type"));
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
    void anUnknownVocabularyIs404() {
        invalid().get("/api/reference/star-signs").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
