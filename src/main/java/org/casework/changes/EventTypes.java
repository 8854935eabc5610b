package org.casework.changes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The change feed's events by name, {@code <recordType>.<change>}: every change each kind of record can have, as
 * the triggers of R__03_change_feed.sql write them. Webhook subscriptions pick from these, or take every change of
 * a kind ({@code case.*}) or everything ({@code *}).
 */
public final class EventTypes {

    /** Each kind of record and the changes it can have. */
    public static final Map<String, List<String>> CHANGES;

    static {
        Map<String, List<String>> changes = new LinkedHashMap<>();
        changes.put("person", List.of("created", "updated", "linked", "erased"));
        changes.put("network-member", List.of("created", "updated", "deleted", "erased"));
        changes.put("case", List.of("created", "updated", "closed", "handed-over", "erased"));
        changes.put("interaction", List.of("created", "updated", "deleted", "erased"));
        changes.put("referral", List.of("created", "updated", "erased"));
        changes.put("offer", List.of("created", "updated", "erased"));
        changes.put("moment", List.of("created", "updated", "deleted", "erased"));
        changes.put("assessment", List.of("created", "updated", "erased"));
        CHANGES = java.util.Collections.unmodifiableMap(changes);
    }

    private EventTypes() {
    }

    /** The event a change is: {@code case.closed}. */
    public static String of(Change change) {
        return change.recordType() + "." + change.change();
    }

    /** Whether a subscription's pattern is one of the events, a kind's {@code <recordType>.*}, or {@code *}. */
    public static boolean isPattern(String pattern) {
        if (pattern.equals("*")) {
            return true;
        }
        int dot = pattern.indexOf('.');
        if (dot < 0) {
            return false;
        }
        List<String> kinds = CHANGES.get(pattern.substring(0, dot));
        String change = pattern.substring(dot + 1);
        return kinds != null && (change.equals("*") || kinds.contains(change));
    }

    /** Whether an event matches any of the patterns. */
    public static boolean matches(String event, Set<String> patterns) {
        return patterns.contains("*") || patterns.contains(event)
                || patterns.contains(event.substring(0, event.indexOf('.')) + ".*");
    }
}
