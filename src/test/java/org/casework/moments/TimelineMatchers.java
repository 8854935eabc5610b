package org.casework.moments;

import java.time.OffsetDateTime;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

final class TimelineMatchers {

    private TimelineMatchers() {
    }

    /** A timestamp that is the same instant as {@code expected}, whatever its offset. */
    static Matcher<Object> sameInstant(String expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object actual) {
                return actual instanceof String s
                        && OffsetDateTime.parse(s).toInstant().equals(OffsetDateTime.parse(expected).toInstant());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("the instant " + expected);
            }
        };
    }
}
