package org.casework.outcomes;

import static org.casework.support.Api.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builders for assessment bodies, and the items of the built-in instruments in their order. */
final class Assessments {

    static final List<String> SWEMWBS = List.of("optimistic", "useful", "relaxed", "dealing-with-problems",
            "thinking-clearly", "close-to-others", "own-mind");
    static final List<String> ONS4 = List.of("life-satisfaction", "worthwhile", "happiness", "anxiety");
    static final List<String> DOMAINS = List.of("physical-mental-health", "protection-from-abuse",
            "education-training-recreation", "domestic-family-personal-relationships", "contribution-to-society",
            "securing-rights", "social-economic-wellbeing", "suitability-of-living-accommodation");

    private Assessments() {
    }

    /** A body answering the items in order with the values; a null value declines the item. */
    static Map<String, Object> body(String instrument, String respondent, List<String> items, Integer... values) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("item", items.get(i));
            if (values[i] == null) {
                answer.put("declined", true);
            } else {
                answer.put("value", values[i]);
            }
            answers.add(answer);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("instrument", instrument);
        body.put("respondent", respondent);
        body.put("answers", answers);
        return body;
    }

    /** SWEMWBS answers adding up to the raw total: each item 1, then filled up to 5 from the first. */
    static Integer[] swemwbsAnswersFor(int raw) {
        Integer[] values = new Integer[7];
        int left = raw - 7;
        for (int i = 0; i < 7; i++) {
            int extra = Math.min(4, left);
            values[i] = 1 + extra;
            left -= extra;
        }
        return values;
    }

    static io.restassured.response.Response record(String caseId, Map<String, Object> body) {
        return api().body(body).post("/api/cases/" + caseId + "/assessments").then().statusCode(201).extract()
                .response();
    }

    static BigDecimal decimal(Object number) {
        return number == null ? null : new BigDecimal(String.valueOf(number));
    }
}
