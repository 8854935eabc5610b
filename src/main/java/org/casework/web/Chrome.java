package org.casework.web;

/**
 * What every page's layout shows around its content: the language and its switch, the council, who is signed in,
 * which part of the service the page belongs to, and a confirmation after a change (post/redirect/get).
 * {@code forms} is false on a page answering a refused form (no CSRF token to put in its sign-out form).
 */
public record Chrome(String lang, String switchHref, String councilName, String workerName,
        String section, String banner, boolean forms, boolean teamLead) {

    /** One link of the service navigation; its label is the message {@code nav_label(key)}. */
    public record NavItem(String key, String href, boolean current) {
    }

    public java.util.List<NavItem> navigation() {
        java.util.List<NavItem> items = new java.util.ArrayList<>(java.util.List.of(
                new NavItem("my-day", "/", "my-day".equals(section)),
                new NavItem("people", "/people", "people".equals(section))));
        if (teamLead) {
            items.add(new NavItem("teams", "/teams", "teams".equals(section)));
            items.add(new NavItem("repeats", "/dashboards/repeats", "repeats".equals(section)));
        }
        return items;
    }

    public boolean signedIn() {
        return workerName != null;
    }

    public boolean welsh() {
        return "cy".equals(lang);
    }
}
